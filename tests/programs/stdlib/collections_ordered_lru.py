# collections.OrderedDict as an LRU cache, plus defaultdict for grouping and graphs.
from collections import OrderedDict, defaultdict

class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
    def get(self, key):
        if key not in self.data:
            return None
        self.data.move_to_end(key)
        return self.data[key]
    def put(self, key, value):
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        if len(self.data) > self.capacity:
            evicted = self.data.popitem(last=False)
            print("  evicted", evicted)

cache = LRU(3)
for k, v in [("a", 1), ("b", 2), ("c", 3)]:
    cache.put(k, v)
print("get a:", cache.get("a"))
cache.put("d", 4)
print("get b:", cache.get("b"))
cache.put("e", 5)
print("order:", list(cache.data.items()))

od = OrderedDict.fromkeys("abcde", 0)
od.move_to_end("b")
od.move_to_end("e", last=False)
print("moved:", list(od))
print("popitem last:", od.popitem(), "popitem first:", od.popitem(last=False), list(od))
print("equality is order sensitive:", OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == OrderedDict(b=2, a=1))
print("repr:", OrderedDict([("x", 1), ("y", 2)]))
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    od.move_to_end("missing")
except KeyError as e:
    print("KeyError:", e)

words = "apple bat cat avocado banana cherry blueberry apricot".split()
by_letter = defaultdict(list)
for w in words:
    by_letter[w[0]].append(w)
print("grouped:", dict(by_letter))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print("counts:", sorted(counts.items()))
print("missing key creates default:", counts["z"], "z" in counts, len(counts))
print("get does not create:", counts.get("q"), "q" in counts)
print("default_factory:", by_letter.default_factory.__name__, defaultdict().default_factory)
try:
    defaultdict()["nope"]
except KeyError as e:
    print("KeyError without factory:", e)

graph = defaultdict(set)
for a, b in [("A", "B"), ("A", "C"), ("B", "D"), ("C", "D"), ("D", "E")]:
    graph[a].add(b)
    graph[b].add(a)
print("adjacency:", {k: sorted(v) for k, v in sorted(graph.items())})
tree = lambda: defaultdict(tree)
root = tree()
root["usr"]["local"]["bin"] = "exe"
root["usr"]["share"]["doc"] = "txt"
def to_dict(t):
    return {k: to_dict(v) if isinstance(v, defaultdict) else v for k, v in t.items()}
print("nested tree:", to_dict(root))
