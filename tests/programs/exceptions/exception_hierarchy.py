# Catching by base class; the built-in hierarchy; bare except catches everything.
def catch(exc):
    try:
        raise exc
    except ArithmeticError:
        return "ArithmeticError"
    except LookupError:
        return "LookupError"
    except Exception as e:
        return "Exception(" + type(e).__name__ + ")"

for exc in [ZeroDivisionError(), OverflowError(), KeyError(), IndexError(), ValueError(), TypeError(), NameError(), UnboundLocalError(), RecursionError(), StopIteration(), AssertionError(), NotImplementedError()]:
    print(type(exc).__name__, catch(exc))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, LookupError), issubclass(UnboundLocalError, NameError))
print(issubclass(RecursionError, RuntimeError), issubclass(NotImplementedError, RuntimeError), issubclass(Exception, BaseException))
print(issubclass(SystemExit, Exception), issubclass(KeyboardInterrupt, Exception), issubclass(StopIteration, Exception))
print(issubclass(UnicodeDecodeError, ValueError), issubclass(FileNotFoundError, OSError), issubclass(BaseException, object))
print(ZeroDivisionError.__mro__[1].__name__, [c.__name__ for c in KeyError.__mro__])
try:
    raise SystemExit(7)
except BaseException as e:
    print("caught", type(e).__name__, e.code)
try:
    [][0]
except:
    print("bare except caught it")
