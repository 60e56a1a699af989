# random: after seed(42) the exact CPython sequence, for every basic call.
import random

random.seed(42)
print("random:", [random.random() for _ in range(5)])
print("randint:", [random.randint(1, 6) for _ in range(12)])
print("randrange:", [random.randrange(10) for _ in range(8)], random.randrange(5, 50, 5), random.randrange(-10, 10))
print("choice:", random.choice("abcdefg"), random.choice([10, 20, 30]), random.choice(range(100)))
print("uniform:", random.uniform(1.0, 2.0), random.uniform(10, -10))
print("getrandbits:", random.getrandbits(8), random.getrandbits(32), random.getrandbits(64), random.getrandbits(100))

# reseeding repeats the sequence
random.seed(42)
a = [random.random() for _ in range(3)]
random.seed(42)
b = [random.random() for _ in range(3)]
print("repeatable:", a == b, a)

# different seed types
for seed in [0, 1, 12345, 2 ** 64 + 7, -3, "spam", b"bytes", 3.5]:
    try:
        random.seed(seed)
        print(f"seed {seed!r}: {random.random()!r} {random.randint(0, 1000)}")
    except TypeError as e:
        print(f"seed {seed!r}: TypeError")

# independent generators
r1 = random.Random(7)
r2 = random.Random(7)
print("two Random(7):", [r1.randint(0, 99) for _ in range(5)], [r2.randint(0, 99) for _ in range(5)])
r3 = random.Random()
r3.seed(99)
print("Random().seed(99):", r3.random(), r3.randrange(1000))

# getstate / setstate
random.seed(2024)
state = random.getstate()
first = [random.randint(0, 9) for _ in range(10)]
random.setstate(state)
second = [random.randint(0, 9) for _ in range(10)]
print("state restore:", first == second, first)

# dice histogram
random.seed(1)
counts = [0] * 7
for _ in range(600):
    counts[random.randint(1, 6)] += 1
print("dice counts:", counts[1:], sum(counts))

try:
    random.randrange(5, 5)
except ValueError as e:
    print("ValueError:", e)
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
try:
    random.randint(3, 1)
except ValueError as e:
    print("ValueError:", e)
