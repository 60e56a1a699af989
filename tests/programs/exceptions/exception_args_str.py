# str() and repr() of exceptions with zero, one and several args; KeyError quoting.
for exc in [ValueError(), ValueError("msg"), ValueError("a", 1), KeyError("k"), KeyError(0), KeyError(),
            IndexError("i"), ZeroDivisionError("division by zero"), TypeError(None), OSError(2, "No such file"),
            StopIteration(5), SystemExit(3), Exception(["list"]), RuntimeError("")]:
    print(type(exc).__name__, repr(str(exc)), repr(exc), exc.args)
e = ValueError("x")
e.args = ("changed", 2)
print(e, repr(e))
