# Loops over ranges with every step shape; nested triangular loops.
total = 0
for i in range(10, -11, -5):
    total += i
    print(i, end=" ")
print(total)
for i in range(3):
    for j in range(i, 3):
        print((i, j), end=" ")
print()
count = 0
for i in range(1, 1000, 7):
    if i % 11 == 0:
        count += 1
print(count)
print([i for i in range(100, 0, -13)])
acc = 1
for i in range(1, 25):
    acc = acc * i % 1000003
print(acc)
n = 0
for _ in range(0):
    n += 1
print(n)
