# Ends with an uncaught exception raised inside a list comprehension.
words = ["alpha", "beta", "gamma", "delta", "epsilon"]
lengths = [len(w) for w in words]
print(lengths)
print([w[::-1] for w in words if len(w) > 4])
print({w[0]: w for w in words})
print([[c for c in w if c in "aeiou"] for w in words[:3]])

matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i, row in enumerate(matrix)])
print([[row[j] for row in matrix] for j in range(3)])

def index_of(letter):
    return [w.index(letter) for w in words[:3]]

print(index_of("a"))
try:
    index_of("z")
except ValueError as e:
    print("caught:", e)

lookup = {"alpha": 1, "beta": 2, "gamma": 3}
print([lookup.get(w, 0) for w in words])
print(sum(lookup[w] for w in words if w in lookup))
print("now indexing past the end of a row")
print([row[k] for row in matrix for k in (0, 2, 3)])
