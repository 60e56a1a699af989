"""Nested configuration data: JSON round trip, defaults merged deeply, dotted-path lookup,
validation against a schema, environment-style overrides and a diff of two configs."""
import json

DEFAULTS = {
    "server": {"host": "127.0.0.1", "port": 8080, "tls": {"enabled": False, "ciphers": ["AES128", "AES256"]}},
    "logging": {"level": "INFO", "handlers": ["console"]},
    "features": {"beta": False, "limits": {"rps": 100, "burst": 1.5}},
    "name": "demo",
}

USER_JSON = """
{
  "server": {"port": 9443, "tls": {"enabled": true}},
  "logging": {"handlers": ["console", "file"], "file": "/var/log/app.log"},
  "features": {"limits": {"rps": 250}},
  "owners": ["ops@example.com", "dev@example.com"],
  "name": "prod \\u00e9t\\u00e9 \\"east\\"",
  "ratio": 0.1,
  "nothing": null
}
"""

SCHEMA = {"server.port": int, "server.host": str, "server.tls.enabled": bool, "logging.level": str,
          "features.limits.rps": int, "features.limits.burst": float, "name": str}


def deep_merge(base, override):
    out = {}
    for key in base.keys() | override.keys():
        if key in base and key in override and isinstance(base[key], dict) and isinstance(override[key], dict):
            out[key] = deep_merge(base[key], override[key])
        else:
            out[key] = override.get(key, base.get(key))
    return dict(sorted(out.items()))


def lookup(cfg, path, default=KeyError):
    node = cfg
    for part in path.split("."):
        if not isinstance(node, dict) or part not in node:
            if default is KeyError:
                raise KeyError(path)
            return default
        node = node[part]
    return node


def assign(cfg, path, value):
    *parents, last = path.split(".")
    for part in parents:
        cfg = cfg.setdefault(part, {})
    cfg[last] = value


def validate(cfg):
    problems = []
    for path, kind in SCHEMA.items():
        value = lookup(cfg, path, None)
        if type(value) is not kind:
            problems.append(f"{path}: expected {kind.__name__}, got {type(value).__name__}")
    return problems


def diff(a, b, prefix=""):
    for key in sorted(a.keys() | b.keys()):
        path = prefix + key
        if isinstance(a.get(key), dict) and isinstance(b.get(key), dict):
            yield from diff(a[key], b[key], path + ".")
        elif key not in a:
            yield f"+ {path} = {json.dumps(b[key])}"
        elif key not in b:
            yield f"- {path}"
        elif a[key] != b[key]:
            yield f"~ {path}: {json.dumps(a[key])} -> {json.dumps(b[key])}"


user = json.loads(USER_JSON)
config = deep_merge(DEFAULTS, user)
print(json.dumps(config, indent=2, sort_keys=True))
print("name:", config["name"], "| ascii:", json.dumps(config["name"]))
print("unicode kept:", json.dumps(config["name"], ensure_ascii=False))
for path in ("server.port", "server.tls.ciphers", "features.limits.burst", "logging.file", "missing.key"):
    try:
        print(f"{path} = {lookup(config, path)!r}")
    except KeyError as exc:
        print("missing:", exc)
for override in ["server.port=notanumber", "features.limits.rps=500", "new.section.flag=true"]:
    path, _, raw = override.partition("=")
    try:
        value = json.loads(raw)
    except json.JSONDecodeError as exc:
        value = raw
        print(f"  {raw!r} is not JSON ({exc.msg}); kept as string")
    assign(config, path, value)
print("problems:", validate(config))
print("diff vs defaults:")
for line in diff(DEFAULTS, config):
    print(" ", line)
text = json.dumps(config, separators=(",", ":"), sort_keys=True)
again = json.loads(text)
print("round trip equal:", again == config, "length:", len(text))
print(json.dumps([1, 2.5, True, None, "x", {"a": [{}]}, 1e20, -0.0, 3.0]))
try:
    json.loads('{"a": 1,}')
except ValueError as exc:
    print(type(exc).__name__, exc.lineno, exc.colno)
