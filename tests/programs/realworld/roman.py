"""Roman numeral conversion both ways with strict validation, round-trip checks over the whole
range, arithmetic on numerals and a small Roman int subclass."""
import re

PAIRS = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
VALID = re.compile(r"^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")
VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


class RomanError(ValueError):
    pass


def to_roman(n):
    if not isinstance(n, int) or isinstance(n, bool):
        raise TypeError(f"expected int, got {type(n).__name__}")
    if not 0 < n < 4000:
        raise RomanError(f"{n} is out of range (1..3999)")
    out = []
    for value, symbol in PAIRS:
        count, n = divmod(n, value)
        out.append(symbol * count)
    return "".join(out)


def from_roman(s):
    s = s.strip().upper()
    if not s or not VALID.match(s):
        raise RomanError(f"invalid numeral {s!r}")
    total = 0
    for a, b in zip(s, s[1:] + " "):
        v = VALUES[a]
        total += -v if b != " " and VALUES[b] > v else v
    return total


class Roman(int):
    def __new__(cls, value):
        if isinstance(value, str):
            value = from_roman(value)
        to_roman(value)
        return super().__new__(cls, value)

    def __str__(self):
        return to_roman(int(self))

    def __repr__(self):
        return f"Roman({to_roman(int(self))!r})"

    def __add__(self, other):
        return Roman(int(self) + int(other))

    def __sub__(self, other):
        return Roman(int(self) - int(other))

    def __mul__(self, other):
        return Roman(int(self) * int(other))


for n in (1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3888, 3999):
    print(f"{n:>5} -> {to_roman(n)}")
for s in ("XIV", "mcmxciv", " MMXXIV ", "IIII", "VX", "IC", "MMMM", "", "XLII", "CDXLIV", "ABC"):
    try:
        print(f"{s!r:>12} -> {from_roman(s)}")
    except RomanError as exc:
        print(f"{s!r:>12} -> error: {exc}")
for bad in (0, 4000, -5, 2.5, True, "12"):
    try:
        to_roman(bad)
    except (RomanError, TypeError) as exc:
        print(f"to_roman({bad!r}): {type(exc).__name__}: {exc}")
assert all(from_roman(to_roman(n)) == n for n in range(1, 4000))
lengths = [len(to_roman(n)) for n in range(1, 4000)]
longest = max(range(1, 4000), key=lambda n: len(to_roman(n)))
print("round trip ok; longest:", longest, to_roman(longest), "total chars:", sum(lengths))
a, b = Roman("XLII"), Roman(8)
print(a, b, a + b, a - b, repr(a * b), a + 1, int(a) // 5, isinstance(a, int), sorted([a, b, Roman("C")]))
try:
    b - a
except RomanError as exc:
    print("error:", exc)
print({str(Roman(y)): y for y in (1666, 1776, 1984)})
