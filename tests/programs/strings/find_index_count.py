# find/rfind/index/rindex/count, with start and end arguments.
s = "the cat sat on the mat with the hat"
for sub in ["the", "at", "cat", "dog", "", "t"]:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub))
print(s.find("the", 1), s.find("the", 1, 10), s.find("the", -10), s.rfind("the", 0, 20), s.rfind("at", -5))
print(s.index("sat"), s.rindex("at"), s.count("a", 10), s.count("a", 10, 20), s.count("a", -5))
print("aaaa".count("aa"), "aaaa".find("aa", 3), "".find(""), "abc".find("", 5), "abc".rfind(""), "abc".count(""))
try:
    s.index("dog")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("zzz")
except ValueError as e:
    print("ValueError:", e)
pos = s.find("at")
found = []
while pos != -1:
    found.append(pos)
    pos = s.find("at", pos + 1)
print(found)
