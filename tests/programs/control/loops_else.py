# while/else and for/else with break and continue.
for n in range(2, 30):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
i = 0
while i < 5:
    i += 1
    if i == 3:
        continue
    print("i =", i)
else:
    print("while finished normally")
i = 0
while True:
    i += 1
    if i > 3:
        break
else:
    print("never printed")
print("after break, i =", i)
for x in []:
    print("no iterations")
else:
    print("empty loop runs else")
found = None
for word in ["apple", "berry", "cherry"]:
    if "rr" in word:
        found = word
        break
print(found)
n = 0
while n < 100:
    n += 7
    if n % 5 == 0:
        print("multiple of 35:", n)
        break
else:
    print("none found")
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        if i == j:
            continue
        print(i, j)
