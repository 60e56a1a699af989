# Converting between numbers and strings: str/int/float round trips, digit checks, padding.
for n in [0, 7, -42, 10 ** 18, -(2 ** 70)]:
    s = str(n)
    print(repr(s), len(s), int(s) == n, s.lstrip("-").isdigit(), s.zfill(8))
for f in [0.5, -1.25, 1e-7, 123456.789, 1e22]:
    s = str(f)
    print(repr(s), float(s) == f, s.replace(".", ",") if "e" not in s else s.upper())
digits = "".join(str(d) for d in range(10))
print(digits, int(digits), int(digits[::-1]), sum(int(c) for c in digits))
print(str(3) + str(4), int("3") + int("4"), "3" * 4, int("3" * 4))
print("{:>8}|{:<8}|{:^8}".format(str(12), str(-3.5), str(True)))
