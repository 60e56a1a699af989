# Generator pipelines: lazy stages, infinite sources cut with islice, generator expressions.
from itertools import islice, count

def numbers():
    n = 0
    while True:
        yield n
        n += 1

def evens(source):
    return (x for x in source if x % 2 == 0)

def squares(source):
    for x in source:
        yield x * x

def running_total(source):
    total = 0
    for x in source:
        total += x
        yield total

print(list(islice(running_total(squares(evens(numbers()))), 6)))
print(sum(x for x in range(100) if x % 7 == 3))
gen = (c.upper() for c in "pipeline")
print(next(gen), next(gen), "".join(gen))
print(list(islice(count(10, 5), 4)))

def chunks(seq, size):
    for i in range(0, len(seq), size):
        yield seq[i:i + size]
print(list(chunks("abcdefgh", 3)))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print([f for f in islice(fib(), 15)])
print(max(x % 13 for x in range(50)), min((len(w), w) for w in "the quick brown fox".split()))
lazy = (1 / x for x in [1, 2, 0, 4])
print(next(lazy), next(lazy))
try:
    next(lazy)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
