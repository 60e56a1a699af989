# Recursion to the limit inside compiled code raises RecursionError, which compiled code catches;
# the program then goes on normally.
import sys

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

for _ in range(3):
    print(depth(200))

def forever(n):
    return forever(n + 1) + 1

for attempt in range(3):
    try:
        forever(0)
    except RecursionError as e:
        print("caught:", e)

def mutual_a(n):
    return mutual_b(n + 1)

def mutual_b(n):
    return mutual_a(n + 1)

try:
    mutual_a(0)
except RecursionError as e:
    print("mutual:", type(e).__name__)

old = sys.getrecursionlimit()
sys.setrecursionlimit(3000)
print(depth(2500))
sys.setrecursionlimit(old)
try:
    depth(5000)
except RecursionError:
    print("limit restored")
