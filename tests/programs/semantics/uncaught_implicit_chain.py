# Ends with an uncaught exception raised while handling another one (implicit chaining).
settings = {"port": "8080", "host": "localhost", "timeout": "thirty"}

def parse(key):
    raw = settings[key]
    try:
        return int(raw)
    except ValueError:
        print(f"  {key}: {raw!r} is not a number, looking up a fallback")
        return fallbacks[key]

fallbacks = {"port": 80}

for key in ["port"]:
    print(key, parse(key))

def describe():
    lines = []
    for k in sorted(settings):
        lines.append(f"{k:>8} = {settings[k]}")
    return "\n".join(lines)

print(describe())
try:
    parse("host")
except KeyError as e:
    print("caught KeyError for host:", e, "context:", type(e.__context__).__name__)

print("parsing timeout, which has no fallback")
value = parse("timeout")
print("never printed", value)
