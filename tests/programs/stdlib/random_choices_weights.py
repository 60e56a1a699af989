# random.choices with weights, cum_weights and k; a seeded loot-table simulation.
import random

random.seed(42)
print("choices k=10:", random.choices("abc", k=10))
print("weights:", random.choices(["red", "green", "blue"], weights=[10, 1, 1], k=8))
print("cum_weights:", random.choices(range(4), cum_weights=[1, 2, 3, 10], k=8))
print("single:", random.choices([1, 2, 3]))
print("float weights:", random.choices("xy", weights=[0.25, 0.75], k=12))

loot = {"common": 70, "uncommon": 20, "rare": 8, "legendary": 2}
random.seed(7)
drops = random.choices(list(loot), weights=list(loot.values()), k=200)
tally = {name: drops.count(name) for name in loot}
print("loot tally:", tally, sum(tally.values()))

# weighted coin with a Random instance
rng = random.Random(123)
flips = "".join(rng.choices("HT", weights=[3, 1], k=40))
print("flips:", flips, "heads:", flips.count("H"))

# zero weight never chosen
random.seed(5)
picked = set(random.choices(["never", "always"], weights=[0, 1], k=50))
print("zero weight:", sorted(picked))

# random walk driven by choices
random.seed(11)
pos, path = 0, []
for step in random.choices([-1, 1], k=30):
    pos += step
    path.append(pos)
print("walk:", path)
print("min/max/final:", min(path), max(path), path[-1])

# errors
random.seed(0)
for kwargs in [dict(weights=[1, 2]), dict(weights=[1, 2, 3], cum_weights=[1, 2, 3])]:
    try:
        random.choices("abc", **kwargs)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    random.choices([], k=1)
except IndexError as e:
    print("IndexError", e)
try:
    random.choices("ab", weights=[0, 0], k=2)
except ValueError as e:
    print("ValueError", e)
print("k=0:", random.choices("abc", k=0))
