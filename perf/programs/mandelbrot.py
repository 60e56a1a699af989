# Mandelbrot set: escape-time iteration over a grid, printed as a checksum and a small ASCII picture.
import sys

def escape(cr, ci, limit):
    zr = zi = 0.0
    for i in range(limit):
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            return i
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
    return limit

size = int(sys.argv[1]) if len(sys.argv) > 1 else 320
limit = 100
total = 0
inside = 0
rows = []
for y in range(size):
    ci = 2.0 * y / size - 1.0
    line = []
    for x in range(size):
        cr = 3.0 * x / size - 2.0
        k = escape(cr, ci, limit)
        total += k
        if k == limit:
            inside += 1
        line.append(k)
    rows.append(line)
print(f"size {size}: iterations {total}, inside {inside}")
step = max(1, size // 32)
for y in range(0, size, step * 2):
    print("".join("#" if rows[y][x] == limit else ("+" if rows[y][x] > 10 else ".") for x in range(0, size, step)))
