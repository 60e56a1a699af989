# Subclasses of list, dict, int, str and Exception keep the built-in behaviour and add their own.
class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        return self[-1]

s = Stack([1, 2])
s.push(3).push(4)
print(s, s.peek(), len(s), s[1:3], type(s[1:3]).__name__, isinstance(s, list))

class DefaultZero(dict):
    def __missing__(self, key):
        return 0

d = DefaultZero(a=1)
print(d["a"], d["b"], len(d), d.get("b"), sorted(d.items()))

class Meters(int):
    def __repr__(self):
        return f"{int(self)}m"
    def __add__(self, other):
        return Meters(int(self) + int(other))

m = Meters(5) + Meters(7)
print(repr(m), m * 2, type(m * 2).__name__, m == 12, hash(m) == hash(12))

class Shout(str):
    def __str__(self):
        return self.upper()
    def exclaim(self):
        return self + "!"

w = Shout("hey")
print(str(w), w.exclaim(), len(w), w.title(), type(w.upper()).__name__)

class AppError(Exception):
    def __init__(self, code, message):
        super().__init__(message)
        self.code = code

try:
    raise AppError(404, "not found")
except Exception as e:
    print(type(e).__name__, e.code, e, e.args)
