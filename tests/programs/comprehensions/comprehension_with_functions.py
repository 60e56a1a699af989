# Comprehensions calling functions, with walrus and conditional expressions.
def collatz_len(n):
    steps = 1
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print([collatz_len(n) for n in range(1, 16)])
print([(n, c) for n in range(1, 30) if (c := collatz_len(n)) > 15])
print(["fizz" * (n % 3 == 0) + "buzz" * (n % 5 == 0) or str(n) for n in range(1, 16)])
words = ["Alpha", "beta", "Gamma", "delta"]
print([w.lower() if w[0].isupper() else w.upper() for w in words])
print([len(w) for w in words], list(map(len, words)) == [len(w) for w in words])
print(any(collatz_len(n) > 100 for n in range(1, 50)), all(collatz_len(n) > 0 for n in range(1, 50)))
