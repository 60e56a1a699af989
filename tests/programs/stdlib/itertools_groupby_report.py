# itertools.groupby: grouping sorted records into a report, run-length encoding.
from itertools import groupby
from operator import itemgetter

sales = [
    ("north", "apples", 12), ("south", "pears", 7), ("north", "pears", 3),
    ("east", "apples", 9), ("south", "apples", 4), ("east", "plums", 11),
    ("north", "plums", 5), ("south", "plums", 2), ("east", "apples", 6),
]

by_region = sorted(sales, key=itemgetter(0))
for region, rows in groupby(by_region, key=itemgetter(0)):
    rows = list(rows)
    total = sum(r[2] for r in rows)
    print(f"{region:<6} n={len(rows)} total={total:3d} items={[r[1] for r in rows]}")

by_fruit = sorted(sales, key=lambda r: (r[1], -r[2]))
for fruit, rows in groupby(by_fruit, key=lambda r: r[1]):
    print(fruit, [(r[0], r[2]) for r in rows])

def rle(text):
    return "".join(f"{len(list(g))}{ch}" for ch, g in groupby(text))

def unrle(code):
    out, num = [], ""
    for ch in code:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ""
    return "".join(out)

for s in ["aaabccddddde", "abc", "", "zzzzzzzzzzzz"]:
    enc = rle(s)
    print(repr(s), "->", repr(enc), "->", repr(unrle(enc)))

print("no key:", [(k, len(list(g))) for k, g in groupby([1, 1, 2, 2, 2, 1, 3, 3])])
print("keys only:", [k for k, _ in groupby("AAAABBBCCDAABBB")])
print("by parity:", [(k, list(g)) for k, g in groupby([2, 4, 6, 1, 3, 8, 10, 5], key=lambda n: n % 2 == 0)])

words = ["apple", "avocado", "banana", "blueberry", "cherry", "cranberry", "date"]
print("by initial:", {k: list(g) for k, g in groupby(words, key=lambda w: w[0])})
print("by length:", [(k, list(g)) for k, g in groupby(sorted(words, key=len), key=len)])

# groups are consumed when the outer iterator advances
groups = groupby("aabbb")
k1, g1 = next(groups)
k2, g2 = next(groups)
print("stale group:", k1, list(g1), "current:", k2, list(g2))

# consecutive runs of increasing integers
nums = [1, 2, 3, 7, 8, 10, 11, 12, 13, 20]
runs = []
for _, g in groupby(enumerate(nums), key=lambda p: p[1] - p[0]):
    block = [v for _, v in g]
    runs.append(f"{block[0]}-{block[-1]}" if len(block) > 1 else str(block[0]))
print("ranges:", ",".join(runs))
