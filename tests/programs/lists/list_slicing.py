# List slicing with steps, slice assignment (growing, shrinking, extended) and deletion.
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[::2], a[1::3], a[::-1], a[8:2:-2], a[-3:], a[:-7], a[100:], a[-100:2])
b = a[:]
b[2:5] = ["x"]; print(b)
b[1:1] = [100, 200, 300]; print(b)
b[:2] = []; print(b)
b[len(b):] = [7, 7]; print(b)
b[-2:] = "zz"; print(b)
c = list(range(10))
c[::2] = ["e"] * 5; print(c)
c[1::2] = range(5); print(c)
try:
    c[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
d = list(range(12))
del d[::3]; print(d)
del d[2:4]; print(d)
del d[-1]; print(d)
del d[:]; print(d)
e = [1, 2, 3]
e[5:10] = [4]; print(e)
e[-10:1] = [0]; print(e)
f = list(range(6))
f[4:1:-1] = ["a", "b", "c"]; print(f)
g = [0, 1, 2, 3]
g[1:3] = g; print(g)
