# enumerate, zip, map, filter, reversed as iterators: chaining and laziness observed via side effects.
log = []
def trace(x):
    log.append(x)
    return x * 10
m = map(trace, [1, 2, 3])
print(log)
first = next(m)
print(first, log)
print(list(m), log)
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(str.isdigit, "a1b2c3")))
print(list(zip()), list(zip([1])), list(zip([1, 2], [3, 4], [5, 6])), list(map(pow, [2, 3], [3, 2])))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(0, 10, 3))), list(reversed((1, 2))))
print(list(enumerate([])), list(enumerate("ab", start=-1)))
pipeline = map(lambda x: x * x, filter(lambda x: x % 2, range(10)))
print(list(pipeline))
words = ["b", "a", "c"]
for i, (w, n) in enumerate(zip(words, reversed(range(3)))):
    print(i, w, n)
