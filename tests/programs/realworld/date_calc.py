"""A date calculator implemented by hand (no datetime): leap years, day-of-year, day numbers,
weekdays, adding days and months, differences, ISO weeks, and a month calendar."""

MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
MONTHS = "January February March April May June July August September October November December".split()
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def days_in_month(y, m):
    return 29 if m == 2 and is_leap(y) else MONTH_DAYS[m - 1]


class Date:
    __slots__ = ("y", "m", "d")

    def __init__(self, y, m, d):
        if not 1 <= m <= 12 or not 1 <= d <= days_in_month(y, m):
            raise ValueError(f"invalid date {y:04d}-{m:02d}-{d:02d}")
        self.y, self.m, self.d = y, m, d

    @classmethod
    def parse(cls, text):
        y, m, d = (int(p) for p in text.split("-"))
        return cls(y, m, d)

    def ordinal(self):
        """Days since 0001-01-01 (which is day 1)."""
        y = self.y - 1
        return y * 365 + y // 4 - y // 100 + y // 400 + self.day_of_year()

    @classmethod
    def from_ordinal(cls, n):
        y = (n * 400) // 146097 + 1
        while cls(y, 1, 1).ordinal() > n:
            y -= 1
        while cls(y + 1, 1, 1).ordinal() <= n:
            y += 1
        rest, m = n - cls(y, 1, 1).ordinal() + 1, 1
        while rest > days_in_month(y, m):
            rest -= days_in_month(y, m)
            m += 1
        return cls(y, m, rest)

    def day_of_year(self):
        return sum(days_in_month(self.y, k) for k in range(1, self.m)) + self.d

    def weekday(self):
        return (self.ordinal() - 1) % 7

    def __add__(self, days):
        return Date.from_ordinal(self.ordinal() + days)

    def __sub__(self, other):
        if isinstance(other, Date):
            return self.ordinal() - other.ordinal()
        return self + (-other)

    def add_months(self, n):
        total = self.y * 12 + self.m - 1 + n
        y, m = divmod(total, 12)
        return Date(y, m + 1, min(self.d, days_in_month(y, m + 1)))

    def iso_week(self):
        thursday = self + (3 - self.weekday())
        return thursday.y, (thursday.day_of_year() - 1) // 7 + 1

    def __eq__(self, other):
        return (self.y, self.m, self.d) == (other.y, other.m, other.d)

    def __lt__(self, other):
        return (self.y, self.m, self.d) < (other.y, other.m, other.d)

    def __repr__(self):
        return f"{self.y:04d}-{self.m:02d}-{self.d:02d}"


def calendar(y, m):
    lines = [f"{MONTHS[m - 1]} {y}".center(20), "Mo Tu We Th Fr Sa Su"]
    cells = ["  "] * Date(y, m, 1).weekday() + [f"{d:2d}" for d in range(1, days_in_month(y, m) + 1)]
    for i in range(0, len(cells), 7):
        lines.append(" ".join(cells[i:i + 7]))
    return "\n".join(lines)


print("leap:", [y for y in (1900, 2000, 2023, 2024, 2100, 2400) if is_leap(y)])
for text in ("2024-02-29", "2000-01-01", "1969-07-20", "2023-12-31", "1-1-1"):
    d = Date.parse(text)
    print(f"{d!r} {WEEKDAYS[d.weekday()]:<9} doy={d.day_of_year():3d} ord={d.ordinal()} week={d.iso_week()}")
start = Date(2024, 1, 31)
print("+30:", start + 30, "-366:", start - 366, "+1000:", start + 1000)
print("months:", [start.add_months(k) for k in (1, 2, 13, -2, -25)])
print("between:", Date(2024, 12, 25) - Date(2024, 1, 1), Date(2000, 1, 1) - Date(1970, 1, 1))
assert all(Date.from_ordinal(n).ordinal() == n for n in range(730000, 740000, 37))
print("sorted:", sorted([Date(2024, 5, 1), Date(1999, 12, 31), Date(2024, 1, 15)]))
print(calendar(2024, 2))
for text in ("2023-02-29", "2024-13-01", "2024-04-31"):
    try:
        Date.parse(text)
    except ValueError as exc:
        print("error:", exc)
fridays = [d for d in (Date(2024, m, 13) for m in range(1, 13)) if d.weekday() == 4]
print("friday 13ths in 2024:", fridays)
