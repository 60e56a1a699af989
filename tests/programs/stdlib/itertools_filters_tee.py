# itertools: filtering and splitting streams (takewhile, dropwhile, compress, filterfalse, tee, ...).
from itertools import (takewhile, dropwhile, compress, filterfalse, tee, starmap, pairwise,
                       zip_longest, accumulate, chain, islice)
import operator

log = ["# header", "# more header", "data 1", "data 2", "# inline comment", "data 3"]
print("header:", list(takewhile(lambda l: l.startswith("#"), log)))
print("body:", list(dropwhile(lambda l: l.startswith("#"), log)))
print("no comments:", list(filterfalse(lambda l: l.startswith("#"), log)))

names = ["ann", "bob", "cid", "dee", "eve"]
present = [1, 0, 1, 1, 0]
print("compress:", list(compress(names, present)), list(compress("ABCDEF", [1, 0, 1])))
print("filterfalse None:", list(filterfalse(None, [0, 1, "", "x", None, [], [0]])))

# tee: two independent iterators over one stream
it = iter(range(6))
a, b = tee(it)
print("tee a:", list(a), "tee b:", list(b))
x, y, z = tee("abc", 3)
next(x)
print("tee 3:", list(x), list(y), list(z))

# sliding difference with tee (classic pairwise)
def diffs(seq):
    p, q = tee(seq)
    next(q, None)
    return [b - a for a, b in zip(p, q)]
print("diffs:", diffs([1, 4, 9, 16, 25]))
print("pairwise:", list(pairwise("abcd")), list(pairwise([1])))

print("starmap pow:", list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print("starmap format:", list(starmap("{}={}".format, [("a", 1), ("b", 2)])))
print("zip_longest:", list(zip_longest("abc", [1, 2], fillvalue="-")))
print("zip_longest 3:", list(zip_longest([1], [2, 3], [4, 5, 6])))

print("accumulate sum:", list(accumulate([1, 2, 3, 4, 5])))
print("accumulate mul:", list(accumulate([1, 2, 3, 4, 5], operator.mul)))
print("accumulate max:", list(accumulate([3, 1, 4, 1, 5, 9, 2, 6], max)))
print("accumulate initial:", list(accumulate([1, 2, 3], initial=100)))
print("accumulate func+initial:", list(accumulate([1, 2, 3], lambda acc, v: acc * 10 + v, initial=0)))
print("accumulate empty:", list(accumulate([])), list(accumulate([], initial=5)))

balances = list(accumulate([100, -30, -50, 20, -60], initial=0))
print("balances:", balances, "first overdraft at step:",
      next((i for i, v in enumerate(balances) if v < 0), None))

print("chain:", list(chain("ab", [1, 2], (3,), range(2))))
print("chain.from_iterable:", list(chain.from_iterable([[1, 2], [], [3], "xy"])))
print("dropwhile all:", list(dropwhile(lambda n: n < 10, [1, 2, 3])), "takewhile none:", list(takewhile(bool, [0, 1])))
evens = filter(lambda n: n % 2 == 0, range(100))
print("first 5 evens > 10:", list(islice(dropwhile(lambda n: n <= 10, evens), 5)))
