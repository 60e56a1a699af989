# True division of ints always gives a float, correctly rounded, even for big ints.
print(1 / 2, 1 / 3, 2 / 3, -1 / 3, 10 / 5, 7 / -2, 0 / 5, -0 / 5)
print(10 ** 20 / 3, 2 ** 64 / 2 ** 32, (2 ** 100 + 1) / 2 ** 100, 10 ** 400 // 10 ** 399 / 7)
print(10 ** 300 / 10 ** 290, 1 / 10 ** 300, 123456789 / 1000)
try:
    print(10 ** 400 / 3)
except OverflowError as e:
    print("OverflowError:", e)
for n in range(1, 12):
    print(n, 1 / n, 22 / n)
try:
    1 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1 // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
