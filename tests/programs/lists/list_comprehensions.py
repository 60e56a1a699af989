# List comprehensions with conditions, nesting, and scoping of the loop variable.
print([x * x for x in range(10)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[x * y for y in range(4)] for x in range(3)])
print([c.upper() for c in "hello" if c != "l"])
print([x if x % 2 else -x for x in range(8)])
x = "outer"
print([x for x in range(3)], x)
words = ["apple", "Banana", "cherry", "date"]
print([w[0] for w in words], [len(w) for w in words if w.islower()])
print([n for n in range(2, 50) if all(n % d for d in range(2, n))])
pairs = [(a, b, c) for a in range(1, 21) for b in range(a, 21) for c in range(b, 21) if a * a + b * b == c * c]
print(pairs)
