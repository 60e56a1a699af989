# Bare raise re-raises the exception being handled; except (A, B) as e; the name is cleared after.
def risky(n):
    if n == 0:
        raise ZeroDivisionError("zero")
    if n == 1:
        raise KeyError("one")
    if n == 2:
        raise IndexError("two")
    return n

log = []
for n in range(4):
    try:
        try:
            risky(n)
        except (ZeroDivisionError, KeyError) as e:
            log.append(f"handled {type(e).__name__}")
            raise
        except LookupError as e:
            log.append(f"lookup {e}")
    except Exception as outer:
        log.append(f"outer {outer!r}")
print(log)

try:
    raise ValueError("v")
except ValueError as err:
    pass
try:
    err
except NameError as e:
    print("NameError:", e)

try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)

def reraise_later():
    try:
        raise TypeError("original")
    except TypeError:
        try:
            raise ValueError("inner")
        except ValueError:
            pass
        raise
try:
    reraise_later()
except TypeError as e:
    print("still", repr(e))
