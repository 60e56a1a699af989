# array: typed numeric arrays ('d', 'i', 'l', 'b', 'B') — building, slicing, converting.
from array import array

doubles = array("d", [1.5, 2.25, 3.0])
doubles.append(4.75)
doubles.extend([5.5, 6.0])
print("d:", doubles, doubles.typecode, doubles.itemsize, len(doubles))
print("index:", doubles[0], doubles[-1], "slice:", doubles[1:4], type(doubles[1:4]).__name__)
print("sum/max/min:", sum(doubles), max(doubles), min(doubles))
doubles[0] = 10
print("assign int into d:", doubles[0], type(doubles[0]).__name__)
print("tolist:", doubles.tolist())

ints = array("i", range(10))
print("i:", ints, ints.typecode, ints.itemsize)
print("reversed slice:", ints[::-1], "step:", ints[::3])
ints[2:5] = array("i", [20, 30, 40])
print("slice assign:", ints.tolist())
del ints[0:2]
print("del slice:", ints.tolist())
ints.insert(0, -1)
ints.remove(30)
print("insert/remove:", ints.tolist(), "pop:", ints.pop(), ints.pop(0), "index of 40:", ints.index(40), "count 9:", ints.count(9))
ints.reverse()
print("reverse:", ints.tolist())

longs = array("l", [2 ** 40, -(2 ** 40), 7])
print("l:", longs.tolist(), longs.typecode, longs.itemsize >= 4)

signed = array("b", [-128, 0, 127])
unsigned = array("B", [0, 128, 255])
print("b:", signed.tolist(), signed.itemsize, "B:", unsigned.tolist(), unsigned.itemsize)
print("B to bytes:", unsigned.tobytes(), bytes(array("B", b"hi")))

# element-wise operations through comprehensions
a = array("d", [1, 2, 3])
b = array("d", [4, 5, 6])
dot = sum(x * y for x, y in zip(a, b))
scaled = array("d", (x * 2 for x in a))
print("dot:", dot, "scaled:", scaled)
print("concat:", a + b, "repeat:", array("i", [1, 2]) * 3)
print("compare:", array("i", [1, 2]) == array("i", [1, 2]), array("i", [1, 2]) < array("i", [1, 3]))
print("contains:", 2.0 in a, 7 in a, "iter:", [x for x in array("B", [3, 1, 2])])
c = array("i")
c.fromlist([5, 6, 7])
print("fromlist:", c, "empty repr:", array("d"), "typecodes:", "".join(sorted(set("bBilLd"))))
c2 = array("i", c)
c2[0] = 99
print("copy independent:", c.tolist(), c2.tolist())
print("buffer_info len:", c.buffer_info()[1])
