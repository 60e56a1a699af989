# Uncaught KeyError at module level, after some output.
table = {"a": 1, "b": 2}
for key in ["a", "b"]:
    print(key, table[key])
print(table["c"])
