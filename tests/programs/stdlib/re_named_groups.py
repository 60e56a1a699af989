# re: named groups, groupdict, backreferences in patterns, alternation and optional groups.
import re

date_re = re.compile(r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?:T(?P<hour>\d{2}):(?P<minute>\d{2}))?")
for s in ["2024-02-29", "1999-12-31T23:59", "not a date", "2000-01-01T7:00"]:
    m = date_re.match(s)
    if m:
        print(f"{s!r}: groupdict={m.groupdict()} default={m.groupdict('-')}")
        print("   year", m.group("year"), "month", m["month"], "span(day)", m.span("day"), "end", m.end())
    else:
        print(f"{s!r}: no match")
print("groupindex:", dict(date_re.groupindex))

email_re = re.compile(r"(?P<user>[\w.+-]+)@(?P<domain>[\w-]+(?:\.[\w-]+)+)")
text = "Contact ann.lee@example.com, bob+tag@mail.co.uk or invalid@host and carol@sub.domain.org."
for m in email_re.finditer(text):
    print("email:", m.group("user"), "at", m.group("domain"), m.span())

print("doubled words:", re.findall(r"\b(\w+) \1\b", "this is is a test test of the the regex"))
print("repeated chars:", [m.group(0) for m in re.finditer(r"(.)\1+", "bookkeeper aaa xyz")])
print("named backref:", re.sub(r"(?P<q>['\"])(?P<body>.*?)(?P=q)", r"<\g<body>>", "say 'hi' and \"bye\""))
print("palindromic 5:", bool(re.fullmatch(r"(.)(.).\2\1", "radar")), bool(re.fullmatch(r"(.)(.).\2\1", "rebar")))

phone_re = re.compile(r"^\(?(\d{3})\)?[-. ]?(\d{3})[-. ]?(\d{4})$")
for p in ["(555) 123-4567", "555.123.4567", "5551234567", "55-123-4567"]:
    m = phone_re.match(p)
    print(f"{p:<16} ->", "-".join(m.groups()) if m else None)

m = re.match(r"(a)(b)?(c)", "ac")
print("optional group:", m.groups(), m.groups("none"), m.group(2), m.span(2))
m = re.match(r"(?P<first>\w+) (?P<last>\w+)", "Jane Doe extra")
print("expand:", m.expand(r"\g<last>, \g<first>"), m.expand(r"\2 \1"), "string:", m.string, "pos:", m.pos)
print("lastgroup:", m.lastgroup, "re.groups:", m.re.groups)
print("alternation:", re.findall(r"cat|dog|bird", "dog cat fish bird catdog"))
print("non-capturing:", re.findall(r"(?:ab)+", "ababab abc ab"), re.findall(r"(ab)+", "ababab abc ab"))
print("multiple groups findall:", re.findall(r"(\w)(\d)", "a1 b2 c3"))
print("lookbehind:", re.findall(r"(?<=\$)\d+", "cost $30, tax $4, total 34"))
print("negative lookahead:", re.findall(r"\b\w+\b(?!\()", "f(x) + g(y) - z"))
try:
    re.compile(r"(?P<n>a)(?P<n>b)")
except re.error as e:
    print("re.error:", e)
try:
    re.compile(r"(unclosed")
except re.error as e:
    print("re.error:", e.msg, "at", e.pos)
