# Building strings in loops: concatenation, join, and repeated replacement.
s = ""
for i in range(20):
    s += str(i)
print(s, len(s))
parts = []
for i in range(1, 16):
    if i % 15 == 0:
        parts.append("FizzBuzz")
    elif i % 3 == 0:
        parts.append("Fizz")
    elif i % 5 == 0:
        parts.append("Buzz")
    else:
        parts.append(str(i))
print(" ".join(parts))
row = ""
for r in range(5):
    row = "*" * (r + 1)
    print(row.rjust(5) + "|" + row.ljust(5) + "|" + row.center(9))
word = "abracadabra"
acc = ""
for ch in word:
    if ch not in acc:
        acc += ch
print(acc)
lines = []
for n in range(1, 6):
    lines.append(" ".join(str(n * m).rjust(3) for m in range(1, 6)))
print("\n".join(lines))
