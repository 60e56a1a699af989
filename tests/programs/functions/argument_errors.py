# TypeErrors raised by calls with wrong arguments, with CPython's exact messages.
def two(a, b):
    return a + b

def kwonly(*, key):
    return key

def defaulted(a, b=2):
    return a, b

cases = [
    lambda: two(1),
    lambda: two(1, 2, 3),
    lambda: two(1, b=2, a=3),
    lambda: two(1, c=3),
    lambda: kwonly(1),
    lambda: kwonly(),
    lambda: defaulted(),
    lambda: defaulted(1, 2, 3),
    lambda: two(),
    lambda: two(*[1, 2, 3]),
    lambda: two(**{"a": 1}),
    lambda: len(),
    lambda: len([], []),
    lambda: abs(1, 2),
    lambda: (lambda x: x)(),
]
for case in cases:
    try:
        case()
        print("no error")
    except TypeError as e:
        print("TypeError:", e)
