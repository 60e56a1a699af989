# Ends with an uncaught exception raised with an explicit cause (raise ... from ...).
class ConfigError(Exception):
    pass

def load(text):
    entries = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        try:
            key, value = line.split("=")
        except ValueError as e:
            raise ConfigError(f"line {number}: expected key=value, got {line!r}") from e
        entries[key.strip()] = value.strip()
    return entries

good = """
# comment
name = jit
level = 3
"""
print(sorted(load(good).items()))

try:
    load("a = 1\nb = 2 = 3")
except ConfigError as e:
    print("caught:", e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)

bad = """
x = 1
y
"""
print("loading the bad config")
load(bad)
