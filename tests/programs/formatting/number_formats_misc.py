# Numbers in format(): grouping on big ints, n type, precision on g, alternate forms.
for v in [0, 7, 1000, 123456789, -987654321, 10 ** 20]:
    print(format(v, ","), format(v, "_"), format(v, "n"), format(v, "015,"), format(v, "x"), format(v, "_x"), format(v, "#_b")[:20])
for v in [0.001, 123.456, 1e5, 1e16, 12345.6789, -0.5]:
    print(format(v, ",.2f"), format(v, "_.1f"), format(v, ".4g"), format(v, "#.4g"), format(v, ".2e"), format(v, "g"), format(v, "015.3f"))
print(format(1234.5, ",g"), format(1e6, ",.0f"), format(-1e6, "+,.1f"), format(0.000001234, ".3g"), format(1e-4, "g"), format(1e-5, "g"))
print(format(100, "08.3f"), format(100, ".2e"), format(100, "%"), format(3, ".1f"), format(True, ".2f"))
