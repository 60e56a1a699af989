# __traceback__ objects: tb_next chains, tb_lineno, frame names, with_traceback.
def level_c():
    raise ValueError("deep problem")
def level_b():
    level_c()
def level_a():
    level_b()

def frames(tb):
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out

try:
    level_a()
except ValueError as e:
    print(e.__traceback__ is not None)
    print(frames(e.__traceback__))

print(KeyError("never raised").__traceback__)

# with_traceback returns the same exception with a traceback attached
try:
    level_c()
except ValueError as e:
    saved_tb = e.__traceback__
other = RuntimeError("moved")
print(other.with_traceback(saved_tb) is other, frames(other.__traceback__))

try:
    raise other
except RuntimeError as e:
    names = [n for n, _ in frames(e.__traceback__)]
    print(names)

# a traceback grows as the exception propagates through frames
def catch_and_report(fn):
    try:
        fn()
    except Exception as e:
        return len(frames(e.__traceback__))
print(catch_and_report(level_c), catch_and_report(level_b), catch_and_report(level_a))

# re-raised exceptions accumulate frames from each raise point
def reraiser():
    try:
        level_b()
    except ValueError:
        raise
try:
    reraiser()
except ValueError as e:
    print([n for n, _ in frames(e.__traceback__)])

# setting __traceback__ to None
try:
    level_c()
except ValueError as e:
    e.__traceback__ = None
    print("cleared:", e.__traceback__)
    try:
        e.__traceback__ = "bad"
    except TypeError as te:
        print(type(te).__name__, te)

# exception in a generator frame and in a lambda
def gen():
    yield 1
    raise KeyError("gen")
try:
    list(gen())
except KeyError as e:
    print([n for n, _ in frames(e.__traceback__)])
try:
    (lambda: 1 / 0)()
except ZeroDivisionError as e:
    print([n for n, _ in frames(e.__traceback__)])
