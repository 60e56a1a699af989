# re.sub with backreferences and functions, subn counts, split with maxsplit and capture groups.
import re

print("swap names:", re.sub(r"(\w+) (\w+)", r"\2 \1", "john smith, jane doe"))
print("date format:", re.sub(r"(\d{4})-(\d{2})-(\d{2})", r"\3/\2/\1", "from 2024-01-15 to 2024-02-01"))
print("g<0>:", re.sub(r"\d+", r"[\g<0>]", "a1b22c333"))
print("named:", re.sub(r"(?P<k>\w+)=(?P<v>\w+)", r"\g<v>=\g<k>", "a=1 b=2"))
print("count=1:", re.sub(r"o", "0", "foo boo zoo", count=1))
print("empty matches:", re.sub(r"x*", "-", "abc"))

def to_upper(m):
    return m.group(0).upper()
print("func upper:", re.sub(r"\b\w", to_upper, "the quick brown fox"))

prices = "apple $1.50, bread $2.25, cheese $10.00"
print("inflate:", re.sub(r"\$(\d+\.\d\d)", lambda m: f"${float(m.group(1)) * 1.1:.2f}", prices))

def camel_to_snake(name):
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()
def snake_to_camel(name):
    return re.sub(r"_([a-z])", lambda m: m.group(1).upper(), name)
for n in ["parseHttpResponse", "XMLParser", "simple"]:
    print(f"{n} -> {camel_to_snake(n)} -> {snake_to_camel(camel_to_snake(n))}")

template = "Hello {name}, you owe {amount}. Bye {name}! {missing}"
values = {"name": "Ann", "amount": "$5"}
print("templating:", re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1), m.group(0)), template))

result, n = re.subn(r"\s+", " ", "too    many \t spaces\n\nhere")
print("subn:", repr(result), n)
print("subn none:", re.subn(r"z", "y", "abc"))
counter = {"n": 0}
def numbered(m):
    counter["n"] += 1
    return f"{counter['n']}.{m.group(1)}"
print("numbered:", re.subn(r"- (\w+)", numbered, "- eggs - milk - bread"))

print("split:", re.split(r"[,;]\s*", "a, b;c ,d;  e"))
print("split maxsplit=2:", re.split(r"\s+", "one two three four five", maxsplit=2))
print("split with group:", re.split(r"(\d+)", "abc12def345ghi"))
print("split with 2 groups:", re.split(r"(-)|(\+)", "1-2+3"))
print("split leading sep:", re.split(r",", ",a,,b,"))
print("split words:", re.split(r"\W+", "Hello, world! How's it going?"))
print("compiled split:", re.compile(r"\s*\|\s*").split("x | y|z  |  w", 2))
tokens = [t for t in re.split(r"(\s+|[()+*/-])", "3 * (4+5) - 12/4") if t and not t.isspace()]
print("tokens:", tokens)
print("escape in repl:", re.sub(r"a", r"\\", "banana"), re.sub(r"(a)", r"\1\n", "ba").encode())
try:
    re.sub(r"(a)", r"\2", "a")
except re.error as e:
    print("re.error:", e)
