# itertools: product, permutations, combinations and friends.
from itertools import product, permutations, combinations, combinations_with_replacement
print(list(product("ab", [1, 2])))
print(list(product([0, 1], repeat=3)))
print(list(permutations("abc")))
print(list(permutations(range(4), 2))[:6], len(list(permutations(range(5)))))
print(list(combinations("abcd", 2)))
print(list(combinations_with_replacement("ab", 3)))
print(list(combinations(range(3), 0)), list(combinations(range(3), 5)))
print(sum(1 for _ in product(range(3), range(4), range(5))))
print(["".join(p) for p in permutations("xy")])
