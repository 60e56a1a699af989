# raise with classes, instances, re-raise, raise from, args and str() of exceptions.
try:
    raise ValueError
except ValueError as e:
    print(repr(e), str(e), e.args)
try:
    raise ValueError("bad value", 42)
except ValueError as e:
    print(repr(e), str(e), e.args, e.args[1])
try:
    raise KeyError("missing")
except KeyError as e:
    print(repr(e), str(e))
try:
    try:
        raise TypeError("original")
    except TypeError:
        raise
except TypeError as e:
    print("re-raised:", e)
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(e, type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)
try:
    try:
        {}["x"]
    except KeyError:
        raise ValueError("during handling")
except ValueError as e:
    print(e, type(e.__context__).__name__, e.__cause__)
try:
    raise ValueError("no context") from None
except ValueError as e:
    print(e, e.__cause__, e.__suppress_context__)
err = IndexError("made earlier")
try:
    raise err
except IndexError as e:
    print(e is err, e)
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
print(str(Exception()), repr(Exception()), str(Exception("a", "b")), repr(Exception("a", "b")), str(KeyError(1)), repr(OSError()))
