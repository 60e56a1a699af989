# Sets for deduplication while preserving first-seen order, and fast membership checks.
words = "to be or not to be that is the question to ask".split()
seen = set()
unique = []
for w in words:
    if w not in seen:
        seen.add(w)
        unique.append(w)
print(unique, len(seen))
stop = frozenset({"to", "be", "or", "the", "is"})
print([w for w in words if w not in stop])
evens = set(range(0, 100, 2))
squares = {n * n for n in range(10)}
print(sorted(evens & squares), len(evens | squares), 64 in squares, 65 in squares)
print(sorted(set("hello") & set("world")), sorted(set("hello") ^ set("world")))
