# Comparisons between ints, big ints, floats and bools.
vals = [-(2 ** 70), -5, -1, 0, 1, 2, 5, 2 ** 63, 2 ** 70]
for a in vals:
    row = []
    for b in vals:
        row.append("<" if a < b else ("=" if a == b else ">"))
    print("".join(row))
print(1 == 1.0, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53 + 1, 2 ** 53 + 1 > 2.0 ** 53)
print(10 ** 30 < 1e30, 10 ** 30 == 1e30, 10 ** 400 > 1e308, -(10 ** 400) < -1e308)
print(True == 1, False == 0, True < 2, 0 < True)
print(3 != 3, 3 != 4, 5 >= 5, 5 <= 4, -1 < 0 < 1, 1 < 2 < 2)
print(max(3, 7, -1), min(3, 7, -1), max(2 ** 64, 2.0 ** 64 + 4096), sorted([3, -2, 10 ** 20, 0, 2 ** 64]))
print(0 == -0, 0 == 0.0, 0 == -0.0)
print(float("inf") > 10 ** 1000, float("-inf") < -(10 ** 1000), float("nan") == 1)
