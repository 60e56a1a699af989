# Encoding text to bytes and back; byte values and checksums.
texts = ["plain ascii", "naïve café", "日本語", "emoji 😀 here", ""]
for t in texts:
    b = t.encode("utf-8")
    print(repr(t), len(t), len(b), b, b.decode("utf-8") == t)
total = 0
for byte in "checksum me".encode():
    total = (total * 31 + byte) % 65521
print("checksum", total)
print(list("é".encode()), list("€".encode()), list("😀".encode()))
print("abc".encode("utf-16-le") if False else "abc".encode("latin-1"), "ÿ".encode("latin-1"))
print(bytes([c ^ 0x20 for c in b"Hello"]), bytes(reversed(b"stressed")))
