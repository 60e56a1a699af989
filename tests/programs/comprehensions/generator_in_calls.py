# Generator expressions as sole call arguments, with sum/min/max/sorted/"".join and early exit.
data = [("a", 3), ("b", 7), ("c", 1), ("d", 9), ("e", 4)]
print(sum(v for _, v in data), min(v for _, v in data), max(k for k, _ in data))
print(sorted(k for k, v in data if v > 2), "".join(k.upper() for k, _ in data))
print(list(k * v for k, v in data if v < 5), tuple(v % 3 for _, v in data))
print(any(v == 9 for _, v in data), all(isinstance(v, int) for _, v in data))
print(next(k for k, v in data if v > 5), next((k for k, v in data if v > 50), "none"))
print(sum(x * y for x in range(10) for y in range(x)), sum(1 for _ in range(1000)))
