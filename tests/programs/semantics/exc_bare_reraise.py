# Bare raise re-raises the exception being handled, keeping its identity and traceback.
def risky(n):
    if n == 0:
        raise ValueError("zero")
    return 10 // n
def wrapper(n, log):
    try:
        return risky(n)
    except ValueError:
        log.append("logged and re-raised")
        raise
    finally:
        log.append("wrapper finally")

try:
    wrapper(0, log := [])
except ValueError as e:
    print(type(e).__name__, e, log, e.__traceback__ is not None)
saved = None
try:
    try:
        raise KeyError("orig")
    except KeyError as k:
        saved = k
        raise
except KeyError as again:
    print(again is saved, again.__context__)

try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)

# after the inner handler finished, bare raise re-raises ValueError
try:
    try:
        raise ValueError("outer")
    except ValueError:
        try:
            raise TypeError("inner")
        except TypeError:
            pass
        raise
except Exception as e:
    print("re-raised:", type(e).__name__, e, "| context:", e.__context__)

def reraise_current():
    raise
try:
    try:
        raise IndexError("from caller")
    except IndexError:
        reraise_current()
except IndexError as e:
    print("helper re-raised:", e)

def explicit():
    try:
        risky(0)
    except ValueError as e:
        raise e
def lines_of(tb):
    out = []
    while tb is not None:
        out.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    return out
for fn in (explicit, lambda: wrapper(0, [])):
    try:
        fn()
    except ValueError as e:
        print(lines_of(e.__traceback__))
try:
    try:
        raise ValueError("base message")
    except ValueError as e:
        e.args = (e.args[0] + " + extra",)
        raise
except ValueError as e:
    print(e)
