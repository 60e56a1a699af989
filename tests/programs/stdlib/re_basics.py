# re: match, search, fullmatch, groups, named groups, findall, finditer, span.
import re
m = re.match(r"(\w+)@(\w+)\.com", "ann@example.com is here")
print(m.group(0), m.group(1), m.group(2), m.groups(), m.span(), m.start(2), m.end(2))
print(re.match(r"\d+", "abc123"), re.search(r"\d+", "abc123").group())
print(bool(re.fullmatch(r"[a-z]+", "abc")), re.fullmatch(r"[a-z]+", "abc1"))
date = re.search(r"(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)", "due 2024-03-15.")
print(date.group("year"), date["month"], date.groupdict(), date.lastgroup)
print(re.findall(r"\d+", "a1b22c333"), re.findall(r"(\w)=(\d)", "a=1, b=2"), re.findall(r"x*", "axx"))
for m in re.finditer(r"[A-Z]\w*", "Alice met Bob in Paris"):
    print(m.group(), m.span())
pattern = re.compile(r"(?i)hello")
print(pattern.search("Say HELLO").group(), pattern.pattern, bool(pattern.match("hello world")))
print(re.match(r"(a)(b)?", "a").groups(), re.match(r"(a)(b)?", "a").groups("-"))
print(re.search(r"^\s*$", "   ") is not None, re.search(r"colou?r", "my color").group())
