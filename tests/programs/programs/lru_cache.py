# An LRU cache built from a dict and a doubly linked list kept in parallel dicts (no classes).
def make_cache(capacity):
    return {"cap": capacity, "map": {}, "prev": {}, "next": {}, "head": None, "tail": None,
            "hits": 0, "misses": 0, "evictions": []}

def unlink(c, key):
    p = c["prev"].pop(key)
    n = c["next"].pop(key)
    if p is None:
        c["head"] = n
    else:
        c["next"][p] = n
    if n is None:
        c["tail"] = p
    else:
        c["prev"][n] = p

def push_front(c, key):
    c["prev"][key] = None
    c["next"][key] = c["head"]
    if c["head"] is not None:
        c["prev"][c["head"]] = key
    c["head"] = key
    if c["tail"] is None:
        c["tail"] = key

def get(c, key, default=None):
    if key not in c["map"]:
        c["misses"] += 1
        return default
    c["hits"] += 1
    unlink(c, key)
    push_front(c, key)
    return c["map"][key]

def put(c, key, value):
    if key in c["map"]:
        unlink(c, key)
    elif len(c["map"]) >= c["cap"]:
        old = c["tail"]
        unlink(c, old)
        del c["map"][old]
        c["evictions"].append(old)
    c["map"][key] = value
    push_front(c, key)

def order(c):
    out = []
    k = c["head"]
    while k is not None:
        out.append(k)
        k = c["next"][k]
    return out

cache = make_cache(3)
for k, v in [("a", 1), ("b", 2), ("c", 3)]:
    put(cache, k, v)
print(order(cache))
print(get(cache, "a"), order(cache))
put(cache, "d", 4)
print(order(cache), cache["evictions"])
print(get(cache, "b"), get(cache, "c"), order(cache))
put(cache, "a", 100)
put(cache, "e", 5)
print(order(cache), cache["evictions"], sorted(cache["map"].items()))

def cached_fib_factory(capacity):
    c = make_cache(capacity)
    def fib(n):
        hit = get(c, n)
        if hit is not None:
            return hit
        value = n if n < 2 else fib(n - 1) + fib(n - 2)
        put(c, n, value)
        return value
    return fib, c

fib, c = cached_fib_factory(8)
print(fib(60), c["hits"], c["misses"], len(c["evictions"]), order(c))
state = 12345
c2 = make_cache(16)
for i in range(2000):
    state = (state * 1103515245 + 12345) % 2147483648
    key = (state >> 8) % 40
    if get(c2, key) is None:
        put(c2, key, i)
print("hits", c2["hits"], "misses", c2["misses"], "evictions", len(c2["evictions"]))
print("hit rate", round(c2["hits"] / (c2["hits"] + c2["misses"]), 4), order(c2)[:5])
