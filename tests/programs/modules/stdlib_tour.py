import random, itertools, functools, heapq, bisect, operator, string, copy, math, time
from collections import namedtuple, deque, Counter, OrderedDict, defaultdict
from typing import List, Dict, Optional
random.seed(42)
print([random.random() for _ in range(3)])
print([random.randint(1, 100) for _ in range(5)], random.choice("abcdef"), random.randrange(0, 100, 7))
xs = list(range(10)); random.shuffle(xs); print(xs)
print(random.sample(range(100), 5), random.uniform(1, 2), random.gauss(0, 1))
random.seed("hello"); print(random.random())
r = random.Random(2**70); print(r.random(), r.getrandbits(70))
print(random.choices("abc", weights=[1, 2, 3], k=5))
print(list(itertools.islice(itertools.count(5, 2), 4)), list(itertools.chain([1], (2, 3))), list(itertools.chain.from_iterable(["ab", "c"])))
print(list(itertools.permutations("abc", 2)), list(itertools.combinations(range(4), 2)))
print(list(itertools.product("ab", repeat=2)), list(itertools.accumulate([1, 2, 3])), list(itertools.zip_longest("ab", "xyz", fillvalue="-")))
print([(k, list(g)) for k, g in itertools.groupby("aaabbc")], list(itertools.combinations_with_replacement("ab", 2)))
print(functools.reduce(operator.add, range(10)), functools.partial(pow, 2)(10))
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(80), fib.cache_info())
def deco(f):
    @functools.wraps(f)
    def w(*a): return f(*a)
    return w
@deco
def named(): "doc"; return 1
print(named.__name__, named.__doc__)
h = [5, 1, 8, 3, 9, 2]; heapq.heapify(h); print(h); heapq.heappush(h, 0); print(heapq.heappop(h), h, heapq.nlargest(2, h), heapq.nsmallest(2, h))
a = [1, 3, 5, 7]; bisect.insort(a, 4); print(a, bisect.bisect_left(a, 5), bisect.bisect(a, 5))
print(sorted([("b", 2), ("a", 2), ("c", 1)], key=operator.itemgetter(1, 0)), operator.attrgetter("real")(3))
print(string.ascii_letters[:5], string.digits, string.capwords("hello world"))
Point = namedtuple("Point", "x y"); p = Point(1, y=2); print(p, p.x, p._asdict(), p._replace(x=5), Point._make([3, 4]), p == (1, 2))
d = deque([1, 2, 3], maxlen=3); d.append(4); d.appendleft(0); d.rotate(1); print(d, len(d), d[0])
c = Counter("mississippi"); print(c, c.most_common(2), c["z"], sum(c.values()))
od = OrderedDict(a=1, b=2); od.move_to_end("a"); print(od, od.popitem(last=False))
dd = defaultdict(int); dd["x"] += 1; print(dd)
nested = {"a": [1, {"b": 2}]}; cp = copy.deepcopy(nested); cp["a"][1]["b"] = 3; print(nested, cp, copy.copy([1, 2]))
print(math.gcd(12, 18), math.factorial(20), math.isqrt(99), math.comb(10, 3), math.floor(-2.5), math.ceil(2.1), math.log(8, 2), math.fsum([0.1]*10), math.hypot(3, 4))
print(type(time.perf_counter()).__name__)
def f(x: List[int]) -> Optional[Dict[str, int]]: return None
print(f([1]))
