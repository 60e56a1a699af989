# re flags: IGNORECASE, MULTILINE, DOTALL, VERBOSE, combined flags, inline flags, and escape.
import re

text = "Apple pie\nbanana split\nCherry tart\napple crumble"
print("no flag:", re.findall(r"apple", text))
print("IGNORECASE:", re.findall(r"apple", text, re.IGNORECASE), re.findall(r"APPLE", text, re.I))
print("^ without M:", re.findall(r"^\w+", text))
print("^ with M:", re.findall(r"^\w+", text, re.MULTILINE))
print("$ with M:", re.findall(r"\w+$", text, re.M))
print("combined I|M:", re.findall(r"^[a-c]\w+", text, re.I | re.M))
print(". without S:", re.search(r"pie.banana", text), "with S:", re.search(r"pie.banana", text, re.DOTALL).group(0).replace("\n", "\\n"))
print("inline (?i):", re.findall(r"(?i)cherry", text), "inline (?m):", len(re.findall(r"(?m)^", text)))
print("flags value:", re.compile("x", re.I | re.M).flags & (re.I | re.M) == (re.I | re.M))

number_re = re.compile(r"""
    ^\s*
    (?P<sign>[-+])?        # optional sign
    (?P<int>\d+)           # integer part
    (?:\.(?P<frac>\d+))?   # optional fraction
    (?:[eE](?P<exp>[-+]?\d+))?  # optional exponent
    \s*$
""", re.VERBOSE)
for s in ["42", " -3.14 ", "+6.02e23", "1e-9", "abc", "3.", ".5"]:
    m = number_re.match(s)
    print(f"{s!r:<11}", m.groupdict() if m else "invalid")

html = "<b>bold</b> and <i>italic\ntext</i>"
print("greedy:", re.findall(r"<.+>", html))
print("lazy:", re.findall(r"<.+?>", html))
print("lazy DOTALL:", re.findall(r"<i>(.+?)</i>", html, re.S))

specials = ["a.b", "1+1=2", "(x)", "$5.00", "C:\\path", "[tag]", "a*b?"]
for s in specials:
    pat = re.escape(s)
    print(f"escape({s!r}) = {pat!r} matches itself: {bool(re.fullmatch(pat, s))}")
words = ["c++", "c#", "f(x)"]
alt = re.compile("|".join(map(re.escape, words)))
print("escaped alternation:", alt.findall("I use c++ and c# and f(x) daily"))

print("ASCII \\w:", re.findall(r"\w+", "naïve café", re.ASCII), "unicode \\w:", re.findall(r"\w+", "naïve café"))
print("case-insensitive sub:", re.sub(r"python", "Py", "Python python PYTHON", flags=re.I))
print("split M:", re.split(r"\n(?=[A-Z])", text))
print("flags in compile repr:", re.compile(r"ab", re.I | re.S).pattern, bool(re.compile(r"ab", re.I).match("AB")))
print("IGNORECASE with class:", re.findall(r"[a-c]+", "ABCabcXYZ", re.I))
print("DOTALL count:", len(re.findall(r".", "a\nb")), len(re.findall(r".", "a\nb", re.S)))
