# and/or return one of their operands and short-circuit; not always returns a bool.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, "" or "default", None or 0 or [] or "last", "a" and "b" and "c")
print([] and 1, [0] and 1, not 0, not 1, not "", not [1], not None)
def side(x, log):
    log.append(x)
    return x
log = []
r = side(0, log) and side(1, log)
print(r, log)
log = []
r = side(1, log) or side(2, log)
print(r, log)
log = []
r = side(0, log) or side("", log) or side(None, log)
print(r, log)
name = ""
print(name or "anonymous", len(name) > 0 and name[0])
x = 7
print(x > 5 and x < 10, x > 5 and "big", x < 5 or "small?", (x and 0) or "zero")
print(True + True, True and 3, False or 0.0, type(not 5).__name__)
