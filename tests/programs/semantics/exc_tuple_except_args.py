# except (A, B) as e, exception args, the name is cleared after the handler, except order.
def trigger(kind):
    if kind == "key":
        return {}["missing"]
    if kind == "index":
        return [][3]
    if kind == "zero":
        return 1 / 0
    if kind == "type":
        return "a" + 1
    if kind == "value":
        return int("x")
    if kind == "attr":
        return None.foo
    return "fine"

for kind in ["key", "index", "zero", "type", "value", "attr", "none"]:
    try:
        result = trigger(kind)
        print(kind, "->", result)
    except (KeyError, IndexError) as e:
        print(kind, "lookup", type(e).__name__, e.args)
    except (ZeroDivisionError, TypeError, ValueError) as e:
        print(kind, "arith/type", type(e).__name__, "|", e)
    except Exception as e:
        print(kind, "other", type(e).__name__, e)

handled = (KeyError,) + (AttributeError,)     # built dynamically
try:
    object().missing
except handled as e:
    print("dynamic tuple caught", type(e).__name__)

# a nested tuple is not a valid except target
try:
    try:
        [][0]
    except ((ValueError, (IndexError,)), KeyError) as e:
        print("nested tuple caught", type(e).__name__)
except TypeError as te:
    print("nested tuple:", type(te).__name__, te, "| context:", type(te.__context__).__name__)

# args of different exceptions
print(ValueError().args, ValueError("a").args, ValueError("a", 2).args)
print(str(KeyError("k")), str(KeyError("k", "v")), str(ValueError()), repr(OSError(2, "No such file")))
err = OSError(2, "No such file")
print(err.errno, err.strerror, err.args)

# the as-name is deleted at the end of the handler
e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    pass
print("e" in dir())

# catching a class that is not an exception is a TypeError at match time
try:
    try:
        raise ValueError("v")
    except (ValueError, 42):
        print("matched before checking 42")
except TypeError as te:
    print("TypeError", te)
try:
    try:
        raise KeyError("k")
    except (ValueError, 42):
        print("not here")
except TypeError as te:
    print("TypeError", te)

# first matching clause wins even if a later one is more specific
try:
    raise FileNotFoundError("nofile")
except OSError as e:
    print("OSError clause got", type(e).__name__, isinstance(e, FileNotFoundError))
except FileNotFoundError:
    print("never")
