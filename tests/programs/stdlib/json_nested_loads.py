# json.loads of nested documents, type mapping, hooks, and round trips.
import json

raw = """
{
  "store": {
    "name": "Corner Shop",
    "open": true,
    "rating": 4.5,
    "owner": null,
    "inventory": [
      {"sku": "A1", "qty": 10, "price": 2.5, "tags": ["fruit", "fresh"]},
      {"sku": "B2", "qty": 0, "price": 12, "tags": []},
      {"sku": "C3", "qty": 3, "price": 0.99, "tags": ["sale"], "meta": {"origin": "ES", "lot": [1, 2, 3]}}
    ]
  },
  "version": 2,
  "escapes": "line\\nbreak \\"quoted\\" \\u00e9 \\ud83d\\ude00 tab\\t"
}
"""
data = json.loads(raw)
store = data["store"]
print("top keys:", list(data), "store keys:", list(store))
print("types:", type(store["open"]).__name__, type(store["rating"]).__name__, store["owner"], type(data["version"]).__name__)
for item in store["inventory"]:
    print(f"  {item['sku']}: qty={item['qty']} price={item['price']!r} tags={item['tags']}")
print("in stock value:", sum(i["qty"] * i["price"] for i in store["inventory"]))
print("deep access:", store["inventory"][2]["meta"]["lot"][-1], store["inventory"][2].get("meta", {}).get("origin"))
print("escapes:", repr(data["escapes"]), len(data["escapes"]))

for s in ['"text"', "42", "-0.5", "1e3", "true", "null", "[]", "{}", '[1, "a", null, false]', "  7  ", "-0", "1E-2"]:
    v = json.loads(s)
    print(f"loads({s!r}) -> {v!r} ({type(v).__name__})")

print("duplicate keys, last wins:", json.loads('{"a": 1, "a": 2}'))
print("object_hook:", json.loads('{"x": 1, "y": {"x": 2}}', object_hook=lambda d: sorted(d.items())))
print("object_pairs_hook:", json.loads('{"b": 1, "a": 2}', object_pairs_hook=list))
print("parse_float:", json.loads("[1.10, 2]", parse_float=lambda s: "F" + s))
print("parse_int:", json.loads("[1.10, 2]", parse_int=lambda s: int(s) * 100))
print("parse_constant:", json.loads("[NaN, Infinity, -Infinity]", parse_constant=lambda s: s.lower()))
print("NaN default:", json.loads("[NaN, Infinity]"))

original = {"list": [1, 2.0, "three", None, True], "nested": {"deep": {"deeper": [{"k": "v"}]}}, "unicode": "ñ"}
for kwargs in [{}, {"indent": 2}, {"sort_keys": True, "separators": (",", ":")}, {"ensure_ascii": False}]:
    print("round trip", kwargs, json.loads(json.dumps(original, **kwargs)) == original)
print("tuple becomes list:", json.loads(json.dumps({"t": (1, 2)})))
print("int keys become str:", json.loads(json.dumps({1: "a", 2: "b"})))
dec = json.JSONDecoder()
obj, end = dec.raw_decode('{"a": 1} trailing')
print("raw_decode:", obj, end)
stream = '{"n": 1}{"n": 2} {"n": 3}'
pos, objs = 0, []
while pos < len(stream):
    while stream[pos].isspace():
        pos += 1
    o, pos = dec.raw_decode(stream, pos)
    objs.append(o["n"])
print("concatenated docs:", objs)
