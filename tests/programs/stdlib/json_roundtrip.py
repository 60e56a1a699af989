# json: dumps with indent, sort_keys, separators, ensure_ascii; loads; errors.
import json
data = {"name": "Zoë", "tags": ["a", "b"], "nested": {"x": 1.5, "y": None, "z": True}, "n": 10 ** 20, "empty": []}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True, indent=2))
print(json.dumps(data, separators=(",", ":"), ensure_ascii=False))
print(json.dumps([1, 2.0, 1e100, -0.0, "tab\there", "quote\"", "\u2603"]))
text = '{"a": [1, 2, {"b": null}], "c": "d\\u00e9", "e": 1.25e3, "f": false}'
obj = json.loads(text)
print(obj, obj["a"][2]["b"], obj["c"], type(obj["e"]).__name__)
print(json.loads("[]"), json.loads('"s"'), json.loads("3"), json.loads(" 4.5 "))
print(json.dumps((1, 2)), json.dumps({1: "int key", "2": 3}), json.dumps("ascii ü"))
try:
    json.loads('{"a": 1,}')
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)
try:
    json.loads("[1, 2")
except ValueError as e:
    print(type(e).__name__, e)
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({"b": 1, "a": [1, {"d": 2, "c": 3}]}, sort_keys=True, indent=4))
