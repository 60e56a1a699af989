# More str methods with edge cases: count/replace with overlaps, split with whitespace kinds, join of one.
s = "aaa bbb  ccc\tddd\neee\r\nfff\x0bggg\x0chhh\x1cii"
print(s.split())
print(len(s.split(" ")), s.split(None, 2), s.rsplit(None, 2))
print("ababab".count("aba"), "ababab".replace("aba", "X"), "aaaa".split("aa"), "aaaa".rsplit("aa", 1))
print("-".join(["solo"]), "".join([]), ", ".join(map(str, range(5))), "ab".join("xyz"))
print("Hello".ljust(2), "Hello".rjust(2), "Hello".center(2), "Hello".zfill(2))
print("  mixed Case Words  ".strip().title().swapcase())
print("x=1;y=2;z=3".split(";"), [p.split("=") for p in "x=1;y=2".split(";")])
print("one two".split(" ", 0), "a b c".split(" ", -1), "a,b".split(",", maxsplit=0))
print("%s|%s" % ("tab\there".expandtabs(2), "é".center(5, "*")))
print("abc".startswith("abc", 0, 3), "abc".startswith("abc", 0, 2), "abc".endswith("c", -1))
print("Straße".upper(), "ǅ".lower(), "ǅ".upper(), "ǅ".title(), "ﬁ".upper(), "İ".lower() == "i̇")
print("ABC".isupper(), "AbC".isupper(), "123".isupper(), "A1".isupper(), "a1".islower(), "".islower())
