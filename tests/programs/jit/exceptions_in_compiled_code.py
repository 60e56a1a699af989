# Exceptions raised inside compiled code: caught in the same function, in a caller, with finally
# blocks and with statements; tracebacks name the right lines.
def divide_all(values, divisor):
    results = []
    for v in values:
        try:
            results.append(v // divisor)
        except ZeroDivisionError:
            results.append(None)
        finally:
            results.append("f")
    return results

for _ in range(300):
    out = divide_all([10, 20], 5)
print(out)
print(divide_all([10, 20], 0))

def inner(d, k):
    return d[k]

def outer(d, keys):
    found = []
    for k in keys:
        try:
            found.append(inner(d, k))
        except KeyError as e:
            found.append(f"missing {e}")
    return found

for _ in range(300):
    outer({"a": 1}, ["a"])
print(outer({"a": 1, "b": 2}, ["a", "x", "b"]))

class Guard:
    def __init__(self, log): self.log = log
    def __enter__(self): self.log.append("enter"); return self
    def __exit__(self, t, v, tb): self.log.append(f"exit {t.__name__ if t else None}"); return t is ValueError

def guarded(n):
    log = []
    for i in range(n):
        with Guard(log):
            if i % 2:
                raise ValueError(i)
            log.append(i)
    return log

for _ in range(300):
    guarded(2)
print(guarded(4))

def count_down(n):
    total = 0
    while n > 0:
        total += 100 // (n - 3)
        n -= 1
    return total

try:
    for _ in range(300):
        count_down(2)
    count_down(5)
except ZeroDivisionError as e:
    print("caught", e)
