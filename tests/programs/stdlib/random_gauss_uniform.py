# random: continuous distributions with a fixed seed (uniform, gauss, and friends).
import random

random.seed(42)
print("uniform:", [round(random.uniform(0, 10), 10) for _ in range(5)])
print("gauss:", [random.gauss(0, 1) for _ in range(4)])
print("gauss(100, 15):", [round(random.gauss(100, 15), 6) for _ in range(4)])
print("normalvariate:", random.normalvariate(0, 1), random.normalvariate(5, 2))
print("triangular:", random.triangular(0, 10), random.triangular(0, 10, 8))
print("expovariate:", random.expovariate(1.5))
print("betavariate:", random.betavariate(2, 5))
print("gammavariate:", random.gammavariate(2.0, 1.0))
print("lognormvariate:", random.lognormvariate(0, 0.5))
print("vonmisesvariate:", random.vonmisesvariate(0, 1))
print("paretovariate:", random.paretovariate(3))
print("weibullvariate:", random.weibullvariate(1, 1.5))

# Monte Carlo estimate of pi with a seeded generator
rng = random.Random(2024)
inside = 0
N = 4000
for _ in range(N):
    x, y = rng.random(), rng.random()
    if x * x + y * y <= 1:
        inside += 1
print("pi estimate:", 4 * inside / N, "inside:", inside)

# sample mean/stdev of gaussian draws (exact numbers for this seed)
random.seed(10)
draws = [random.gauss(50, 5) for _ in range(500)]
mean = sum(draws) / len(draws)
var = sum((d - mean) ** 2 for d in draws) / (len(draws) - 1)
print("mean:", round(mean, 9), "stdev:", round(var ** 0.5, 9))

# histogram of uniform draws
random.seed(77)
bins = [0] * 5
for _ in range(1000):
    bins[int(random.uniform(0, 5))] += 1
print("bins:", bins)

# all uniform values inside bounds
random.seed(5)
vals = [random.uniform(-3, 3) for _ in range(200)]
print("bounds ok:", all(-3 <= v <= 3 for v in vals), "min:", min(vals), "max:", max(vals))

# gauss state is reset by seed (gauss caches a second value)
random.seed(1)
g1 = random.gauss(0, 1)
random.seed(1)
g2 = random.gauss(0, 1)
print("gauss repeat:", g1 == g2, g1)
