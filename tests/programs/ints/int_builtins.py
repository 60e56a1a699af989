# Builtins that work on ints: hex, oct, bin, str, repr, format, divmod, sum, abs, round.
for n in [0, 5, -5, 255, -255, 4096, 2 ** 64, -(2 ** 64), 123456789]:
    print(n, hex(n), oct(n), bin(n), str(n), repr(n))
print(format(255, "x"), format(255, "#X"), format(-255, "#o"), format(5, "08b"), format(1234567, ","), format(1234567, "_"))
print(divmod(100, 7), divmod(-100, 7), divmod(100, -7), divmod(0, 3))
print(sum(range(1001)), sum([2 ** 62, 2 ** 62, 2 ** 62]), sum([], 10), sum([1, 2], -3))
print(abs(-0), abs(-17), max(range(10)), min(-3, -7))
print(str(-0), str(10 ** 25), len(str(2 ** 1000)))
