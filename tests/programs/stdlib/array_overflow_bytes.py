# array: range limits per typecode (OverflowError), type errors, and bytes round trips.
from array import array

limits = {"b": (-128, 127), "B": (0, 255), "h": (-32768, 32767), "H": (0, 65535), "i": (-2 ** 31, 2 ** 31 - 1)}
for code, (lo, hi) in limits.items():
    arr = array(code, [lo, hi])
    print(code, "limits ok:", arr.tolist())
    for bad in (lo - 1, hi + 1):
        try:
            array(code, [bad])
        except OverflowError as e:
            print(f"  {code} {bad}: OverflowError: {e}")

b = array("b", [1, 2, 3])
for action in ["append", "setitem", "extend", "insert"]:
    try:
        if action == "append":
            b.append(200)
        elif action == "setitem":
            b[0] = -129
        elif action == "extend":
            b.extend([1, 500])
        else:
            b.insert(0, 128)
    except OverflowError as e:
        print(f"{action}: OverflowError: {e}")
print("after failed writes:", b.tolist())

for bad_value, code in [(1.5, "i"), ("x", "b"), (None, "d")]:
    try:
        array(code, [bad_value])
    except TypeError as e:
        print(f"TypeError for {bad_value!r} in {code!r}: {e}")
try:
    array("z")
except ValueError as e:
    print("ValueError:", e)
try:
    array("i", [1]) + array("d", [1.0])
except TypeError as e:
    print("TypeError:", e)

raw = array("B", [72, 101, 108, 108, 111])
data = raw.tobytes()
print("tobytes:", data, data.decode())
back = array("B")
back.frombytes(b"\x00\x01\xff")
print("frombytes:", back.tolist())
d = array("d", [0.5, -2.0])
blob = d.tobytes()
print("double bytes length:", len(blob), "from bytes initializer:", array("d", blob).tolist())
e = array("d")
e.frombytes(blob)
print("frombytes d:", e.tolist())
try:
    array("d").frombytes(b"\x00\x01\x02")
except ValueError as e:
    print("ValueError:", e)
i16 = array("h", [1, 256, -1])
i16.byteswap()
print("byteswap h:", i16.tolist())
print("from str B:", array("B", b"AZ").tolist(), "u code exists:", "u" in "bBuhHiIlLqQfd")
