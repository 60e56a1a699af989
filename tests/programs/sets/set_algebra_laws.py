# Check set algebra identities on small int sets; print sets of ints and sorted lists.
A = {1, 2, 3, 4}
B = {3, 4, 5}
C = {4, 5, 6, 7}
print(A | (B & C) == (A | B) & (A | C), A & (B | C) == (A & B) | (A & C))
print(A - (B | C) == (A - B) & (A - C), A ^ B == (A - B) | (B - A), (A ^ B) ^ B == A)
print(A | B, A & B & C, A - B - C, (A | B | C) - (A & B & C))
U = set(range(10))
print(U - (A | B) == (U - A) & (U - B), sorted(U - A), len(U ^ C))
subsets = [set(), {1}, {1, 2}, {1, 2, 3}, {2, 3}]
print([[s <= t for t in subsets] for s in subsets])
