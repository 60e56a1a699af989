# Exception subclasses: hierarchies, args, custom __init__/__str__, chaining and except-clause order.
class AppError(Exception):
    """Base application error."""

class ConfigError(AppError):
    def __init__(self, key, reason="missing"):
        super().__init__(key, reason)
        self.key = key
        self.reason = reason
    def __str__(self):
        return f"config key {self.key!r} is {self.reason}"

class NetError(AppError):
    pass

class Timeout(NetError, TimeoutError):
    pass

def classify(exc):
    try:
        raise exc
    except ConfigError as e:
        return f"config: {e} args={e.args}"
    except Timeout as e:
        return f"timeout: {e!r}"
    except NetError as e:
        return f"net: {e}"
    except AppError as e:
        return f"app: {e} doc={type(e).__doc__}"
    except OSError as e:
        return f"os: {e}"

print(classify(ConfigError("port")))
print(classify(ConfigError("host", "invalid")))
print(classify(Timeout("slow", 30)))
print(classify(NetError()))
print(classify(AppError("plain")))
print(classify(TimeoutError("builtin")))
print([c.__name__ for c in Timeout.__mro__])
e = AppError("a", 1)
print(str(e), repr(e), e.args, str(AppError()), repr(AppError("x")), str(AppError(5)))
print(repr(ConfigError("k")), ConfigError("k").args)

class WithCode(Exception):
    def __init__(self, code):
        self.code = code
print(repr(WithCode(404)), str(WithCode(404)), WithCode(404).args, WithCode(404).code)

try:
    try:
        {}["missing"]
    except KeyError as inner:
        raise ConfigError("db") from inner
except ConfigError as outer:
    print(outer, "| cause:", repr(outer.__cause__), "| context is cause:", outer.__context__ is outer.__cause__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise NetError("during handling")
except NetError as e:
    print(e, type(e.__context__).__name__, e.__cause__, e.__suppress_context__)

try:
    raise NetError("quiet") from None
except NetError as e:
    print(e, e.__cause__, e.__suppress_context__)

class Retry(Exception):
    count = 0
    def __init__(self, *args):
        Retry.count += 1
        super().__init__(*args)

for i in range(3):
    try:
        raise Retry(i)
    except Retry as r:
        last = r
print(Retry.count, last.args, isinstance(last, BaseException), issubclass(Retry, Exception))
e = ValueError("v")
e.note = "extra attribute"
print(e.note, sorted(k for k in vars(e)))
try:
    raise AppError
except AppError as e:
    print(type(e).__name__, e.args, e.with_traceback(None) is e)
try:
    raise 42
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise NetError("x") from 5
except TypeError as e:
    print(type(e).__name__, e)
