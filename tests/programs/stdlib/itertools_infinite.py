# itertools: the infinite iterators (count, cycle, repeat) tamed with islice / zip / takewhile.
import itertools
from itertools import count, cycle, repeat, islice, takewhile

print("count():", list(islice(count(), 6)))
print("count(10, 5):", list(islice(count(10, 5), 5)))
print("count(1, -0.5):", list(islice(count(1, -0.5), 5)))
print("count(2.5):", list(islice(count(2.5), 3)))

# numbering lines with count
lines = ["alpha", "beta", "gamma"]
for n, line in zip(count(1), lines):
    print(f"{n:03d}: {line}")

print("cycle:", list(islice(cycle("ABC"), 10)))
print("cycle list:", list(islice(cycle([1, 2]), 5)))
print("cycle empty:", list(islice(cycle([]), 5)))

# round-robin assignment with cycle
workers = cycle(["w1", "w2", "w3"])
tasks = [f"t{i}" for i in range(8)]
assignment = {}
for task, worker in zip(tasks, workers):
    assignment.setdefault(worker, []).append(task)
print("assignment:", assignment)

print("repeat 3:", list(repeat("x", 3)), "repeat 0:", list(repeat("y", 0)), "repeat -1:", list(repeat(1, -1)))
print("repeat in map:", list(map(pow, range(6), repeat(2))))
print("repeat unbounded:", list(islice(repeat(7), 4)))
r = repeat("z", 2)
print("repeat repr:", repr(r))

print("islice(start, stop, step):", list(islice(range(20), 2, 15, 3)))
print("islice stop None:", list(islice("abcdef", 2, None)))
print("islice from count:", list(islice(count(100), 0, 10, 4)))

squares = (n * n for n in count(1))
print("squares < 100:", list(takewhile(lambda s: s < 100, squares)))
print("next after takewhile:", next(squares))

# count as an id generator
ids = count(1000)
records = [{"id": next(ids), "name": name} for name in ["x", "y", "z"]]
print(records)
print("next id:", next(ids))
c = count(5, 3)
next(c)
print("count repr:", repr(c))

# first power of 2 over a million
first = next(n for n in count() if 2 ** n > 10 ** 6)
print("first n with 2**n > 1e6:", first)
try:
    islice(range(5), -1)
except ValueError as e:
    print("ValueError:", e)
