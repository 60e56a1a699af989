# Nested dicts: deep get, merge, and printing nested structures.
config = {"db": {"host": "localhost", "port": 5432}, "debug": False, "tags": ["a", "b"]}
override = {"db": {"port": 6543, "user": "admin"}, "debug": True}

def merge(base, extra):
    out = dict(base)
    for k, v in extra.items():
        if k in out and isinstance(out[k], dict) and isinstance(v, dict):
            out[k] = merge(out[k], v)
        else:
            out[k] = v
    return out

merged = merge(config, override)
print(merged)
print(config)

def deep_get(d, path, default=None):
    cur = d
    for part in path.split("."):
        if isinstance(cur, dict) and part in cur:
            cur = cur[part]
        else:
            return default
    return cur

for path in ["db.host", "db.port", "db.user", "db.missing", "debug", "tags", "x.y"]:
    print(path, deep_get(merged, path, "?"))
tree = {}
for path in ["a/b/c", "a/b/d", "a/e", "f"]:
    node = tree
    for part in path.split("/"):
        node = node.setdefault(part, {})
print(tree)
