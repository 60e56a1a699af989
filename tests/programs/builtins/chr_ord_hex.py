# chr, ord, hex, oct, bin, and format with various codes.
for c in "Az09 ~é€":
    print(repr(c), ord(c), hex(ord(c)), oct(ord(c)), bin(ord(c)))
print("".join(chr(i) for i in range(65, 91)), "".join(chr(i) for i in range(0x3b1, 0x3c0)))
print(chr(0), repr(chr(0)), repr(chr(127)), chr(0x10FFFF) == "\U0010ffff")
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    ord("")
except TypeError as e:
    print("TypeError:", e)
print(hex(0), hex(-1), hex(2 ** 64), oct(0), oct(-8), bin(0), bin(-5), bin(2 ** 10))
print(format(255, "x"), format(255, "o"), format(255, "b"), format(255, "#x"), format(65, "c"), format(3.5, ".2f"))
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
