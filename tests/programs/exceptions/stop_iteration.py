# StopIteration from next() ends for-loops internally and surfaces when called directly.
it = iter([1])
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.args)
def take(it, n):
    out = []
    for _ in range(n):
        try:
            out.append(next(it))
        except StopIteration:
            break
    return out
src = iter("abcdefg")
print(take(src, 3), take(src, 3), take(src, 3), take(src, 3))
