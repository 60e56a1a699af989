# strip family and replace.
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixx".strip("x")), repr("abcHELLOcba".strip("abc")), repr("...a.b...".lstrip(".")), repr("...a.b...".rstrip(".")))
print(repr("".strip()), repr("   ".strip()), repr("abc".strip("")), repr("aaa".strip("a")))
print(repr("www.example.com".strip("cmowz.")))
print("hello hello hello".replace("hello", "bye"), "hello hello hello".replace("hello", "bye", 2))
print("aaaa".replace("a", "b", 0), "aaaa".replace("aa", "b"), "abc".replace("", "-"), "abc".replace("", "-", 2))
print("banana".replace("an", "AN"), "banana".replace("x", "y"), "".replace("", "z"), "abc".replace("abc", ""))
print("a.b.c".replace(".", ""), "tab\there".replace("\t", "    "), "mississippi".replace("ss", "SS", 1))
print("hello".removeprefix("he"), "hello".removeprefix("x"), "hello".removesuffix("lo"), "hello".removesuffix("he"))
