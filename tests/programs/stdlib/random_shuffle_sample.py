# random.shuffle and random.sample: dealing cards, splitting a dataset, reproducibly.
import random

random.seed(42)
deck = [r + s for s in "SHDC" for r in "A23456789TJQK"]
print("deck size:", len(deck), deck[:5])
random.shuffle(deck)
print("shuffled top 13:", deck[:13])
hands = [sorted(deck[i::4][:5]) for i in range(4)]
for i, hand in enumerate(hands):
    print(f"hand {i}: {hand}")
print("still a permutation:", sorted(deck) == sorted(r + s for s in "SHDC" for r in "A23456789TJQK"))

random.seed(3)
data = list(range(20))
random.shuffle(data)
split = int(len(data) * 0.75)
train, test = data[:split], data[split:]
print("train:", train)
print("test:", test)

random.seed(99)
print("sample range:", random.sample(range(1000), 6))
print("sample list:", random.sample(["ann", "bob", "cid", "dee", "eve"], 3))
print("sample str:", random.sample("abcdefgh", 4))
print("sample all:", random.sample([1, 2, 3, 4], 4))
print("sample k=0:", random.sample([1, 2, 3], 0))
print("sample counts:", random.sample(["x", "y"], counts=[3, 2], k=5))

# lottery draws: unique numbers
random.seed(2023)
for draw in range(3):
    numbers = sorted(random.sample(range(1, 50), 6))
    print(f"draw {draw}: {numbers} unique={len(set(numbers)) == 6}")

# shuffle a copy, keeping the original
random.seed(8)
original = ["a", "b", "c", "d", "e", "f"]
copy = original[:]
random.shuffle(copy)
print("original:", original, "copy:", copy)

# sampling without replacement vs with
random.seed(1)
print("without:", random.sample(range(5), 5), "with:", random.choices(range(5), k=5))

try:
    random.sample([1, 2, 3], 5)
except ValueError as e:
    print("ValueError:", e)
try:
    random.sample({1, 2, 3}, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    random.sample([1, 2], -1)
except ValueError as e:
    print("ValueError:", e)
