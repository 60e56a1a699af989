# itertools combinatorics checked against math.comb / math.perm, and small puzzles.
import itertools
import math

items = "ABCD"
print("product:", ["".join(p) for p in itertools.product("ab", "xy", "12")])
print("product repeat=3:", len(list(itertools.product([0, 1], repeat=3))), list(itertools.product([0, 1], repeat=3))[:4])
print("permutations 2:", ["".join(p) for p in itertools.permutations(items, 2)])
print("permutations all count:", len(list(itertools.permutations(items))), math.perm(4))
print("combinations 2:", ["".join(c) for c in itertools.combinations(items, 2)])
print("combinations_with_replacement:", ["".join(c) for c in itertools.combinations_with_replacement("abc", 2)])

for n in range(1, 6):
    for r in range(0, n + 2):
        c = sum(1 for _ in itertools.combinations(range(n), r))
        p = sum(1 for _ in itertools.permutations(range(n), r))
        cr = sum(1 for _ in itertools.combinations_with_replacement(range(n), r))
        assert c == math.comb(n, r) and p == math.perm(n, r) and cr == math.comb(n + r - 1, r)
    print(f"n={n}: counts agree with math.comb/perm")

# truth table
print("a b c | maj")
for a, b, c in itertools.product((False, True), repeat=3):
    print(int(a), int(b), int(c), "|", int(a + b + c >= 2))

# coins summing to 30 using at most 4 coins
coins = [1, 5, 10, 25]
ways = sorted({tuple(sorted(c)) for k in range(1, 5) for c in itertools.combinations_with_replacement(coins, k) if sum(c) == 30})
print("coin ways:", ways)

# SEND+MORE style mini puzzle: AB + BA = 110 with distinct digits
sols = [(a, b) for a, b in itertools.permutations(range(1, 10), 2) if (10 * a + b) + (10 * b + a) == 110]
print("AB+BA=110:", sols)

# subsets (power set)
def powerset(seq):
    return itertools.chain.from_iterable(itertools.combinations(seq, r) for r in range(len(seq) + 1))
print("powerset:", list(powerset([1, 2, 3])))
print("subset sums to 10:", [s for s in powerset([2, 3, 5, 7, 8]) if sum(s) == 10])

# anagrams
print("anagrams of 'tea':", sorted({"".join(p) for p in itertools.permutations("tea")}))
print("unique perms of 'aab':", sorted(set(itertools.permutations("aab"))))
print("empty cases:", list(itertools.permutations([], 0)), list(itertools.combinations("ab", 3)), list(itertools.product()))
print("product of empty:", list(itertools.product("ab", [])))
