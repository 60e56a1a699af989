# startswith/endswith with strings, tuples and ranges.
names = ["test_one.py", "main.py", "README.md", "test_two.txt", "setup.cfg", ""]
for n in names:
    print(repr(n), n.startswith("test"), n.endswith(".py"), n.endswith((".md", ".cfg")), n.startswith(("main", "setup")))
s = "hello world"
print(s.startswith("world", 6), s.startswith("hello", 1), s.endswith("hello", 0, 5), s.endswith("o", 0, 5), s.startswith(""), s.endswith(""))
print(s.startswith(("x", "y", "h")), s.endswith(()), s.startswith("lo", -8), s.endswith("wor", 0, -2))
try:
    s.startswith(["hello"])
except TypeError as e:
    print("TypeError:", e)
