# Basic int arithmetic: + - * / // % ** and unary operators.
a = 17
b = 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(-a, +a, -(-a), ~a, ~-a)
print(b - a, b * -a, -a // b, -a % b)
values = [0, 1, -1, 7, -7, 100, -100, 12345, -12345]
for x in values:
    for y in [1, -1, 3, -3, 10, -10]:
        print(x, y, x + y, x - y, x * y, x // y, x % y)
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, (-2) ** 2)
print(10 - 2 - 3, 100 // 10 // 3, 2 * 3 % 4, 7 % 4 * 3)
print(1 + True, True + True, False * 10, True / 2)
total = 0
for i in range(1, 101):
    total += i * i
print("sum of squares", total)
