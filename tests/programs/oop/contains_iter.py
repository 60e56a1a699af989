# __contains__, __iter__/__next__, exhausted iterators, iter() with a sentinel, and `in` fallbacks.
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

c = Countdown(3)
print(list(c), list(c))
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)

class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __iter__(self):
        yield from self.items
    def __contains__(self, x):
        print(f"  contains({x!r})")
        return x in self.items or x == "*"

b = Bag(1, 2, 3)
print(2 in b, 9 in b, "*" in b, 5 not in b)
print(list(b), sorted(b, reverse=True), sum(b), tuple(zip(b, "abc")))
i1, i2 = iter(b), iter(b)
print(next(i1), next(i1), next(i2))

class IterOnly:
    def __iter__(self):
        return iter([10, 20, 30])

print(20 in IterOnly(), 25 in IterOnly(), max(IterOnly()), dict.fromkeys(IterOnly(), 0))

class Bad:
    def __iter__(self):
        return 5
try:
    iter(Bad())
except TypeError as e:
    print(type(e).__name__, e)
try:
    for _ in 5:
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    3 in 5
except TypeError as e:
    print(type(e).__name__, e)

data = iter([1, 2, 3, 0, 4, 5])
print(list(iter(lambda: next(data), 0)), list(data))

class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b
print(list(Fib(100)), 21 in Fib(100), 22 in Fib(100))
print(list(enumerate(Fib(10), 1)), list(map(str, Fib(5))))
