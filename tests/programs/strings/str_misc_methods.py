# Less common str methods: title cases, translate/maketrans, ljust with fill, str() of objects.
print("hello".title(), "HELLO".capitalize(), "x".join(["1", "2", "3"]))
table = str.maketrans("abc", "xyz")
print("aabbcc abc".translate(table))
table2 = str.maketrans({"a": "1", "b": None, "c": "333"})
print("abcabc".translate(table2))
table3 = str.maketrans("ab", "AB", "xyz")
print("axbycz".translate(table3))
print(str(5), str(-2.5), str(True), str(None), str([1, "a"]), str((1,)), str({"k": 1}), str(""), str())
print("%s" % "percent", "{}".format("format"))
print("abc".__len__(), "abc".__contains__("b"), "abc".__add__("d"), "abc".__getitem__(1))
s = "Python"
print(s.index("t"), s.upper().lower() == s.lower(), s * 2, s[1:4].upper())
