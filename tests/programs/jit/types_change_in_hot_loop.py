# A hot loop whose operand types change half-way (int, then float, then str, then big int):
# compiled code must give the same results as the interpreter at every step.
def accumulate(values):
    total = values[0]
    for v in values[1:]:
        total = total + v
    return total

for _ in range(300):
    ints = accumulate([1, 2, 3])
print(ints)
print(accumulate([1, 2.5, 3]))
print(accumulate(["a", "b", "c"]))
print(accumulate([2 ** 62, 2 ** 62, 2 ** 62]))
print(accumulate([[1], [2], [3]]))

# Ints that overflow 64 bits inside a compiled loop stay exact.
n = 1
for i in range(100):
    n = n * 3 + i
print(n)
x = 9223372036854775800
for i in range(20):
    x += 1
print(x, type(x).__name__)
