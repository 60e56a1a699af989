# Indexing and slicing strings, with negative indices and steps.
s = "Hello, World!"
print(s[0], s[4], s[-1], s[-6], len(s))
print(s[0:5], s[7:], s[:5], s[-6:-1], s[:], s[100:], s[-100:3], s[5:2])
print(s[::2], s[1::2], s[::-1], s[::-2], s[10:2:-1], s[-2:-9:-3], s[::3], s[2:11:4])
for start in [None, 0, 3, -3, 20]:
    for stop in [None, 5, -2, -20]:
        for step in [None, 1, 2, -1, -2]:
            print(repr(s[start:stop:step]), end=" ")
        print()
try:
    s[13]
except IndexError as e:
    print("IndexError:", e)
try:
    s[-14]
except IndexError as e:
    print("IndexError:", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    s[0] = "h"
except TypeError as e:
    print("TypeError:", e)
empty = ""
print(repr(empty[:]), repr(empty[::-1]), len(empty), repr(empty[0:10]))
