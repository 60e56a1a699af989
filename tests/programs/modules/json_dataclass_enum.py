from __future__ import annotations
import json, io, gc, array
from dataclasses import dataclass, field, asdict
from enum import Enum, IntEnum, auto
from collections.abc import Iterable, Mapping, Sequence
data = {"name": "x", "values": [1, 2.5, None, True], "nested": {"k": "é"}}
print(json.dumps(data)); print(json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False))
print(json.loads('{"a": [1, 2, {"b": null}], "c": 1.5e3, "d": "\\u00e9\\n"}'))
try: json.loads('{"a": }')
except json.JSONDecodeError as e: print(e)
s = io.StringIO(); print("hello", file=s); s.write("x"); print(repr(s.getvalue()))
print(gc.isenabled(), array.array('i', [1, 2, 3]), array.array('d', [1.5]))
@dataclass(order=True)
class P:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
p = P(1, 2); print(p, p == P(1, 2), p < P(2), asdict(p))
@dataclass(frozen=True)
class F:
    a: int
f = F(1)
try: f.a = 2
except Exception as e: print(type(e).__name__, e)
print(hash(f) == hash(F(1)))
class Color(Enum):
    RED = 1
    GREEN = auto()
    BLUE = auto()
print(Color.RED, repr(Color.GREEN), Color(3), Color["RED"], list(Color), len(Color), Color.RED.name, Color.BLUE.value)
class N(IntEnum):
    A = 1
    B = 2
print(N.A + 1, N.B == 2, str(N.A), sorted([N.B, N.A]))
print(isinstance([], Iterable), isinstance({}, Mapping), isinstance("", Sequence), isinstance(5, Iterable))
