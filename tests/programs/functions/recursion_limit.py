# Deep recursion raises RecursionError, which can be caught; the program then carries on.
import sys

def down(n):
    return down(n + 1)

try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)

def safe_depth(n):
    if n == 0:
        return 0
    return 1 + safe_depth(n - 1)

print(safe_depth(500))
print(sys.getrecursionlimit())

def count_until_error():
    depth = [0]
    def go():
        depth[0] += 1
        go()
    try:
        go()
    except RecursionError:
        pass
    return depth[0] > 100

print(count_until_error())
print("still running")
