# bytes literals, indexing (ints), slicing (bytes), iteration, comparison, repr.
b = b"Hello\x00\xff\n\t'\""
print(b, len(b), b[0], b[-1], b[1:4], b[::-1], b[::3], list(b[:5]))
print(b"abc" + b"def", b"ab" * 3, b"a" in b"cat", 99 in b"cat", b"" == bytes(), b"abc" < b"abd", b"abc" < b"ab")
print(bytes(5), bytes([65, 66, 67]), bytes(range(5)), bytes("héllo", "utf-8"), bytes(b"copy"))
print(rb"raw\n", br"\x00", b"\101\x42C", len(b"\n"), repr(b"'"), repr(b'"'), repr(b"'\""))
for x in b"hi!":
    print(x, chr(x), hex(x))
print(b"abc"[1], type(b"abc"[1]).__name__, type(b"abc"[1:]).__name__)
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
try:
    b"abc"[5]
except IndexError as e:
    print("IndexError:", e)
try:
    b"abc" + "def"
except TypeError as e:
    print("TypeError:", e)
try:
    bytes("abc")
except TypeError as e:
    print("TypeError:", e)
print(hash(b"abc") == hash(bytes([97, 98, 99])), {b"k": 1}[b"k"])
