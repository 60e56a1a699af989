# center/ljust/rjust/zfill/expandtabs.
for w in ["a", "ab", "abc", "abcdef"]:
    print("[" + w.center(7) + "][" + w.center(8, "*") + "][" + w.ljust(6, ".") + "][" + w.rjust(6, "-") + "]")
print("[" + "x".center(0) + "]", "[" + "odd".center(6) + "]", "[" + "even".center(7) + "]", "[" + "ab".center(5, "#") + "]")
for n in ["42", "-42", "+42", "3.14", "", "abc", "-", "0042"]:
    print(repr(n), n.zfill(6), n.zfill(1))
print("a\tb\tc".expandtabs(), "a\tb\tc".expandtabs(4), "ab\tcd\n\tx".expandtabs(3), "\t".expandtabs(0))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
table = [("apples", 3, 1.5), ("kiwis", 12, 0.25), ("watermelon", 1, 4.0)]
for name, qty, price in table:
    print(name.ljust(12) + str(qty).rjust(4) + str(price).rjust(8))
