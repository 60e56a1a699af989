# range: negative steps, len, indexing, slicing, membership, equality, repr, errors.
for r in [range(5), range(2, 10), range(0, 10, 3), range(10, 0, -1), range(10, 0, -3), range(-5, 5, 2), range(5, 5), range(5, 0), range(0, -10, -4)]:
    print(r, list(r), len(r), bool(r))
r = range(3, 50, 7)
print(r[0], r[-1], r[2], r[1:4], r[::-1], r[::2], list(r[::-2]), r.index(24), r.count(24), r.count(25))
print(24 in r, 25 in r, 3 in r, 50 in r, -4 in r, 10 in range(10), 9 in range(10))
print(range(0) == range(5, 5), range(0, 3) == range(0, 3, 1), range(1, 10, 3) == range(1, 11, 3), range(2) == [0, 1])
print(range(10).start, range(2, 10, 3).stop, range(2, 10, 3).step, range(0, 2 ** 70, 2 ** 60)[-1])
try:
    print(len(range(0, 2 ** 70, 3)))
except OverflowError as e:
    print("OverflowError:", e)
print(list(range(-3)), list(range(-3, 0)), sum(range(101)), max(range(7)), min(range(3, 9)))
try:
    range(1, 10, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(5)[5]
except IndexError as e:
    print("IndexError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    range(5).index(7)
except ValueError as e:
    print("ValueError:", e)
print(hash(range(3)) == hash(range(0, 3)), list(reversed(range(1, 8, 2))))
