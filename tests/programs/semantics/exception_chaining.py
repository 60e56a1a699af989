# raise ... from, implicit __context__, raise from None, __cause__/__context__/__suppress_context__.
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError(f"cannot parse {text!r}") from e

try:
    parse("x1")
except RuntimeError as e:
    print(e, "| cause:", repr(e.__cause__), "| context is cause:", e.__context__ is e.__cause__)

try:
    try:
        {}["k"]
    except KeyError:
        raise TypeError("while handling")
except TypeError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("clean") from None
except ValueError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)

class AppError(Exception):
    pass
class DbError(AppError):
    def __init__(self, table, *args):
        super().__init__(f"table {table}", *args)
        self.table = table

try:
    raise DbError("users", 42)
except AppError as e:
    print(type(e).__name__, e.args, e.table, str(e), isinstance(e, Exception))
e = ValueError("a", 1)
print(e.args, str(e), repr(e), e.__traceback__)
try:
    raise e
except ValueError as caught:
    print(caught.__traceback__ is not None, caught is e)
