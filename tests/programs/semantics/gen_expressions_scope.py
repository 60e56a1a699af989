# Generator expressions: laziness, eager first iterable, scoping, single use.
events = []

def source(n):
    events.append(f"source({n}) called")
    for i in range(n):
        events.append(f"produce {i}")
        yield i

def check(x):
    events.append(f"check {x}")
    return x % 2 == 0

ge = (x * x for x in source(4) if check(x))
print("created:", events)
print("first:", next(ge))
print("events:", events)
events.clear()
print("rest:", list(ge))
print("events:", events)
print("again:", list(ge))

# the first iterable is evaluated immediately, errors surface at creation
try:
    bad = (x for x in 42)
except TypeError as e:
    print("TypeError", e)

# errors in later clauses surface lazily
lazy = (y for x in [1] for y in x)
print("lazy created")
try:
    list(lazy)
except TypeError as e:
    print("TypeError", e)

# the loop variable does not leak
x = "outer"
total = sum(x for x in range(10))
print(total, x)

# genexp in class body sees only the first iterable from class scope
class Table:
    size = 3
    rows = list(r for r in range(size))
    try:
        pairs = list((r, size) for r in range(2))
    except NameError as e:
        pairs = f"NameError: {e}"

print(Table.rows)
print(Table.pairs)

# nested generator expressions and late binding of outer names
factor = 2
scaled = (n * factor for n in range(4))
factor = 10
print(list(scaled))

matrix = [[1, 2, 3], [4, 5, 6]]
flat = (v for row in matrix for v in row if v != 4)
print(list(flat))
print(max((len(w), w) for w in "the quick brown fox".split()))
print(any(c.isdigit() for c in "abc1"), all(c.isalpha() for c in "abc1"))
print(dict((k, len(k)) for k in ["aa", "b", "cccc"]))
print(type(x for x in []).__name__)
