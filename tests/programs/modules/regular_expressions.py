import re
m = re.match(r"(?P<word>\w+)\s+(\d+)", "hello 42 world")
print(m, m.group(), m.group(1), m.group("word"), m.groups(), m.span(2), m.groupdict(), m[2], m.lastindex)
print(re.search(r"\d+", "abc 123 def 45").group(), re.findall(r"\d+", "a1b22c333"), re.findall(r"(\w)(\d)", "a1 b2"))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@home you@work"), re.sub(r"\s+", " ", "a   b \n c"), re.subn("a", "b", "aaa", count=2))
print(re.split(r"[,;]\s*", "a, b;c,d"), re.split(r"(,)", "a,b"), re.split(r"\W+", "Words, words, words.", maxsplit=1))
print(re.fullmatch(r"\d{2,}", "123"), re.fullmatch(r"\d{2,}", "1"), re.compile(r"x{,2}").match("xxx"))
p = re.compile(r"^(\w+)=(.*)$", re.M)
print([m.groups() for m in p.finditer("a=1\nb=2\n")], p.pattern, p.groups)
print(re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2c3"), re.escape("a.b*c"), bool(re.search("HELLO", "hello", re.I)))
print(re.match(r"(a)|(b)", "b").groups(), re.match(r"(a)|(b)", "b").groups("-"), re.sub(r"(?P<x>a)", r"\g<x>\g<1>!", "cat"))
try:
    re.compile("(")
except re.error as e:
    print("error")
