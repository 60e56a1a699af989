# random with a fixed seed gives CPython's Mersenne Twister sequence exactly.
import random
random.seed(42)
print(random.random(), random.random())
print(random.randint(1, 100), random.randrange(0, 100, 5), random.randrange(10))
print(random.choice("abcdef"), random.choice([10, 20, 30]))
items = list(range(10))
random.shuffle(items)
print(items)
print(random.sample(range(100), 5), random.sample("xyz", 3))
print([round(random.uniform(1, 2), 10) for _ in range(3)])
print(random.choices(["a", "b", "c"], weights=[1, 5, 10], k=8))
print(round(random.gauss(0, 1), 10), round(random.gauss(10, 2), 10))
random.seed("text seed")
print(random.random())
random.seed(0)
a = [random.random() for _ in range(3)]
random.seed(0)
b = [random.random() for _ in range(3)]
print(a == b, random.getrandbits(16))
r = random.Random(7)
print(r.randint(0, 9), r.random())
