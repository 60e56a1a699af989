# One call whose loop variable changes type while the loop runs in compiled code: the guards fail
# mid-loop and the rest of the call continues in tier 0 (and compiled code again once it is hot).
def walk(n):
    x = 0
    trace = []
    for i in range(n):
        if i == 300:
            x = float(x)
        elif i == 600:
            x = str(x)[:4]
        elif i == 900:
            x = 2 ** 70
        if isinstance(x, str):
            x = x + "."
            x = x[:6]
        else:
            x = x + i
            x = x - 1
        if i % 150 == 0:
            trace.append(repr(x))
    return x, trace

print(walk(1200))
print(walk(1200))

def compare_mixed(values, limit):
    below = 0
    for v in values:
        if v < limit:
            below += 1
    return below

print(compare_mixed(list(range(500)), 250))
print(compare_mixed([0.5 * i for i in range(500)], 125))
print(compare_mixed([0.5 * i for i in range(500)], 125.5))
print(compare_mixed([2 ** 64 + i for i in range(10)], 2 ** 64 + 5))
print(compare_mixed(["a", "b", "c"], "b"))

def counter(steps):
    total = 0
    for _ in range(steps):
        total += 1
    return total

for _ in range(5):
    counter(100)
print(counter(10))
