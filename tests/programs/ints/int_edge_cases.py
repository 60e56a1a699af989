# Edge cases at the 64-bit boundary for every operator (the interpreter's fast path must overflow correctly).
MAX = 2 ** 63 - 1
MIN = -(2 ** 63)
print(MAX + 1, MIN - 1, MAX * 2, MIN * 2, MIN * -1, -MIN, abs(MIN), MIN // -1, MIN % -1, MAX - MIN)
print(MAX * MAX, MIN * MIN, MAX ** 2, (-MAX) ** 3, 2 ** 63, 2 ** 64, 3 ** 40, 3 ** 41)
print(MAX << 1, 1 << 63, MIN >> 1, MIN >> 63, MIN >> 64, ~MAX, ~MIN, MAX ^ MIN, MAX | MIN, MAX & MIN)
print(MAX + MAX - MAX == MAX, type(MAX + 1 - 1) is int, (MAX + 1) // 2, (MIN - 1) % 10)
x = 1
for i in range(100):
    x = x * 3 + 1
    x = x % (2 ** 64 + 13)
print(x)
acc = 0
for i in range(64):
    acc = acc * 2 + 1
print(acc, acc == 2 ** 64 - 1, acc + 1, -acc - 1)
print(divmod(MIN, 7), divmod(MAX, -7), divmod(MIN, MIN), divmod(MAX + 1, MAX))
print(hash(MAX), hash(MIN), hash(MAX + 1), hash(2 ** 64))
