from fractions import Fraction as F
a = F(3, 4); b = F("1/6"); c = F(0.5); d = F("1.25e1")
print(a, b, c, d, repr(a), a + b, a - b, a * b, a / b, a // b, a % b, a ** 2, a ** -1, -a, abs(-a))
print(a == F(6, 8), a < b, a > 0.5, a + 1, 1 - a, a * 2.0, float(a), int(F(-7, 2)), round(F(5, 2)), round(F(7, 2)), round(F(22, 7), 2))
print(hash(F(1, 2)) == hash(0.5), hash(F(4, 1)) == hash(4), F(355, 113).limit_denominator(10), F(3.14159).limit_denominator(1000))
print(sum([F(1, n) for n in range(1, 6)]), sorted([F(1, 3), F(1, 4), F(1, 2)]), F(10, -4), F(-3).numerator, F(2, 6).denominator)
