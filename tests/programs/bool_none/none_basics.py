# None: the singleton, comparisons, as default, as missing result, repr, and errors when used wrongly.
x = None
print(x, repr(x), str(x), x is None, x is not None, x == None, type(x).__name__, bool(x))
def f():
    pass
print(f() is None, [None] * 2, (None,), {None: None}, None in [1, None])
result = {}.get("missing")
print(result, result is None)
try:
    x + 1
except TypeError as e:
    print("TypeError:", e)
try:
    x()
except TypeError as e:
    print("TypeError:", e)
try:
    x[0]
except TypeError as e:
    print("TypeError:", e)
try:
    len(x)
except TypeError as e:
    print("TypeError:", e)
try:
    for _ in x:
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    x < 1
except TypeError as e:
    print("TypeError:", e)
values = [3, None, 1, None, 2]
print([v for v in values if v is not None], sorted(v for v in values if v is not None), values.count(None))
print(hash(None) == hash(None), None.__class__.__name__)
