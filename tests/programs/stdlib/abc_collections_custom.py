# Building containers from collections.abc mixins: Sequence, MutableMapping, Set.
from collections.abc import Sequence, MutableMapping, Set, Iterable, Mapping

class Span(Sequence):
    def __init__(self, start, stop):
        self.start, self.stop = start, stop
    def __len__(self):
        return max(0, self.stop - self.start)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError("Span index out of range")
        return self.start + i

s = Span(10, 16)
print("len:", len(s), "items:", list(s), "s[-1]:", s[-1], "slice:", s[1:5:2])
print("mixins: in", 12 in s, 99 in s, "index", s.index(13), "count", s.count(10), "reversed", list(reversed(s)))
try:
    s.index(42)
except ValueError:
    print("ValueError from index")

class CaseInsensitiveDict(MutableMapping):
    def __init__(self, *args, **kwargs):
        self._data = {}
        self.update(*args, **kwargs)
    def __getitem__(self, key):
        return self._data[key.lower()][1]
    def __setitem__(self, key, value):
        self._data[key.lower()] = (key, value)
    def __delitem__(self, key):
        del self._data[key.lower()]
    def __iter__(self):
        return (orig for orig, _ in self._data.values())
    def __len__(self):
        return len(self._data)

h = CaseInsensitiveDict({"Content-Type": "text/html"}, Host="example.org")
print("get:", h["content-type"], h["HOST"], "len:", len(h), "keys:", list(h))
h["content-TYPE"] = "application/json"
print("after overwrite:", dict(h.items()))
print("get default:", h.get("missing", "n/a"), "setdefault:", h.setdefault("Accept", "*/*"))
print("pop:", h.pop("host"), "contains:", "Host" in h, "keys:", sorted(h.keys()))
print("popitem:", h.popitem(), "remaining:", len(h))
print("equality with dict:", CaseInsensitiveDict(a=1) == {"a": 1}, isinstance(h, Mapping))
h.clear()
print("cleared:", len(h))

class Interval(Set):
    def __init__(self, items):
        self._items = sorted(set(items))
    def __contains__(self, x):
        return x in self._items
    def __iter__(self):
        return iter(self._items)
    def __len__(self):
        return len(self._items)
    def __repr__(self):
        return f"Interval({self._items})"

a, b = Interval([1, 2, 3, 4]), Interval([3, 4, 5])
print("and:", a & b, "or:", a | b, "sub:", a - b, "xor:", a ^ b)
print("subset:", Interval([3]) <= a, a <= b, "disjoint:", a.isdisjoint(Interval([9])))
print("iterable check:", isinstance(a, Iterable), isinstance(a, Set))

try:
    class Incomplete(Sequence):
        def __len__(self):
            return 0
    Incomplete()
except TypeError as e:
    print("TypeError: cannot instantiate abstract class")
