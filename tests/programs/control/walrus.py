# Assignment expressions in conditions, comprehensions and while loops.
data = [5, 12, 7, 30, 2, 44]
if (n := len(data)) > 5:
    print("long list of", n)
print([y for x in data if (y := x * 2) > 20])
print(y)
total = 0
i = 0
while (i := i + 1) <= 5:
    total += i
print(total, i)
chunks = []
source = list(range(10))
while (chunk := source[:3]):
    chunks.append(chunk)
    source = source[3:]
print(chunks)
values = [v for k in "abc" if (v := k.upper()) != "B"]
print(values, v)
print((w := 10), w + 1)
def f():
    if (m := 5) > 3:
        return m * 2
print(f())
