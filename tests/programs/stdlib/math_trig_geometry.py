# math: trigonometry, angles and distances as a small geometry script would use them.
import math

print("constants", math.pi, math.e, math.tau, math.tau == 2 * math.pi)

angles_deg = [0, 30, 45, 60, 90, 120, 180, 270, 360]
for d in angles_deg:
    r = math.radians(d)
    print(f"{d:4d} deg = {r:.6f} rad  sin={math.sin(r):+.6f} cos={math.cos(r):+.6f}")

print("tan(pi/4)", round(math.tan(math.pi / 4), 12), "tan(0)", math.tan(0.0))
print("asin", math.asin(0.5), math.asin(-1.0), "acos", math.acos(0.0), math.acos(-1.0))
print("atan", math.atan(1.0), math.atan(-math.inf), math.atan(0.0))

# atan2 covers all four quadrants
for y, x in [(1, 1), (1, -1), (-1, -1), (-1, 1), (0, -1), (0, 1), (1, 0), (-1, 0)]:
    a = math.atan2(y, x)
    print(f"atan2({y:+d},{x:+d}) = {a:+.6f} rad = {math.degrees(a):+8.2f} deg")

print("degrees", math.degrees(math.pi), math.degrees(1), "radians", math.radians(90), math.radians(-45))

# polygon perimeter and area (shoelace)
poly = [(0, 0), (4, 0), (4, 3), (0, 3)]
perimeter = sum(math.dist(poly[i], poly[(i + 1) % len(poly)]) for i in range(len(poly)))
area = abs(sum(poly[i][0] * poly[(i + 1) % 4][1] - poly[(i + 1) % 4][0] * poly[i][1] for i in range(4))) / 2
print("perimeter", perimeter, "area", area, "diagonal", math.dist(poly[0], poly[2]))

print("hypot", math.hypot(3, 4), math.hypot(5, 12), math.hypot(1, 1), math.hypot(), math.hypot(-7))
print("hypot 3d", math.hypot(2, 3, 6), "dist 3d", math.dist((1, 2, 3), (4, 6, 15)))

# a regular n-gon inscribed in a unit circle approaches pi
for n in (3, 4, 6, 12, 96):
    side = 2 * math.sin(math.pi / n)
    print(f"n={n:3d} half-perimeter={n * side / 2:.10f} err={math.pi - n * side / 2:.3e}")

# convert polar <-> cartesian
for r, theta in [(1.0, 0.0), (2.0, math.pi / 2), (math.sqrt(2), math.pi / 4)]:
    x, y = r * math.cos(theta), r * math.sin(theta)
    back_r, back_t = math.hypot(x, y), math.atan2(y, x)
    print(f"polar({r:.4f},{theta:.4f}) -> ({x:.4f},{y:.4f}) -> ({back_r:.4f},{back_t:.4f})",
          math.isclose(back_r, r), math.isclose(back_t, theta))

print("sinh/cosh/tanh", math.sinh(1.0), math.cosh(1.0), math.tanh(0.5))
print("asinh/acosh/atanh", math.asinh(1.0), math.acosh(2.0), math.atanh(0.5))
