# frozenset: hashable, usable as dict key and set member; mixed operations keep the left type.
f = frozenset([3, 1, 2, 3])
print(f, len(f), 2 in f, hash(f) == hash(frozenset({1, 2, 3})))
print(f | {4}, type(f | {4}).__name__, {4} | f, type({4} | f).__name__, f & {1, 9}, f - {1}, f ^ {1, 10})
s = {frozenset({1, 2}), frozenset({2, 1}), frozenset({3})}
print(len(s), sorted(sorted(x) for x in s))
d = {frozenset(): "empty", frozenset({1}): "one"}
print(d[frozenset()], d[frozenset([1])])
print(frozenset(), frozenset(range(5)), frozenset("aab") == frozenset("ab"), frozenset({1}) == {1})
try:
    f.add(5)
except AttributeError as e:
    print("AttributeError:", e)
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError:", e)
try:
    {{1}}
except TypeError as e:
    print("TypeError:", e)
