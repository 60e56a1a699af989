# raise ... from ...: __cause__, __suppress_context__, raise from None, from an exception class.
class ParseError(Exception):
    pass

def parse_int(text):
    try:
        return int(text)
    except ValueError as e:
        raise ParseError(f"bad number {text!r}") from e

try:
    parse_int("x1")
except ParseError as e:
    print(type(e).__name__, e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
    print("context is cause:", e.__context__ is e.__cause__)
    print("suppress:", e.__suppress_context__)

def hide():
    try:
        {}["k"]
    except KeyError:
        raise LookupError("hidden") from None

try:
    hide()
except LookupError as e:
    print(type(e).__name__, e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)

# from with a class creates an instance
try:
    raise RuntimeError("outer") from ValueError
except RuntimeError as e:
    print(repr(e.__cause__), type(e.__cause__).__name__)

# from outside an except block: cause set, no context
try:
    raise TypeError("t") from KeyError("k")
except TypeError as e:
    print(repr(e.__cause__), e.__context__)

# raise from a non-exception is a TypeError
try:
    raise ValueError("v") from 42
except TypeError as e:
    print(type(e).__name__, e)

# cause can be set and cleared manually
err = ValueError("manual")
err.__cause__ = KeyError("set by hand")
print(repr(err.__cause__), err.__suppress_context__)
err.__cause__ = None
print(err.__cause__)
try:
    err.__cause__ = "not an exception"
except TypeError as e:
    print(type(e).__name__, e)

# chains of causes
def layer(n):
    if n == 0:
        raise OSError("disk")
    try:
        layer(n - 1)
    except Exception as e:
        raise RuntimeError(f"layer {n}") from e

try:
    layer(3)
except RuntimeError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(f"{type(cur).__name__}({cur})")
        cur = cur.__cause__
    print(" <- ".join(chain))
    print(e.__traceback__ is not None, e.__cause__.__traceback__ is not None)
