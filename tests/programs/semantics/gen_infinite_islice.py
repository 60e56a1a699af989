# Infinite generators consumed with itertools.islice, takewhile, dropwhile.
from itertools import islice, takewhile, dropwhile, count, cycle, accumulate

def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1

def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n

def collatz(n):
    while True:
        yield n
        if n == 1:
            return
        n = n // 2 if n % 2 == 0 else 3 * n + 1

print(list(islice(naturals(), 5)))
print(list(islice(naturals(10), 2, 12, 3)))
print(list(islice(fibonacci(), 15)))
print(list(islice(primes(), 20)))
print(list(takewhile(lambda x: x < 100, fibonacci())))
print(list(islice(dropwhile(lambda p: p < 50, primes()), 5)))
print(list(collatz(27))[:12], len(list(collatz(27))))

# the same generator object continues where islice stopped
fib = fibonacci()
print(list(islice(fib, 5)), list(islice(fib, 5)))

# zip stops with the shortest, infinite partners are fine
print(list(zip("abcd", naturals(1), cycle([True, False]))))
print(list(islice(accumulate(naturals(1)), 8)))
print(dict(zip(count(), "xyz")))

def squares_of(gen):
    for v in gen:
        yield v * v

def evens(gen):
    return (v for v in gen if v % 2 == 0)

print(list(islice(squares_of(evens(naturals())), 6)))
print(next(p for p in primes() if p > 1000))
print(sum(islice(primes(), 100)))

def repeat_each(gen, k):
    for v in gen:
        for _ in range(k):
            yield v

print("".join(islice(repeat_each(cycle("abc"), 2), 13)))
