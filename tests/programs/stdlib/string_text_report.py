# string constants and str methods driving a small text-cleaning / report script.
import string

raw = """  Alice,  34, Engineer
BOB,29,designer
  carol , 41 ,  MANAGER
dave,  n/a, intern
"""
rows = []
for line in raw.splitlines():
    if not line.strip():
        continue
    name, age, role = (part.strip() for part in line.split(","))
    rows.append((name.capitalize(), int(age) if age.isdigit() else None, role.title()))
print("rows:", rows)

width = max(len(r[0]) for r in rows)
print("+" + "-" * (width + 2) + "+-----+------------+")
for name, age, role in rows:
    print(f"| {name.ljust(width)} | {str(age).rjust(3) if age is not None else '  ?'} | {role.center(10)} |")
print("+" + "-" * (width + 2) + "+-----+------------+")

password_checks = ["hunter2", "Passw0rd!", "ALLUPPER1", "short", "no digits here!"]
for pw in password_checks:
    classes = [any(c in group for c in pw) for group in
               (string.ascii_lowercase, string.ascii_uppercase, string.digits, string.punctuation)]
    print(f"{pw!r:<18} len_ok={len(pw) >= 8} classes={sum(classes)} strong={len(pw) >= 8 and all(classes)}")

def slugify(title):
    allowed = string.ascii_lowercase + string.digits + " -"
    cleaned = "".join(c for c in title.lower() if c in allowed)
    return "-".join(cleaned.split())
for title in ["Hello, World!", "  Python 3.11: What's New?  ", "A -- B"]:
    print(f"slug({title!r}) = {slugify(title)!r}")

def to_base(n, base):
    digits = string.digits + string.ascii_uppercase
    if n == 0:
        return "0"
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(digits[r])
    return "".join(reversed(out))
print("bases:", [to_base(255, b) for b in (2, 8, 16, 36)], int(to_base(123456, 36), 36))

text = "The rain in Spain stays mainly in the plain."
freq = {c: text.lower().count(c) for c in string.ascii_lowercase if c in text.lower()}
print("letter freq:", freq)
print("vowels:", sum(text.lower().count(v) for v in "aeiou"), "upper:", sum(c.isupper() for c in text))
print("zfill:", "42".zfill(5), "-42".zfill(5), "expandtabs:", repr("a\tb\tc".expandtabs(4)))
print("partition:", "key=value=x".partition("="), "rpartition:", "a.b.c".rpartition("."))
print("swapcase:", "Hello World".swapcase(), "casefold:", "Straße".casefold())
print("removeprefix/suffix:", "test_case.py".removeprefix("test_").removesuffix(".py"))
