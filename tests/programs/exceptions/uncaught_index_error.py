# Uncaught IndexError inside a loop inside a function.
def last_n(items, n):
    out = []
    for i in range(n):
        out.append(items[len(items) - 1 - i])
    return out

print(last_n([1, 2, 3], 2))
print(last_n([1, 2, 3], 5))
