# Converting ints to digit lists in various bases and back.
def to_base(n, base):
    if n == 0:
        return "0"
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    sign = ""
    if n < 0:
        sign = "-"
        n = -n
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(digits[r])
    return sign + "".join(reversed(out))

for n in [0, 7, 255, -255, 1000, 2 ** 64 + 3, 36 ** 5 - 1]:
    row = [to_base(n, b) for b in (2, 3, 8, 16, 36)]
    print(n, row)
    for b, s in zip((2, 3, 8, 16, 36), row):
        assert int(s, b) == n
print("round trip ok")
def digit_sum(n):
    return sum(int(c) for c in str(n))
print(digit_sum(2 ** 1000), digit_sum(3 ** 500))
print(str(2 ** 100)[::-1], int(str(2 ** 100)[::-1]))
