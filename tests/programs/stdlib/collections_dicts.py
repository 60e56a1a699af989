# defaultdict and OrderedDict: factories, move_to_end, popitem(last=False), equality rules.
from collections import defaultdict, OrderedDict
groups = defaultdict(list)
for word in "apple bat avocado cherry banana".split():
    groups[word[0]].append(word)
print(dict(groups), groups["z"], "z" in groups)
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()), counts.default_factory)
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["b"] += 2
print({k: dict(v) for k, v in nested.items()})
od = OrderedDict()
for k in "dcab":
    od[k] = ord(k)
od.move_to_end("d")
od.move_to_end("b", last=False)
print(list(od), od.popitem(), od.popitem(last=False), list(od))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
dd = defaultdict(None)
try:
    dd["x"]
except KeyError as e:
    print("KeyError:", e)
