"""Dates and times: date, time, datetime, timedelta and fixed-offset timezones, in the proleptic
Gregorian calendar. Days are counted as ordinals (1 = 0001-01-01), times as microseconds."""

import time as _time

MINYEAR = 1
MAXYEAR = 9999

_DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [0]
for _n in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_DAYS_BEFORE_MONTH[-1] + _n)
del _n
_MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December"]
_DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_US_PER_SECOND = 1000000
_US_PER_DAY = 86400 * _US_PER_SECOND
_MAX_ORDINAL = 3652059


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    return 29 if month == 2 and _is_leap(year) else _DAYS_IN_MONTH[month]


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _ymd_to_ordinal(year, month, day):
    return _days_before_year(year) + _DAYS_BEFORE_MONTH[month - 1] + (month > 2 and _is_leap(year)) + day


def _ordinal_to_ymd(n):
    # Whole 400-, 100-, 4- and 1-year cycles, then the month within the year.
    n -= 1
    n400, n = divmod(n, 146097)
    year = n400 * 400 + 1
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    month = 1
    while True:
        length = _days_in_month(year, month)
        if n < length:
            return year, month, n + 1
        n -= length
        month += 1


def _index(value):
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    try:
        return value.__index__()
    except AttributeError:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer") from None


def _check_date(year, month, day):
    if month is None or day is None:
        missing = 'month' if month is None else 'day'
        raise TypeError(f"function missing required argument '{missing}' (pos {2 if month is None else 3})")
    year, month, day = _index(year), _index(month), _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f"year {year} is out of range")
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time(hour, minute, second, microsecond, fold):
    hour, minute, second, microsecond = _index(hour), _index(minute), _index(second), _index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError(f"tzinfo argument must be None or of a tzinfo subclass, not type '{type(tz).__name__}'")


def _format_time(hour, minute, second, microsecond, timespec='auto'):
    if timespec == 'auto':
        timespec = 'microseconds' if microsecond else 'seconds'
    if timespec == 'hours':
        return f"{hour:02d}"
    if timespec == 'minutes':
        return f"{hour:02d}:{minute:02d}"
    if timespec == 'seconds':
        return f"{hour:02d}:{minute:02d}:{second:02d}"
    if timespec == 'milliseconds':
        return f"{hour:02d}:{minute:02d}:{second:02d}.{microsecond // 1000:03d}"
    if timespec == 'microseconds':
        return f"{hour:02d}:{minute:02d}:{second:02d}.{microsecond:06d}"
    raise ValueError("Unknown timespec value")


def _format_offset(offset, sep=':'):
    if offset is None:
        return ''
    sign = '+'
    if offset.days < 0:
        sign = '-'
        offset = -offset
    hours, rest = divmod(offset, timedelta(hours=1))
    minutes, rest = divmod(rest, timedelta(minutes=1))
    text = f"{sign}{hours:02d}{sep}{minutes:02d}"
    if rest.seconds or rest.microseconds:
        text += f"{sep}{rest.seconds:02d}"
        if rest.microseconds:
            text += f".{rest.microseconds:06d}"
    return text


def _iso_week1_monday(year):
    first = _ymd_to_ordinal(year, 1, 1)
    weekday = (first + 6) % 7
    monday = first - weekday
    if weekday > 3:
        monday += 7
    return monday


def _strftime(fmt, year, month, day, hour, minute, second, microsecond, offset, zone):
    if not isinstance(fmt, str):
        raise TypeError(f"strftime() argument 1 must be str, not {type(fmt).__name__}")
    ordinal = _ymd_to_ordinal(year, month, day)
    weekday = (ordinal + 6) % 7
    yday = ordinal - _ymd_to_ordinal(year, 1, 1) + 1
    out = []
    i = 0
    while i < len(fmt):
        c = fmt[i]
        if c != '%' or i + 1 == len(fmt):
            out.append(c)
            i += 1
            continue
        d = fmt[i + 1]
        i += 2
        if d == 'a':
            out.append(_DAY_NAMES[weekday][:3])
        elif d == 'A':
            out.append(_DAY_NAMES[weekday])
        elif d == 'w':
            out.append(str((weekday + 1) % 7))
        elif d == 'u':
            out.append(str(weekday + 1))
        elif d == 'd':
            out.append(f"{day:02d}")
        elif d == 'e':
            out.append(f"{day:2d}")
        elif d == 'b' or d == 'h':
            out.append(_MONTH_NAMES[month - 1][:3])
        elif d == 'B':
            out.append(_MONTH_NAMES[month - 1])
        elif d == 'm':
            out.append(f"{month:02d}")
        elif d == 'y':
            out.append(f"{year % 100:02d}")
        elif d == 'Y':
            out.append(str(year))
        elif d == 'C':
            out.append(f"{year // 100:02d}")
        elif d == 'H':
            out.append(f"{hour:02d}")
        elif d == 'I':
            out.append(f"{(hour % 12) or 12:02d}")
        elif d == 'p':
            out.append('AM' if hour < 12 else 'PM')
        elif d == 'M':
            out.append(f"{minute:02d}")
        elif d == 'S':
            out.append(f"{second:02d}")
        elif d == 'f':
            out.append(f"{microsecond:06d}")
        elif d == 'z':
            out.append(_format_offset(offset, ''))
        elif d == 'Z':
            out.append(zone or '')
        elif d == 'j':
            out.append(f"{yday:03d}")
        elif d == 'U':
            out.append(f"{(yday + 6 - (weekday + 1) % 7) // 7:02d}")
        elif d == 'W':
            out.append(f"{(yday + 6 - weekday) // 7:02d}")
        elif d in 'GVg':
            iso_year, iso_week, _ = date(year, month, day).isocalendar()
            out.append(str(iso_year) if d == 'G' else f"{iso_year % 100:02d}" if d == 'g' else f"{iso_week:02d}")
        elif d == 'c':
            out.append(f"{_DAY_NAMES[weekday][:3]} {_MONTH_NAMES[month - 1][:3]} {day:2d} {hour:02d}:{minute:02d}:{second:02d} {year}")
        elif d == 'x':
            out.append(f"{month:02d}/{day:02d}/{year % 100:02d}")
        elif d == 'X' or d == 'T':
            out.append(f"{hour:02d}:{minute:02d}:{second:02d}")
        elif d == 'D':
            out.append(f"{month:02d}/{day:02d}/{year % 100:02d}")
        elif d == 'F':
            out.append(f"{year:04d}-{month:02d}-{day:02d}")
        elif d == 'R':
            out.append(f"{hour:02d}:{minute:02d}")
        elif d == 'n':
            out.append('\n')
        elif d == 't':
            out.append('\t')
        elif d == '%':
            out.append('%')
        else:
            out.append('%' + d)
    return ''.join(out)


def _comparisons():
    # The six rich comparisons of a class whose _compare(other, op) does the work.
    def make(op):
        def compare(self, other):
            return self._compare(other, op)
        compare.__name__ = f"__{op}__"
        return compare
    return tuple(make(op) for op in ('eq', 'ne', 'lt', 'le', 'gt', 'ge'))


class timedelta:
    """A duration, kept as days, seconds (0..86399) and microseconds (0..999999)."""

    __slots__ = ('_days', '_seconds', '_microseconds')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        parts = (days * 86400 * 10 ** 6, seconds * 10 ** 6, microseconds, milliseconds * 1000,
                 minutes * 60 * 10 ** 6, hours * 3600 * 10 ** 6, weeks * 7 * 86400 * 10 ** 6)
        names = ('days', 'seconds', 'microseconds', 'milliseconds', 'minutes', 'hours', 'weeks')
        for name, value in zip(names, (days, seconds, microseconds, milliseconds, minutes, hours, weeks)):
            if not isinstance(value, (int, float)):
                raise TypeError(f"unsupported type for timedelta {name} component: {type(value).__name__}")
        total = 0
        fraction = 0.0
        for part in parts:
            if isinstance(part, float):
                fraction += part
            else:
                total += part
        if fraction:
            total += round(fraction)
        return cls._from_microseconds(total)

    @classmethod
    def _from_microseconds(cls, total):
        self = object.__new__(cls)
        days, rest = divmod(total, _US_PER_DAY)
        if abs(days) > 999999999:
            raise OverflowError(f"days={days}; must have magnitude <= 999999999")
        self._days = days
        self._seconds, self._microseconds = divmod(rest, _US_PER_SECOND)
        return self

    def _total(self):
        return self._days * _US_PER_DAY + self._seconds * _US_PER_SECOND + self._microseconds

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def total_seconds(self):
        return self._total() / 10 ** 6

    def __repr__(self):
        parts = []
        if self._days:
            parts.append(f"days={self._days}")
        if self._seconds:
            parts.append(f"seconds={self._seconds}")
        if self._microseconds:
            parts.append(f"microseconds={self._microseconds}")
        return f"{_qualified(self)}({', '.join(parts) or '0'})"

    def __str__(self):
        minutes, seconds = divmod(self._seconds, 60)
        hours, minutes = divmod(minutes, 60)
        text = f"{hours}:{minutes:02d}:{seconds:02d}"
        if self._microseconds:
            text += f".{self._microseconds:06d}"
        if self._days:
            text = f"{self._days} day{'' if abs(self._days) == 1 else 's'}, " + text
        return text

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._total() + other._total())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._total() - other._total())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_microseconds(-self._total())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_microseconds(self._total() * other)
        if isinstance(other, float):
            numerator, denominator = other.as_integer_ratio()
            return timedelta._from_microseconds(_divide_even(self._total() * numerator, denominator))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._total() // other._total()
        if isinstance(other, int):
            return timedelta._from_microseconds(self._total() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._total() / other._total()
        if isinstance(other, int):
            return timedelta._from_microseconds(_divide_even(self._total(), other))
        if isinstance(other, float):
            numerator, denominator = other.as_integer_ratio()
            return timedelta._from_microseconds(_divide_even(denominator * self._total(), numerator))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._total() % other._total())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._total(), other._total())
            return q, timedelta._from_microseconds(r)
        return NotImplemented

    def _compare(self, other):
        return (self._total() > other._total()) - (self._total() < other._total())

    def __eq__(self, other):
        return self._total() == other._total() if isinstance(other, timedelta) else NotImplemented

    def __ne__(self, other):
        return self._total() != other._total() if isinstance(other, timedelta) else NotImplemented

    def __lt__(self, other):
        return self._total() < other._total() if isinstance(other, timedelta) else NotImplemented

    def __le__(self, other):
        return self._total() <= other._total() if isinstance(other, timedelta) else NotImplemented

    def __gt__(self, other):
        return self._total() > other._total() if isinstance(other, timedelta) else NotImplemented

    def __ge__(self, other):
        return self._total() >= other._total() if isinstance(other, timedelta) else NotImplemented

    def __hash__(self):
        return hash((self._days, self._seconds, self._microseconds))

    def __bool__(self):
        return self._total() != 0

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))


def _divide_even(a, b):
    """a / b rounded half to even, exactly."""
    q, r = divmod(a, b)
    r2 = 2 * r
    if b > 0 and (r2 > b or (r2 == b and q % 2 == 1)):
        q += 1
    elif b < 0 and (r2 < b or (r2 == b and q % 2 == 1)):
        q += 1
    return q


def _qualified(obj):
    return _qualified_type(type(obj))


def _qualified_type(cls):
    return f"datetime.{cls.__name__}" if cls.__module__ == 'datetime' else f"{cls.__module__}.{cls.__qualname__}"


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


class date:
    """A day of the proleptic Gregorian calendar."""

    __slots__ = ('_year', '_month', '_day')

    def __new__(cls, year, month=None, day=None):
        self = object.__new__(cls)
        self._year, self._month, self._day = _check_date(year, month, day)
        return self

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t):
        d = datetime.fromtimestamp(t)
        return cls(d.year, d.month, d.day)

    @classmethod
    def fromordinal(cls, n):
        if not 1 <= n <= _MAX_ORDINAL:
            raise ValueError(f"ordinal must be >= 1")
        return cls(*_ordinal_to_ymd(n))

    @classmethod
    def fromisoformat(cls, text):
        if not isinstance(text, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            return cls(*_parse_iso_date(text))
        except (ValueError, IndexError):
            raise ValueError(f"Invalid isoformat string: {text!r}") from None

    @classmethod
    def fromisocalendar(cls, year, week, day):
        if not 1 <= day <= 7:
            raise ValueError(f"Invalid weekday: {day} (range is [1, 7])")
        ordinal = _iso_week1_monday(year) + (week - 1) * 7 + day - 1
        return cls(*_ordinal_to_ymd(ordinal))

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def toordinal(self):
        return _ymd_to_ordinal(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.weekday() + 1

    def isocalendar(self):
        year = self._year
        ordinal = self.toordinal()
        monday = _iso_week1_monday(year)
        if ordinal < monday:
            year -= 1
            monday = _iso_week1_monday(year)
        elif ordinal >= _iso_week1_monday(year + 1):
            year += 1
            monday = _iso_week1_monday(year)
        week, day = divmod(ordinal - monday, 7)
        return IsoCalendarDate(year, week + 1, day + 1)

    def isoformat(self):
        return f"{self._year:04d}-{self._month:02d}-{self._day:02d}"

    __str__ = isoformat

    def __repr__(self):
        return f"{_qualified(self)}({self._year}, {self._month}, {self._day})"

    def ctime(self):
        return self.strftime("%a %b %e 00:00:00 %Y")

    def strftime(self, fmt):
        return _strftime(fmt, self._year, self._month, self._day, 0, 0, 0, 0, None, None)

    def __format__(self, spec):
        if not isinstance(spec, str):
            raise TypeError(f"must be str, not {type(spec).__name__}")
        return self.strftime(spec) if spec else str(self)

    def timetuple(self):
        return _time_tuple(self._year, self._month, self._day, 0, 0, 0, -1)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day)

    def __add__(self, other):
        if isinstance(other, timedelta):
            ordinal = self.toordinal() + other.days
            if not 1 <= ordinal <= _MAX_ORDINAL:
                raise OverflowError("date value out of range")
            return type(self).fromordinal(ordinal)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def _key(self, other):
        if isinstance(other, datetime) or not isinstance(other, date):
            return None
        return (self._year, self._month, self._day), (other._year, other._month, other._day)

    def __eq__(self, other):
        keys = self._key(other)
        return NotImplemented if keys is None else keys[0] == keys[1]

    def __ne__(self, other):
        keys = self._key(other)
        return NotImplemented if keys is None else keys[0] != keys[1]

    def __lt__(self, other):
        keys = self._key(other)
        return NotImplemented if keys is None else keys[0] < keys[1]

    def __le__(self, other):
        keys = self._key(other)
        return NotImplemented if keys is None else keys[0] <= keys[1]

    def __gt__(self, other):
        keys = self._key(other)
        return NotImplemented if keys is None else keys[0] > keys[1]

    def __ge__(self, other):
        keys = self._key(other)
        return NotImplemented if keys is None else keys[0] >= keys[1]

    def __hash__(self):
        return hash((self._year, self._month, self._day))

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day))


_date = date


class IsoCalendarDate(tuple):
    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return f"datetime.IsoCalendarDate(year={self[0]}, week={self[1]}, weekday={self[2]})"


def _time_tuple(year, month, day, hour, minute, second, dst):
    weekday = (_ymd_to_ordinal(year, month, day) + 6) % 7
    yday = _ymd_to_ordinal(year, month, day) - _ymd_to_ordinal(year, 1, 1) + 1
    return (year, month, day, hour, minute, second, weekday, yday, dst)


def _parse_iso_date(text):
    if len(text) == 10 and text[4] == '-' and text[7] == '-':
        return int(text[0:4]), int(text[5:7]), int(text[8:10])
    if len(text) == 8 and text.isdigit():
        return int(text[0:4]), int(text[4:6]), int(text[6:8])
    raise ValueError


def _parse_iso_time(text):
    """(hour, minute, second, microsecond, tzinfo) from "HH[:MM[:SS[.ffffff]]][+HH:MM|Z]"."""
    tz = None
    for i, c in enumerate(text):
        if c in '+-Z':
            zone = text[i:]
            text = text[:i]
            if zone == 'Z':
                tz = timezone.utc
            else:
                h, m, s, us, _ = _parse_iso_time(zone[1:])
                offset = timedelta(hours=h, minutes=m, seconds=s, microseconds=us)
                tz = timezone(-offset if zone[0] == '-' else offset)
            break
    fraction = 0
    if '.' in text or ',' in text:
        text, digits = text.replace(',', '.').split('.')
        if not digits.isdigit():
            raise ValueError
        fraction = int((digits + '000000')[:6])
    parts = text.split(':') if ':' in text else [text[i:i + 2] for i in range(0, len(text), 2)]
    if not 1 <= len(parts) <= 3 or any(len(p) != 2 or not p.isdigit() for p in parts):
        raise ValueError
    values = [int(p) for p in parts] + [0] * (3 - len(parts))
    return values[0], values[1], values[2], fraction, tz


class tzinfo:
    """Abstract base for time zones."""

    def tzname(self, dt):
        raise NotImplementedError("tzinfo subclass must override tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("tzinfo subclass must override utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("tzinfo subclass must override dst()")

    def fromutc(self, dt):
        return dt + self.utcoffset(dt)


class timezone(tzinfo):
    """A fixed offset from UTC."""

    __slots__ = ('_offset', '_name')

    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError("offset must be a timedelta")
        if name is not None and not isinstance(name, str):
            raise TypeError("name must be a string")
        if not -timedelta(hours=24) < offset < timedelta(hours=24):
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                             f"timedelta(hours=24), not {offset!r}.")
        self = object.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def utcoffset(self, dt):
        return self._offset

    def dst(self, dt):
        return None

    def tzname(self, dt):
        if self._name is not None:
            return self._name
        if not self._offset:
            return 'UTC'
        return 'UTC' + _format_offset(self._offset)

    def fromutc(self, dt):
        return dt + self._offset

    def __repr__(self):
        if self is timezone.utc:
            return 'datetime.timezone.utc'
        if self._name is None:
            return f"datetime.timezone({self._offset!r})"
        return f"datetime.timezone({self._offset!r}, {self._name!r})"

    def __str__(self):
        return self.tzname(None)

    def __eq__(self, other):
        return self._offset == other._offset if isinstance(other, timezone) else NotImplemented

    def __hash__(self):
        return hash(self._offset)


timezone.utc = timezone(timedelta(0))
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = timezone.utc


class time:
    """A time of day, optionally with a time zone."""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour, self._minute, self._second, self._microsecond = _check_time(hour, minute, second, microsecond, fold)
        self._tzinfo = tzinfo
        self._fold = fold
        return self

    @classmethod
    def fromisoformat(cls, text):
        if not isinstance(text, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            hour, minute, second, microsecond, tz = _parse_iso_time(text[1:] if text.startswith('T') else text)
            return cls(hour, minute, second, microsecond, tz)
        except (ValueError, IndexError):
            raise ValueError(f"Invalid isoformat string: {text!r}") from None

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    def utcoffset(self):
        return None if self._tzinfo is None else self._tzinfo.utcoffset(None)

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(None)

    def dst(self):
        return None if self._tzinfo is None else self._tzinfo.dst(None)

    def isoformat(self, timespec='auto'):
        return _format_time(self._hour, self._minute, self._second, self._microsecond, timespec) + _format_offset(self.utcoffset())

    __str__ = isoformat

    def __repr__(self):
        args = f"{self._hour}, {self._minute}"
        if self._second or self._microsecond:
            args += f", {self._second}"
        if self._microsecond:
            args += f", {self._microsecond}"
        if self._tzinfo is not None:
            args += f", tzinfo={self._tzinfo!r}"
        if self._fold:
            args += ", fold=1"
        return f"{_qualified(self)}({args})"

    def strftime(self, fmt):
        return _strftime(fmt, 1900, 1, 1, self._hour, self._minute, self._second, self._microsecond,
                         self.utcoffset(), self.tzname())

    def __format__(self, spec):
        if not isinstance(spec, str):
            raise TypeError(f"must be str, not {type(spec).__name__}")
        return self.strftime(spec) if spec else str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._hour if hour is None else hour, self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    def _key(self):
        us = ((self._hour * 60 + self._minute) * 60 + self._second) * _US_PER_SECOND + self._microsecond
        offset = self.utcoffset()
        if offset is not None:
            us -= offset._total()
        return us

    def _compare(self, other, op):
        if not isinstance(other, time):
            return NotImplemented
        if (self.utcoffset() is None) != (other.utcoffset() is None):
            if op in ('eq', 'ne'):
                return op == 'ne'
            raise TypeError("can't compare offset-naive and offset-aware times")
        a, b = self._key(), other._key()
        return {'eq': a == b, 'ne': a != b, 'lt': a < b, 'le': a <= b, 'gt': a > b, 'ge': a >= b}[op]

    __eq__, __ne__, __lt__, __le__, __gt__, __ge__ = _comparisons()

    def __hash__(self):
        return hash(self._key())

    def __reduce__(self):
        return (type(self), (self._hour, self._minute, self._second, self._microsecond, self._tzinfo))


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


class datetime(date):
    """A date and a time of day, optionally with a time zone."""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year, self._month, self._day = _check_date(year, month, day)
        self._hour, self._minute, self._second, self._microsecond = _check_time(hour, minute, second, microsecond, fold)
        self._tzinfo = tzinfo
        self._fold = fold
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def _from_us(cls, us, tz=None):
        days, rest = divmod(us, _US_PER_DAY)
        if not 1 <= days <= _MAX_ORDINAL:
            raise OverflowError("date value out of range")
        seconds, microsecond = divmod(rest, _US_PER_SECOND)
        minutes, second = divmod(seconds, 60)
        hour, minute = divmod(minutes, 60)
        return cls(*_ordinal_to_ymd(days), hour, minute, second, microsecond, tz)

    def _us(self):
        return (self.toordinal() * 86400 + (self._hour * 60 + self._minute) * 60 + self._second) * _US_PER_SECOND + self._microsecond

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        us = round(t * _US_PER_SECOND) if isinstance(t, float) else t * _US_PER_SECOND
        epoch = _ymd_to_ordinal(1970, 1, 1) * _US_PER_DAY
        if tz is None:
            return cls._from_us(epoch + us + _time._utcoffset(t) * _US_PER_SECOND)
        return tz.fromutc(cls._from_us(epoch + us, tz))

    @classmethod
    def utcfromtimestamp(cls, t):
        us = round(t * _US_PER_SECOND) if isinstance(t, float) else t * _US_PER_SECOND
        return cls._from_us(_ymd_to_ordinal(1970, 1, 1) * _US_PER_DAY + us)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def today(cls):
        return cls.now()

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _date):
            raise TypeError("combine() argument 1 must be datetime.date, not " + type(date).__name__)
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second, time.microsecond,
                   time.tzinfo if tzinfo is True else tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, text):
        if not isinstance(text, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            if len(text) > 10 and text[10] in 'T ':
                day_part, time_part = text[:10], text[11:]
            elif len(text) > 8 and text[:8].isdigit() and text[8] == 'T':
                day_part, time_part = text[:8], text[9:]
            else:
                day_part, time_part = text, ''
            year, month, day = _parse_iso_date(day_part)
            hour = minute = second = microsecond = 0
            tz = None
            if time_part:
                hour, minute, second, microsecond, tz = _parse_iso_time(time_part)
            return cls(year, month, day, hour, minute, second, microsecond, tz)
        except (ValueError, IndexError):
            raise ValueError(f"Invalid isoformat string: {text!r}") from None

    @classmethod
    def strptime(cls, text, fmt):
        return _strptime(cls, text, fmt)

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo, fold=self._fold)

    def utcoffset(self):
        return None if self._tzinfo is None else self._tzinfo.utcoffset(self)

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(self)

    def dst(self):
        return None if self._tzinfo is None else self._tzinfo.dst(self)

    def timestamp(self):
        epoch = _ymd_to_ordinal(1970, 1, 1) * _US_PER_DAY
        offset = self.utcoffset()
        if offset is None:
            local = (self._us() - epoch) / _US_PER_SECOND
            return local - _time._utcoffset(local - _time._utcoffset(local))
        return (self._us() - offset._total() - epoch) / _US_PER_SECOND

    def timetuple(self):
        return _time_tuple(self._year, self._month, self._day, self._hour, self._minute, self._second, -1)

    def astimezone(self, tz=None):
        if tz is None:
            tz = timezone(timedelta(seconds=_time._utcoffset(self.timestamp())))
        offset = self.utcoffset()
        if offset is None:
            offset = timedelta(seconds=_time._utcoffset(self.timestamp()))
        base = datetime._from_us(self._us() - offset._total(), tz)
        return tz.fromutc(base)

    def isoformat(self, sep='T', timespec='auto'):
        return (f"{self._year:04d}-{self._month:02d}-{self._day:02d}{sep}"
                + _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
                + _format_offset(self.utcoffset()))

    def __str__(self):
        return self.isoformat(sep=' ')

    def __repr__(self):
        args = f"{self._year}, {self._month}, {self._day}, {self._hour}, {self._minute}"
        if self._second or self._microsecond:
            args += f", {self._second}"
        if self._microsecond:
            args += f", {self._microsecond}"
        if self._tzinfo is not None:
            args += f", tzinfo={self._tzinfo!r}"
        if self._fold:
            args += ", fold=1"
        return f"{_qualified(self)}({args})"

    def ctime(self):
        return self.strftime("%a %b %e %H:%M:%S %Y")

    def strftime(self, fmt):
        return _strftime(fmt, self._year, self._month, self._day, self._hour, self._minute, self._second,
                         self._microsecond, self.utcoffset(), self.tzname())

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day, self._hour if hour is None else hour,
                          self._minute if minute is None else minute, self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    def __add__(self, other):
        if isinstance(other, timedelta):
            return type(self)._from_us(self._us() + other._total(), self._tzinfo)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return type(self)._from_us(self._us() - other._total(), self._tzinfo)
        if isinstance(other, datetime):
            a, b = self.utcoffset(), other.utcoffset()
            if (a is None) != (b is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            delta = self._us() - other._us()
            if a is not None:
                delta -= a._total() - b._total()
            return timedelta._from_microseconds(delta)
        return NotImplemented

    def _compare(self, other, op):
        if not isinstance(other, datetime):
            if isinstance(other, date) and op not in ('eq', 'ne'):
                raise TypeError(f"can't compare {_qualified_type(type(self))} to {_qualified_type(type(other))}")
            return NotImplemented if not isinstance(other, date) else op == 'ne'
        a, b = self.utcoffset(), other.utcoffset()
        if (a is None) != (b is None):
            if op in ('eq', 'ne'):
                return op == 'ne'
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        x, y = self._us(), other._us()
        if a is not None:
            x -= a._total()
            y -= b._total()
        return {'eq': x == y, 'ne': x != y, 'lt': x < y, 'le': x <= y, 'gt': x > y, 'ge': x >= y}[op]

    __eq__, __ne__, __lt__, __le__, __gt__, __ge__ = _comparisons()

    def __hash__(self):
        offset = self.utcoffset()
        return hash(self._us() - (offset._total() if offset is not None else 0))

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day, self._hour, self._minute, self._second,
                             self._microsecond, self._tzinfo))


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)
datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)


def _strptime(cls, text, fmt):
    """The common directives: %Y %m %d %H %M %S %f %y %b %B %a %A %p %I %j %z %%."""
    if not isinstance(text, str):
        raise TypeError(f"strptime() argument 1 must be str, not {type(text).__name__}")
    values = {'Y': 1900, 'm': 1, 'd': 1, 'H': 0, 'M': 0, 'S': 0, 'f': 0}
    pm = None
    tz = None
    pos = 0
    i = 0

    def fail():
        raise ValueError(f"time data {text!r} does not match format {fmt!r}")

    def number(limit):
        nonlocal pos
        start = pos
        while pos < len(text) and pos - start < limit and text[pos].isdigit():
            pos += 1
        if start == pos:
            fail()
        return int(text[start:pos])

    def name(names):
        nonlocal pos
        for index, full in sorted(enumerate(names), key=lambda p: -len(p[1])):
            if text[pos:pos + len(full)].lower() == full.lower():
                pos += len(full)
                return index
        fail()

    while i < len(fmt):
        c = fmt[i]
        if c == '%' and i + 1 < len(fmt):
            d = fmt[i + 1]
            i += 2
            if d in 'YmdHMS':
                values[d] = number(4 if d == 'Y' else 2)
            elif d == 'y':
                y = number(2)
                values['Y'] = y + (2000 if y < 69 else 1900)
            elif d == 'f':
                start = pos
                number(6)
                values['f'] = int((text[start:pos] + '000000')[:6])
            elif d == 'I':
                values['H'] = number(2) % 12
                pm = pm or False
            elif d == 'p':
                pm = name(['AM', 'PM']) == 1
            elif d == 'B':
                values['m'] = name(_MONTH_NAMES) + 1
            elif d == 'b':
                values['m'] = name([m[:3] for m in _MONTH_NAMES]) + 1
            elif d == 'A':
                name(_DAY_NAMES)
            elif d == 'a':
                name([n[:3] for n in _DAY_NAMES])
            elif d == 'j':
                values['j'] = number(3)
            elif d == 'z':
                if text[pos:pos + 1] == 'Z':
                    pos += 1
                    tz = timezone.utc
                else:
                    sign = text[pos:pos + 1]
                    if sign not in ('+', '-'):
                        fail()
                    pos += 1
                    h = number(2)
                    if text[pos:pos + 1] == ':':
                        pos += 1
                    m = number(2)
                    offset = timedelta(hours=h, minutes=m)
                    tz = timezone(-offset if sign == '-' else offset)
            elif d == '%':
                if text[pos:pos + 1] != '%':
                    fail()
                pos += 1
            else:
                raise ValueError(f"'{d}' is a bad directive in format '%{d}'")
        elif c.isspace():
            i += 1
            while pos < len(text) and text[pos].isspace():
                pos += 1
        else:
            if text[pos:pos + 1] != c:
                fail()
            pos += 1
            i += 1
    if pos != len(text):
        raise ValueError(f"unconverted data remains: {text[pos:]}")
    if pm is not None and pm:
        values['H'] += 12
    if 'j' in values:
        d = date.fromordinal(_ymd_to_ordinal(values['Y'], 1, 1) + values['j'] - 1)
        values['m'], values['d'] = d.month, d.day
    return cls(values['Y'], values['m'], values['d'], values['H'], values['M'], values['S'], values['f'], tz)
