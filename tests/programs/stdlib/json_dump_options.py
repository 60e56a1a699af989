# json.dumps options: indent, sort_keys, separators, ensure_ascii, default, and value formatting.
import json

doc = {"name": "Widget", "id": 7, "price": 19.99, "tags": ["a", "b"], "active": True,
       "parent": None, "dims": {"w": 1.5, "h": 2, "unit": "cm"}, "ratio": 1e-7, "big": 10 ** 20}
print(json.dumps(doc))
print(json.dumps(doc, sort_keys=True))
print(json.dumps(doc, indent=2, sort_keys=True))
print(json.dumps(doc["dims"], indent=4))
print(json.dumps(doc["tags"], indent="\t"))
print(json.dumps(doc, separators=(",", ":"), sort_keys=True))
print(json.dumps([1, [2, [3, {}]], []], indent=1))
print(json.dumps({}, indent=2), json.dumps([], indent=2))

text = {"greeting": "héllo wörld", "emoji": "\u2603", "cjk": "\u4e2d\u6587", "quote": 'say "hi"\n\ttab\\'}
print(json.dumps(text))
print(json.dumps(text, ensure_ascii=False))

floats = [0.1, 1.0, -0.0, 3.14159, 1e16, 123456789.123, 2.5e-10, 1 / 3]
print(json.dumps(floats))
print(json.dumps([float("inf"), float("-inf"), float("nan")]))
try:
    json.dumps([float("nan")], allow_nan=False)
except ValueError as e:
    print("ValueError:", e)

print(json.dumps({1: "int key", 2.5: "float key", True: "bool key", None: "none key"}))
print(json.dumps("plain string"), json.dumps(42), json.dumps(None), json.dumps(False), json.dumps((1, 2)))
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps({(1, 2): "tuple key"})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({(1, 2): "skipped", "kept": 1}, skipkeys=True))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
def encode(obj):
    if isinstance(obj, Point):
        return {"__point__": [obj.x, obj.y]}
    if isinstance(obj, set):
        return sorted(obj)
    raise TypeError(f"cannot encode {type(obj).__name__}")
print(json.dumps({"p": Point(1, 2), "s": {"b", "a"}}, default=encode))

class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)
print(Enc().encode({"z": 1 + 2j}), json.dumps([3j], cls=Enc))
print(json.dumps({"b": 1, "a": [1, 2]}, indent=2, separators=(",", " = ")))
