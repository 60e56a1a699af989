# Implicit exception chaining through __context__ in except, finally and nested handlers.
def show_chain(e):
    parts = []
    while e is not None:
        parts.append(f"{type(e).__name__}: {e}")
        e = e.__context__
    return " | ".join(parts)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        int("abc")
except ValueError as e:
    print(show_chain(e))
    print("cause:", e.__cause__, "suppress:", e.__suppress_context__)

try:
    try:
        raise KeyError("first")
    finally:
        raise IndexError("from finally")
except IndexError as e:
    print(show_chain(e))

try:
    try:
        try:
            raise ValueError("a")
        except ValueError:
            raise TypeError("b")
    except TypeError:
        raise OSError("c")
except OSError as e:
    print(show_chain(e))

try:
    try:
        raise ValueError("handled")
    except ValueError:
        pass
    raise RuntimeError("later")
except RuntimeError as e:
    print(show_chain(e))

def helper(): raise LookupError("inside helper")
try:
    try:
        raise AttributeError("outer")
    except AttributeError:
        helper()
except LookupError as e:
    print(show_chain(e))

try:
    try:
        raise ValueError("same")
    except ValueError as e:
        raise e
except ValueError as e:
    print(show_chain(e), e.__context__ is None)

try:
    try:
        raise KeyError("x")
    except KeyError as k:
        try:
            raise ValueError("y")
        except ValueError as v:
            raise k
except KeyError as e:
    print(show_chain(e))
class Failing:
    def __enter__(self): return self
    def __exit__(self, *exc): raise RuntimeError("exit failed")
try:
    with Failing():
        raise ValueError("body")
except RuntimeError as e:
    print(show_chain(e))
