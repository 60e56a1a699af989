# Counting and grouping with plain dicts.
text = "the rain in spain falls mainly on the plain in the rain"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
groups = {}
for w in text.split():
    groups.setdefault(len(w), []).append(w)
for n in sorted(groups):
    print(n, groups[n])
inverted = {}
for k, v in counts.items():
    inverted.setdefault(v, []).append(k)
print(inverted)
letters = {}
for ch in text:
    if ch != " ":
        letters[ch] = letters.get(ch, 0) + 1
top = sorted(letters, key=lambda c: (-letters[c], c))[:5]
print(top, [letters[c] for c in top])
matrix = {}
for i in range(4):
    for j in range(4):
        if (i + j) % 3 == 0:
            matrix[(i, j)] = i * 10 + j
print(matrix)
print(sum(matrix.values()), max(matrix), min(matrix, key=matrix.get))
