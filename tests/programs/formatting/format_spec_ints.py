# The format-spec mini-language on ints: fill, align, sign, #, 0, width, grouping, types.
n = 1234567
for spec in ["", "d", "10d", "<10d", ">10d", "^10d", "*^11d", "+d", "-d", " d", "010d", "+010d", ",", "_", "_x",
             "20,", "020,", "b", "#b", "o", "#o", "x", "#x", "X", "#X", "#010x", "c" if False else "n", "e", ".2e", "f", "%", ".1%", "=+12d", "0=12d", "_b", "#_o"]:
    print(repr(spec), "[" + format(n, spec) + "]", "[" + format(-n, spec) + "]")
for v in [0, 1, -1, 255, 65, 2 ** 64]:
    print(f"{v:d}|{v:5}|{v:<5}|{v:^7}|{v:x}|{v:#b}|{v:o}|{v:+}|{v:,}|{v:_}")
print(format(65, "c"), format(0x1F600, "c"), f"{97:c}{98:c}")
print(f"{42:>{8}}", f"{42:{'*'}^{9}}", "{:{}{}}".format(3, "<", 4) + "|")
try:
    format(5, "s")
except ValueError as e:
    print("ValueError:", e)
try:
    format(5, ",x")
except ValueError as e:
    print("ValueError:", e)
try:
    format(-1, "c")
except OverflowError as e:
    print("OverflowError:", e)
try:
    format(5, "+c")
except ValueError as e:
    print("ValueError:", e)
