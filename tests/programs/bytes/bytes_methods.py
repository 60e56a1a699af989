# bytes methods: decode, split, join, strip, replace, find, count, upper/lower, hex, fromhex, startswith.
data = b"  The Quick Brown Fox  "
print(data.strip(), data.lstrip(), data.rstrip(), data.split(), data.strip().split(b" "), data.upper(), data.lower())
print(b",".join([b"a", b"b", b"c"]), b"a-b-c".split(b"-"), b"a-b-c".rsplit(b"-", 1), b"k=v".partition(b"="))
print(b"banana".replace(b"a", b"o"), b"banana".find(b"an"), b"banana".rfind(b"an"), b"banana".count(b"a"), b"banana".index(b"n"))
print(b"hello".startswith(b"he"), b"hello".endswith((b"x", b"lo")), b"hello".title(), b"hello".capitalize(), b"Hello".swapcase())
print(b"caf\xc3\xa9".decode(), b"caf\xc3\xa9".decode("utf-8"), b"abc".decode("ascii"), b"\xe9".decode("latin-1"))
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(b"\xde\xad\xbe\xef".hex(), bytes.fromhex("deadbeef"), bytes.fromhex("01 02 ff"), b"ab".hex(":"))
print(b"123".isdigit(), b"abc".isalpha(), b"  ".isspace(), b"a1".isalnum(), b"ABC".isupper(), b"abc".islower())
print(b"x".center(5, b"-"), b"x".ljust(3, b"."), b"x".rjust(3), b"42".zfill(5), b"a\nb\r\nc".splitlines())
print(bytearray(b"abc"), bytearray(3), list(bytearray(b"xy")))
ba = bytearray(b"hello")
ba[0] = 74
ba.append(33)
ba.extend(b"??")
print(ba, bytes(ba), len(ba), ba.decode())
