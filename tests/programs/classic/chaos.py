"""The chaos game: iterate randomly chosen contractions (affine maps and maps that follow
Catmull-Rom splines) and draw the attractor as coarse ASCII art with a checksum."""
import math


class LCG:
    """Numerical Recipes constants, 32-bit state."""

    def __init__(self, seed):
        self.state = seed

    def random(self):
        self.state = (1664525 * self.state + 1013904223) % (1 << 32)
        return self.state / (1 << 32)


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Point(self.x - other.x, self.y - other.y)

    def scale(self, k):
        return Point(self.x * k, self.y * k)

    def lerp(self, other, t):
        return self + (other - self).scale(t)

    def __repr__(self):
        return f"({self.x:.4f}, {self.y:.4f})"


class Spline:
    """A uniform Catmull-Rom spline through control points, parametrised on [0, 1]."""

    def __init__(self, points):
        if len(points) < 2:
            raise ValueError("a spline needs at least two points")
        self.points = [points[0]] + list(points) + [points[-1]]

    def __call__(self, t):
        segments = len(self.points) - 3
        t = min(max(t, 0.0), 1.0) * segments
        i = min(int(t), segments - 1)
        u = t - i
        p0, p1, p2, p3 = self.points[i:i + 4]
        u2, u3 = u * u, u * u * u
        a = p1.scale(2.0)
        b = (p2 - p0).scale(u)
        c = (p0.scale(2.0) - p1.scale(5.0) + p2.scale(4.0) - p3).scale(u2)
        d = (p1.scale(3.0) - p0 - p2.scale(3.0) + p3).scale(u3)
        return (a + b + c + d).scale(0.5)

    def length(self, steps=100):
        total, prev = 0.0, self(0.0)
        for k in range(1, steps + 1):
            cur = self(k / steps)
            d = cur - prev
            total += math.sqrt(d.x * d.x + d.y * d.y)
            prev = cur
        return total


def affine(a, b, c, d, e, f):
    def apply(p):
        return Point(a * p.x + b * p.y + e, c * p.x + d * p.y + f)
    apply.kind = "affine"
    return apply


def along_spline(spline, width):
    """Maps x to a position along the spline and y to a small offset across it."""
    def apply(p):
        base = spline(p.x)
        ahead = spline(min(p.x + 0.01, 1.0))
        behind = spline(max(p.x - 0.01, 0.0))
        tx, ty = ahead.x - behind.x, ahead.y - behind.y
        n = math.sqrt(tx * tx + ty * ty) or 1.0
        return Point(base.x - ty / n * (p.y - 0.5) * width, base.y + tx / n * (p.y - 0.5) * width)
    apply.kind = "spline"
    return apply


def chaos_game(maps, weights, iterations, seed):
    rng = LCG(seed)
    total = sum(weights)
    cumulative, acc = [], 0.0
    for w in weights:
        acc += w / total
        cumulative.append(acc)
    p = Point(0.5, 0.5)
    for n in range(iterations):
        r = rng.random()
        k = next((i for i, c in enumerate(cumulative) if r <= c), len(maps) - 1)
        p = maps[k](p)
        if n >= 20:
            yield k, p


def render(points, width, height):
    pts = list(points)
    xs = [p.x for _, p in pts]
    ys = [p.y for _, p in pts]
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    grid = [[0] * width for _ in range(height)]
    usage = {}
    for k, p in pts:
        usage[k] = usage.get(k, 0) + 1
        col = min(width - 1, int((p.x - x0) / (x1 - x0 + 1e-12) * width))
        row = min(height - 1, int((y1 - p.y) / (y1 - y0 + 1e-12) * height))
        grid[row][col] += 1
    shades = " .:+*#"
    peak = max(max(r) for r in grid)
    lines = []
    for r in grid:
        lines.append("".join(shades[min(5, (v * 5 + peak - 1) // peak)] for v in r))
    checksum = 0
    for r in grid:
        for v in r:
            checksum = (checksum * 131 + v) % 999999937
    return lines, checksum, usage, (round(x0, 3), round(x1, 3), round(y0, 3), round(y1, 3))


sierpinski = [affine(0.5, 0, 0, 0.5, 0, 0), affine(0.5, 0, 0, 0.5, 0.5, 0), affine(0.5, 0, 0, 0.5, 0.25, 0.5)]
curve = Spline([Point(0.0, 0.0), Point(0.3, 0.6), Point(0.6, 0.2), Point(1.0, 0.7)])
hook = Spline([Point(0.2, 1.0), Point(0.5, 0.9), Point(0.8, 0.5), Point(0.55, 0.3)])
mixed = [affine(0.4, 0, 0, 0.4, 0, 0), along_spline(curve, 0.15), along_spline(hook, 0.1)]

for name, maps, weights, iterations, seed in (("sierpinski", sierpinski, [1, 1, 1], 6000, 7),
                                              ("splines", mixed, [1, 3, 2], 8000, 2024)):
    lines, checksum, usage, box = render(chaos_game(maps, weights, iterations, seed), 56, 20)
    print(f"== {name}: {[m.kind for m in maps]} ==")
    for line in lines:
        print("|" + line.rstrip() + "|")
    print("checksum:", checksum, "usage:", sorted(usage.items()), "box:", box)

print("curve samples:", [curve(t / 4) for t in range(5)])
print("curve length:", round(curve.length(), 6), "hook length:", round(hook.length(), 6))
try:
    Spline([Point(0, 0)])
except ValueError as exc:
    print("error:", exc)
rng = LCG(1)
print("lcg:", [round(rng.random(), 6) for _ in range(5)])
