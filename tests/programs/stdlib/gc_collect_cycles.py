# gc: collect() returns an int, works with reference cycles, and generations are accepted.
import gc

print("isenabled:", gc.isenabled())
n = gc.collect()
print("collect returns int:", isinstance(n, int), "non-negative:", n >= 0)

class Node:
    instances = 0
    def __init__(self, name):
        self.name = name
        self.peer = None
        Node.instances += 1

def make_cycles(count):
    for i in range(count):
        a, b = Node(f"a{i}"), Node(f"b{i}")
        a.peer, b.peer = b, a
    return count * 2

made = make_cycles(100)
print("made nodes:", made, "instances counted:", Node.instances)
freed = gc.collect()
print("collect after cycles is int:", isinstance(freed, int))

for gen in (0, 1, 2):
    r = gc.collect(gen)
    print(f"collect({gen}) -> int: {isinstance(r, int)}")
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError:", e)

# big temporary structures, then explicit collection
data = [[i] * 10 for i in range(1000)]
total = sum(len(row) for row in data)
del data
print("rows summed:", total, "collect ok:", isinstance(gc.collect(), int))

self_ref = []
self_ref.append(self_ref)
print("self reference:", self_ref[0] is self_ref, len(self_ref))
del self_ref
print("collected fine:", gc.collect() >= 0)

d = {}
d["me"] = d
print("dict cycle repr:", d)
del d

threshold = gc.get_threshold()
print("threshold is tuple of 3 ints:", isinstance(threshold, tuple), len(threshold), all(isinstance(t, int) for t in threshold))
count = gc.get_count()
print("get_count tuple:", isinstance(count, tuple), len(count))
print("is_tracked on a list:", gc.is_tracked([1, [2]]))
print("callbacks is list:", isinstance(gc.callbacks, list), "garbage is list:", isinstance(gc.garbage, list))
print("still enabled:", gc.isenabled())
