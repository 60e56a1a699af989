# Ends with an uncaught exception raised from inside a lambda called through map().
rows = [
    {"name": "ann", "age": 31, "score": 88},
    {"name": "bob", "age": 25, "score": 92},
    {"name": "cat", "age": 40, "score": 75},
]

by_score = sorted(rows, key=lambda r: -r["score"])
print([r["name"] for r in by_score])

ages = list(map(lambda r: r["age"] * 12, rows))
print("ages in months:", ages)

ratio = lambda r: round(r["score"] / r["age"], 3)
print([ratio(r) for r in rows])

safe_get = lambda d, k, default=None: d[k] if k in d else default
print([safe_get(r, "email", "-") for r in rows])

pick = {
    "upper": lambda s: s.upper(),
    "first": lambda s: s[0],
    "double": lambda s: s * 2,
}
for name, fn in sorted(pick.items()):
    print(name, [fn(r["name"]) for r in rows])

rows.append({"name": "dan", "age": 0, "score": 60})
print("computing ratios including a zero age")
print(list(map(ratio, rows)))
