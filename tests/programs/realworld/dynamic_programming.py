"""Memoized dynamic programming: edit distance with the edit script, 0/1 knapsack with the chosen
items, longest common subsequence, coin change counting, and longest increasing subsequence."""
from functools import lru_cache, cache
import bisect


def edit_distance(a, b):
    @cache
    def d(i, j):
        if i == 0:
            return j
        if j == 0:
            return i
        if a[i - 1] == b[j - 1]:
            return d(i - 1, j - 1)
        return 1 + min(d(i - 1, j), d(i, j - 1), d(i - 1, j - 1))

    ops, i, j = [], len(a), len(b)
    while i or j:
        if i and j and a[i - 1] == b[j - 1] and d(i, j) == d(i - 1, j - 1):
            i, j = i - 1, j - 1
        elif i and j and d(i, j) == d(i - 1, j - 1) + 1:
            ops.append(f"sub {a[i - 1]}->{b[j - 1]}@{i - 1}")
            i, j = i - 1, j - 1
        elif i and d(i, j) == d(i - 1, j) + 1:
            ops.append(f"del {a[i - 1]}@{i - 1}")
            i -= 1
        else:
            ops.append(f"ins {b[j - 1]}@{i}")
            j -= 1
    return d(len(a), len(b)), ops[::-1]


def knapsack(items, capacity):
    @lru_cache(maxsize=None)
    def best(k, room):
        if k == len(items):
            return 0, ()
        name, weight, value = items[k]
        skip = best(k + 1, room)
        if weight > room:
            return skip
        v, chosen = best(k + 1, room - weight)
        take = (v + value, (name,) + chosen)
        return max(skip, take)
    result = best(0, capacity)
    return result, best.cache_info().currsize


def lcs(a, b):
    table = [[""] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i, x in enumerate(a):
        for j, y in enumerate(b):
            if x == y:
                table[i + 1][j + 1] = table[i][j] + x
            else:
                table[i + 1][j + 1] = max(table[i][j + 1], table[i + 1][j], key=len)
    return table[-1][-1]


def coin_ways(amount, coins):
    ways = [1] + [0] * amount
    for c in coins:
        for v in range(c, amount + 1):
            ways[v] += ways[v - c]
    return ways[amount]


def min_coins(amount, coins):
    @cache
    def f(n):
        if n == 0:
            return 0
        options = [f(n - c) for c in coins if c <= n]
        return min((o + 1 for o in options if o is not None), default=None)
    return f(amount)


def lis(seq):
    tails, prev, idx = [], [None] * len(seq), []
    for i, x in enumerate(seq):
        k = bisect.bisect_left([seq[t] for t in idx], x)
        if k == len(idx):
            idx.append(i)
        else:
            idx[k] = i
        prev[i] = idx[k - 1] if k else None
    out, i = [], idx[-1] if idx else None
    while i is not None:
        out.append(seq[i])
        i = prev[i]
    return out[::-1]


for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("intention", "execution"), ("", "abc"), ("same", "same")]:
    dist, ops = edit_distance(a, b)
    print(f"edit({a!r}, {b!r}) = {dist}: {ops}")
items = [("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160), ("glucose", 15, 60),
         ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40), ("cheese", 23, 30), ("beer", 52, 10)]
for cap in (50, 100, 200, 400):
    (value, chosen), states = knapsack(items, cap)
    print(f"knapsack {cap}: value {value} items {list(chosen)} ({states} states)")
for a, b in [("ABCBDAB", "BDCABA"), ("AGGTAB", "GXTXAYB"), ("dynamic", "programming")]:
    print(f"lcs({a}, {b}) = {lcs(a, b)!r}")
print("coin ways:", [coin_ways(n, [1, 2, 5, 10, 25]) for n in (0, 10, 50, 100)])
print("min coins:", [min_coins(n, (1, 5, 6, 9)) for n in (11, 13, 30)], min_coins(7, (2, 4)))
print("lis:", lis([3, 10, 2, 1, 20, 4, 6, 7, 30, 5]), lis([5, 4, 3]), lis([]))
