# staticmethod and classmethod: alternative constructors, subclass-aware factories, calls via instances.
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d

    @classmethod
    def from_string(cls, text):
        y, m, d = map(int, text.split("-"))
        return cls(y, m, d)

    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"

class Birthday(Date):
    pass

print(Date.from_string("2024-02-29"))
print(Birthday.from_string("1990-07-01"))
print(Date.is_leap(2000), Date.is_leap(1900), Date(1, 1, 1).is_leap(2024))
print(type(Date.__dict__["from_string"]).__name__, type(Date.__dict__["is_leap"]).__name__)
f = Date.from_string
print(f.__self__ is Date, f.__func__.__name__)

class Counter:
    instances = 0
    def __init__(self):
        type(self).instances += 1
    @classmethod
    def how_many(cls):
        return cls.instances

Counter(); Counter()
class Sub(Counter):
    instances = 0
Sub()
print(Counter.how_many(), Sub.how_many())
