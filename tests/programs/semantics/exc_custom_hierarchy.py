# User-defined exception hierarchies: catching by base class, attributes, str/repr, MRO order.
class AppError(Exception):
    """Base for the application."""
    def __init__(self, message, code=1):
        super().__init__(message, code)
        self.message = message
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.message}"

class ConfigError(AppError):
    pass

class MissingKey(ConfigError, KeyError):
    def __init__(self, key):
        super().__init__(f"missing key {key!r}", code=2)
        self.key = key

class NetworkError(AppError):
    def __init__(self, host, retries):
        super().__init__(f"cannot reach {host}", code=3)
        self.host, self.retries = host, retries

class Timeout(NetworkError):
    pass

def fail(kind):
    if kind == "missing":
        raise MissingKey("db.url")
    if kind == "timeout":
        raise Timeout("example.org", 3)
    if kind == "config":
        raise ConfigError("bad config")
    if kind == "key":
        raise KeyError("plain")
    raise AppError("generic")

for kind in ["missing", "timeout", "config", "key", "other"]:
    try:
        fail(kind)
    except NetworkError as e:
        print("network:", e, e.host, e.retries, type(e).__name__)
    except KeyError as e:
        print("key error:", type(e).__name__, e, e.args)
    except ConfigError as e:
        print("config:", e, e.code)
    except AppError as e:
        print("app:", e, repr(e))

print([c.__name__ for c in MissingKey.__mro__])
print(issubclass(Timeout, AppError), issubclass(MissingKey, LookupError), issubclass(AppError, BaseException))
print(isinstance(MissingKey("k"), KeyError), MissingKey("k").key)
print(AppError.__doc__, ConfigError.__doc__)

class Silent(Exception):
    pass
print(repr(Silent()), str(Silent()), repr(Silent("a", 2)), str(Silent("a", 2)), str(Silent("only")))

class WithArgs(Exception):
    def __init__(self, a, b):
        self.a, self.b = a, b
e = WithArgs(1, 2)
print(e.args, repr(e), str(e))

# BaseException subclasses escape "except Exception"
class Abort(BaseException):
    pass
try:
    try:
        raise Abort("stop")
    except Exception:
        print("not here")
except BaseException as be:
    print("caught base:", type(be).__name__, be)
