# An exception raised three calls deep in compiled code, passing through finally blocks and a
# with statement, and caught by compiled code.
log = []

class Tracker:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        log.append("enter " + self.name)
        return self

    def __exit__(self, kind, value, tb):
        log.append(f"exit {self.name} {kind.__name__ if kind else None}")
        return False

def level3(x):
    if x % 7 == 6:
        raise ValueError(f"bad {x}")
    return x * 2

def level2(x):
    try:
        return level3(x) + 1
    finally:
        log.append(f"finally2 {x}")

def level1(x):
    with Tracker(f"t{x}"):
        return level2(x)

def top(n):
    results = []
    for x in range(n):
        try:
            results.append(level1(x))
        except ValueError as e:
            results.append(str(e))
    return results

for _ in range(50):
    log.clear()
    top(3)
log.clear()
print(top(8))
print(log)

def reraise_chain(x):
    try:
        level1(x)
    except ValueError as e:
        raise KeyError(x) from e

try:
    reraise_chain(6)
except KeyError as e:
    print(repr(e), repr(e.__cause__))
