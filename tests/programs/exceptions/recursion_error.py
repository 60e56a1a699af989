# A runaway recursion is caught as RecursionError; state is sane afterwards.
def forever(n):
    return forever(n + 1) + 1

try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__, e)

def mutual_a(n):
    return mutual_b(n + 1)

def mutual_b(n):
    return mutual_a(n + 1)

try:
    mutual_a(0)
except RecursionError as e:
    print(type(e).__name__, e)
print(sum(range(100)))

def fine(n):
    return 0 if n == 0 else 1 + fine(n - 1)

print(fine(800))
