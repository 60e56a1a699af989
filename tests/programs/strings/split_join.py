# split, rsplit and join.
text = "  the quick  brown\tfox\njumps   over  "
print(text.split())
print(text.split(" "))
print("a,b,,c,".split(","), "a,b,,c,".split(",", 1), "a,b,,c,".split(",", 2), "a,b,,c,".rsplit(",", 2))
print("".split(), "".split(","), "   ".split(), "abc".split("b"), "abcabc".split("bc"))
print("1 2 3 4 5".split(" ", 2), "1 2 3 4 5".rsplit(" ", 2), "1 2 3 4 5".rsplit(maxsplit=1), "a b  c".split(maxsplit=1))
print("a::b::c".split("::"), "::".split("::"), "a-b-c".rsplit("-"), "x".split("x"))
print("one\ntwo\r\nthree".split("\n"))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
words = ["alpha", "beta", "gamma"]
print(", ".join(words), "".join(words), "-".join("abc"), " ".join([]), "|".join(["x"]))
print("\n".join(str(i) for i in range(3)))
try:
    ", ".join(["a", 1])
except TypeError as e:
    print("TypeError:", e)
csv = "name,age,city\nalice,30,paris\nbob,25,berlin"
rows = [line.split(",") for line in csv.split("\n")]
for row in rows:
    print(" | ".join(cell.ljust(6) for cell in row))
print(" ".join(reversed("one two three".split())))
