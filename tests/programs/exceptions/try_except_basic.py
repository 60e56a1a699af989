# try/except/else/finally in every combination, with the order of events recorded.
def run(action):
    log = []
    try:
        log.append("try")
        action()
        log.append("after action")
    except ZeroDivisionError:
        log.append("except ZeroDivisionError")
    except (KeyError, IndexError) as e:
        log.append("except lookup " + type(e).__name__)
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log

print(run(lambda: None))
print(run(lambda: 1 / 0))
print(run(lambda: {}["k"]))
print(run(lambda: [][1]))
try:
    run(lambda: int("x"))
except ValueError as e:
    print("escaped:", type(e).__name__, e)

def nested():
    try:
        try:
            raise ValueError("inner")
        except TypeError:
            print("wrong handler")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer caught", e)

nested()
try:
    pass
except Exception:
    print("never")
else:
    print("else without exception")
finally:
    print("finally always")
