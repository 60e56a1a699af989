"""An LRU cache class built on a hand-made doubly linked list plus a dict, used as a decorator,
compared against functools.lru_cache and collections.OrderedDict."""
import functools
from collections import OrderedDict


class _Node:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key=None, value=None):
        self.key, self.value = key, value
        self.prev = self.next = self


class LRUCache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.map = {}
        self.root = _Node()
        self.hits = self.misses = self.evictions = 0

    def _unlink(self, node):
        node.prev.next, node.next.prev = node.next, node.prev

    def _push_front(self, node):
        node.prev, node.next = self.root, self.root.next
        self.root.next.prev = node
        self.root.next = node

    def get(self, key, default=None):
        node = self.map.get(key)
        if node is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(node)
        self._push_front(node)
        return node.value

    def put(self, key, value):
        node = self.map.get(key)
        if node is not None:
            node.value = value
            self._unlink(node)
        else:
            if len(self.map) >= self.capacity:
                oldest = self.root.prev
                self._unlink(oldest)
                del self.map[oldest.key]
                self.evictions += 1
            node = _Node(key, value)
            self.map[key] = node
        self._push_front(node)

    def __contains__(self, key):
        return key in self.map

    def __len__(self):
        return len(self.map)

    def __iter__(self):
        node = self.root.next
        while node is not self.root:
            yield node.key
            node = node.next

    def __repr__(self):
        return f"LRUCache({[(k, self.map[k].value) for k in self]})"

    def __call__(self, fn):
        missing = object()

        @functools.wraps(fn)
        def wrapper(*args):
            value = self.get(args, missing)
            if value is missing:
                value = fn(*args)
                self.put(args, value)
            return value
        wrapper.cache = self
        return wrapper


cache = LRUCache(3)
for op in ["put a 1", "put b 2", "get a", "put c 3", "put d 4", "get b", "get c", "put a 10", "put e 5", "get d"]:
    parts = op.split()
    if parts[0] == "put":
        cache.put(parts[1], int(parts[2]))
        print(f"{op:<10} -> {cache}")
    else:
        print(f"{op:<10} -> {cache.get(parts[1])!r}")
print("stats:", cache.hits, cache.misses, cache.evictions, "len", len(cache), "'a' in cache:", "a" in cache)


@LRUCache(64)
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)


@functools.lru_cache(maxsize=64)
def partitions_ref(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions_ref(n - k, k) + partitions_ref(n, k - 1)


print("p(30):", partitions(30, 30), partitions_ref(30, 30), partitions.__name__)
c = partitions.cache
print("custom:", c.hits, c.misses, c.evictions, len(c))
print("functools:", partitions_ref.cache_info())
od = OrderedDict()
for key in "abcabdae":
    od[key] = od.pop(key, 0) + 1
    if len(od) > 3:
        od.popitem(last=False)
print("ordereddict:", list(od.items()))
od.move_to_end("a", last=False)
print("moved:", list(od), "last:", od.popitem())
try:
    LRUCache(0)
except ValueError as exc:
    print("error:", exc)
