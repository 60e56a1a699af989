# Conditional expressions: laziness, nesting, precedence with lambda, or/and interplay.
trace = []
def t(x):
    trace.append(x)
    return x

r = t("yes") if t(True) else t("no")
print(r, trace)
trace.clear()
r = t("yes") if t(0) else t("no")
print(r, trace)

def sign(n):
    return "negative" if n < 0 else "zero" if n == 0 else "positive"
print([sign(n) for n in (-3, 0, 8)])

def grade(score):
    return ("A" if score >= 90 else
            "B" if score >= 80 else
            "C" if score >= 70 else
            "F")
print([grade(s) for s in (95, 85, 75, 10, 90, 80)])

# right associativity: a if b else (c if d else e)
print(1 if False else 2 if False else 3)
print((1 if False else 2) if True else 3)

# precedence: lambda binds looser than the conditional
f = lambda x: x * 2 if x > 0 else -x
print(f(3), f(-4))
g = (lambda: "L") if False else (lambda: "R")
print(g())

# conditional inside comprehensions: filter vs mapping
print([n if n % 2 else -n for n in range(6)])
print([n for n in range(6) if n % 2])
print({k: ("even" if v % 2 == 0 else "odd") for k, v in zip("abcd", range(4))})

# combined with or/and
name = ""
print(name or "anonymous", name if name else "anonymous", (name and name.upper()) or "-")
value = None
print("missing" if value is None else value, value or 0)

# truthiness of the condition uses __bool__ / __len__
class Empty:
    def __len__(self):
        trace.append("__len__")
        return 0
trace.clear()
print("full" if Empty() else "empty", trace)

# as arguments, in f-strings and in returns
def describe(items):
    return f"{len(items)} item{'s' if len(items) != 1 else ''}"
print(describe([]), describe([1]), describe([1, 2]))
print(max(3, 7) if True else min(3, 7), abs(-5 if 1 else 5))
# conditional expression yielding functions and calling them
ops = [(lambda a, b: a + b) if i % 2 == 0 else (lambda a, b: a * b) for i in range(4)]
print([op(3, 4) for op in ops])
print(*(("fizz" if i % 3 == 0 else "") + ("buzz" if i % 5 == 0 else "") or str(i) for i in range(1, 16)))
