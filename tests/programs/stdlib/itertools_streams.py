# itertools: count, cycle, repeat, chain, islice, accumulate, groupby, zip_longest, starmap, and more.
import itertools as it
import operator
print(list(it.islice(it.count(5, 3), 4)), list(it.islice(it.cycle("ab"), 5)), list(it.repeat("x", 3)))
print(list(it.chain([1, 2], "ab", (3,))), list(it.chain.from_iterable([[1], [2, 3], []])))
print(list(it.islice(range(20), 2, 12, 3)), list(it.islice("abcdef", 2)))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([1, 2, 3], operator.mul, initial=10)))
for key, group in it.groupby("aaabccdaa"):
    print(key, list(group))
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
print({k: list(g) for k, g in it.groupby(words, key=lambda w: w[0])})
print(list(it.zip_longest("abc", [1], fillvalue="-")))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
a, b = it.tee(iter([1, 2, 3]))
print(list(a), list(b))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(it.filterfalse(lambda x: x % 2, range(6))), list(it.pairwise("abcd")))
