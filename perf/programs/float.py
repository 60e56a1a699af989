# Float objects: create many Point objects with x/y/z attributes, normalize them, find the maximum.
import sys

def sin(x):
    # A Taylor series is enough here: the benchmark is about objects and float arithmetic.
    x = x % 6.283185307179586
    if x > 3.141592653589793:
        x -= 6.283185307179586
    term = x
    total = x
    x2 = x * x
    for k in range(1, 10):
        term = -term * x2 / ((2 * k) * (2 * k + 1))
        total += term
    return total

def cos(x):
    return sin(x + 1.5707963267948966)

class Point:
    def __init__(self, i):
        self.x = x = sin(i)
        self.y = cos(i) * 3
        self.z = (x * x) / 2

    def __repr__(self):
        return f"<Point: x={self.x:.9f}, y={self.y:.9f}, z={self.z:.9f}>"

    def normalize(self):
        x = self.x
        y = self.y
        z = self.z
        norm = (x * x + y * y + z * z) ** 0.5
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self

def maximize(points):
    best = points[0]
    for p in points[1:]:
        best.maximize(p)
    return best

def run(n):
    points = [Point(i) for i in range(n)]
    for p in points:
        p.normalize()
    return maximize(points)

n = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 2
for _ in range(rounds):
    result = run(n)
print(result)
