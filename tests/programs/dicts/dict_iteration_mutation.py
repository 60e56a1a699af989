# Mutating a dict while iterating raises RuntimeError; iterate over a list copy instead.
d = {i: i * i for i in range(6)}
try:
    for k in d:
        if k % 2:
            del d[k]
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
for k in list(d):
    if k % 2:
        del d[k]
print(d)
for k, v in list(d.items()):
    d[k * 10] = v
print(d)
try:
    for k in d:
        d[k] = d[k] + 1
    print("updating values while iterating is allowed:", d)
except RuntimeError as e:
    print("RuntimeError:", e)
