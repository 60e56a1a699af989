# open() in binary mode: bytes in and out, struct-free record packing, seek, and mode errors.
import os
import random

name = f"fileio_binary_{os.getpid()}_{random.randrange(10**9)}.bin"
try:
    payload = bytes(range(256))
    with open(name, "wb") as f:
        written = f.write(payload)
        f.write(b"\x00END")
    print("written:", written, "size:", os.path.getsize(name))

    with open(name, "rb") as f:
        data = f.read()
    print("type:", type(data).__name__, "len:", len(data), "head:", data[:8], "tail:", data[-4:])
    print("matches:", data[:256] == payload, "checksum:", sum(data) % 65536)

    with open(name, "rb") as f:
        f.seek(250)
        print("seek 250 read 6:", f.read(6), "tell:", f.tell())
        f.seek(-3, 2)
        print("seek from end:", f.read())
        f.seek(0)
        chunks = []
        while True:
            chunk = f.read(100)
            if not chunk:
                break
            chunks.append(len(chunk))
        print("chunk sizes:", chunks)

    records = [(1, "alice", 30), (2, "bob", 25), (300, "carol", 41)]
    with open(name, "wb") as f:
        for rid, rname, age in records:
            encoded = rname.encode("utf-8")
            f.write(rid.to_bytes(2, "big") + len(encoded).to_bytes(1, "big") + encoded + age.to_bytes(1, "big"))
    with open(name, "rb") as f:
        raw = f.read()
    print("raw records:", raw)
    pos, decoded = 0, []
    while pos < len(raw):
        rid = int.from_bytes(raw[pos:pos + 2], "big")
        ln = raw[pos + 2]
        rname = raw[pos + 3:pos + 3 + ln].decode()
        age = raw[pos + 3 + ln]
        decoded.append((rid, rname, age))
        pos += 4 + ln
    print("decoded:", decoded, decoded == records)

    with open(name, "ab") as f:
        f.write("é☃".encode("utf-8"))
    with open(name, "rb") as f:
        tail = f.read()[-5:]
    print("appended utf-8 bytes:", tail, tail.decode("utf-8"))

    with open(name, "wb") as f:
        f.write(bytearray(b"line1\nline2\r\nline3"))
    with open(name, "rb") as f:
        print("binary readlines keep \\r\\n:", f.readlines())
    with open(name, "rb") as f:
        print("iterate binary:", [len(line) for line in f])

    try:
        with open(name, "wb") as f:
            f.write("text into binary")
    except TypeError as e:
        print("TypeError:", type(e).__name__)
    try:
        with open(name, "w") as f:
            f.write(b"bytes into text")
    except TypeError as e:
        print("TypeError:", type(e).__name__)
finally:
    if os.path.exists(name):
        os.remove(name)
print("cleaned up:", not os.path.exists(name))
