# A class with __init__, methods, instance and class attributes.
class Counter:
    instances = 0
    step = 1

    def __init__(self, name, start=0):
        self.name = name
        self.value = start
        Counter.instances += 1

    def increment(self):
        self.value += self.step
        return self

    def reset(self):
        self.value = 0

    def describe(self):
        return f"{self.name}={self.value}"

a = Counter("a")
b = Counter("b", 10)
a.increment().increment()
b.increment()
print(a.describe(), b.describe(), Counter.instances, a.instances)
b.step = 5
b.increment()
print(b.describe(), a.step, b.step, Counter.step)
Counter.step = 2
a.increment()
print(a.describe())
a.reset()
print(a.value, a.name, type(a).__name__, isinstance(a, Counter))
a.extra = "dynamic"
print(a.extra, hasattr(b, "extra"), getattr(b, "extra", None))
print(sorted(vars(a).items()))
try:
    a.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    Counter()
except TypeError as e:
    print("TypeError:", e)
