# re: sub with backreferences and functions, subn, split with groups and maxsplit, flags, escape.
import re
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world, good day"))
print(re.sub(r"(?P<n>\d+)", r"<\g<n>>", "a1b23"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "3 apples and 12 pears"))
print(re.subn(r"o", "0", "foo boo"), re.sub(r"a", "b", "aaaa", count=2))
print(re.split(r"[,;]\s*", "a, b;c,  d"), re.split(r"(,)", "a,b"), re.split(r"\s+", "a b  c d", maxsplit=2))
text = """first line
second Line
third"""
print(re.findall(r"^\w+", text, re.MULTILINE), re.findall(r"line", text, re.IGNORECASE))
print(re.search(r"first.*third", text, re.DOTALL) is not None, re.search(r"first.*third", text))
verbose = re.compile(r"""
    (\d{3})   # area
    [-.]?
    (\d{4})   # number
""", re.VERBOSE)
print(verbose.match("555-1234").groups())
print(re.escape("a.b*c"), re.findall(re.escape("1+1"), "1+1=2, 1+1"))
print(re.sub(r"\s+", " ", "  lots   of   space  ").strip())
try:
    re.compile(r"(unclosed")
except re.error as e:
    print("re.error:", e)
