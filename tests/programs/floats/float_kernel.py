# A float-heavy loop (a tiny physics step) whose printed results must match CPython bit for bit.
x, v = 1.0, 0.0
k, dt = 4.0, 0.01
energy = []
for step in range(1000):
    a = -k * x
    v += a * dt
    x += v * dt
    if step % 200 == 0:
        energy.append(0.5 * v * v + 0.5 * k * x * x)
print(x, v)
print(energy)
s = 0.0
for i in range(1, 10001):
    s += (-1) ** (i + 1) / i
print(s)
p = 1.0
for i in range(1, 200):
    p *= 1.0 + 1.0 / (i * i)
print(p)
