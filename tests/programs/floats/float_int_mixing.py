# Mixed int/float arithmetic promotes to float; big ints convert exactly when representable.
print(1 + 1.0, 2 * 0.5, 3 - 1.5, 7 // 2.0, 7 % 2.5, -7 // 2.0, 2 ** 10 * 1.0)
print(10 ** 15 + 0.5, 10 ** 16 + 0.5, 2 ** 63 + 0.0, -(2 ** 63) - 0.0)
print(True + 0.5, False * 1.5, True / 4)
for i in range(-3, 4):
    print(i, i / 2, i // 2, i * 0.25, float(i) ** 2, i ** 2.0)
print(3 * (1 / 3), 1 / 3 * 3, 49 * (1 / 49), 1 / 49 * 49)
print(1e15 + 0.3, 1e16 + 1.0, 0.1 * 10 == 1.0, 0.1 * 3 == 0.3)
