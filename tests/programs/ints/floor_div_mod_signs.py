# Floor division and modulo take the sign of the divisor; divmod agrees with // and %.
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (0, -5), (1, 7), (-1, 7), (6, 3), (-6, 3), (6, -3)]
for a, b in pairs:
    q = a // b
    r = a % b
    assert q * b + r == a
    print(f"{a:>3} // {b:>3} = {q:>3}   {a:>3} % {b:>3} = {r:>3}   divmod = {divmod(a, b)}")
big = 10 ** 30 + 7
for d in [3, -3, 10 ** 15, -(10 ** 15), 7 ** 20]:
    print(big // d, big % d, -big // d, -big % d)
print(divmod(2 ** 100, 3), divmod(-(2 ** 100), 3))
print(-9223372036854775808 // -1)
print(-9223372036854775808 % -1)
print((-9223372036854775807 - 1) // 2, (-9223372036854775807 - 1) % 2)
