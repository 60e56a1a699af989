# __lt__ and friends drive sorted(), min(), max() and comparison operators.
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
        self.text = text

    def __repr__(self):
        return "v" + self.text

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __le__(self, other):
        return self.parts <= other.parts

versions = [Version(t) for t in ["1.10", "1.2", "1.2.1", "0.9", "2.0", "1.2"]]
print(sorted(versions))
print(sorted(versions, reverse=True))
print(min(versions), max(versions))
a, b = Version("1.0"), Version("1.1")
print(a < b, a > b, a <= b, a >= b, b > a, a == Version("1.0"))
class Reverse:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return f"R{self.v}"
print(sorted([Reverse(3), Reverse(1), Reverse(2)]))
try:
    Reverse(1) <= Reverse(2)
except TypeError as e:
    print("TypeError:", e)
