# collections.deque: both ends, maxlen, rotate, indexing, and errors.
from collections import deque
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, d[0], d[-1], len(d))
d.extend([5, 6])
d.extendleft("ab")
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d, d.pop(), d.popleft(), d)
window = deque(maxlen=3)
for i in range(6):
    window.append(i)
    print(list(window), end=" ")
print(window.maxlen)
print(deque("hello").count("l"), deque([3, 1, 2]).index(2))
d2 = deque([1, 2, 3])
d2.remove(2)
d2.reverse()
print(d2, 3 in d2, d2 == deque([3, 1]), list(reversed(d2)))
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
d2.clear()
print(d2, bool(d2))
