# json.JSONDecodeError: messages, positions, and a tolerant config loader.
import json

bad_docs = [
    '{"a": 1,}',
    "[1, 2",
    "{'single': 1}",
    '{"a" 1}',
    "",
    "   ",
    "[1, 2] extra",
    '{"a": tru}',
    '"unterminated',
    '{"a": 1 "b": 2}',
    "[01]",
    '{"x": [1, 2, {"y": }]}',
    "\n\n  [1,\n   2,,\n 3]",
    '"bad \\x escape"',
    "NaN2",
]
for doc in bad_docs:
    try:
        json.loads(doc)
        print(f"{doc!r}: parsed?!")
    except json.JSONDecodeError as e:
        print(f"{doc!r}: {e.msg} | pos={e.pos} line={e.lineno} col={e.colno}")
        print("    str:", e)

print("is ValueError:", issubclass(json.JSONDecodeError, ValueError))
try:
    json.loads("{")
except ValueError as e:
    print("caught as ValueError:", type(e).__name__, e.doc)

def load_config(text, defaults):
    try:
        cfg = json.loads(text)
    except json.JSONDecodeError as e:
        return dict(defaults, error=f"line {e.lineno}: {e.msg}")
    if not isinstance(cfg, dict):
        return dict(defaults, error="top level must be an object")
    return {**defaults, **cfg}

defaults = {"debug": False, "port": 8080}
for text in ['{"port": 9000}', '{"debug": true, "port": }', "[1, 2]", '{"name": "svc"}\n', "\n{\n  \"port\": 1,\n  oops\n}"]:
    print("config:", load_config(text, defaults))

try:
    json.loads(b'{"bytes": "ok"}'.decode())
    print("bytes decoded ok:", json.loads(b'{"bytes": "ok"}'))
except TypeError as e:
    print("TypeError:", e)
try:
    json.loads(123)
except TypeError as e:
    print("TypeError:", e)
e = json.JSONDecodeError("custom message", '{"doc": 1}', 3)
print("constructed:", e, e.msg, e.pos, e.lineno, e.colno)
