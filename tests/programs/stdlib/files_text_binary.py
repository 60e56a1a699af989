# open(): write, append, read, readlines, iteration, binary mode, with closing the file.
import os
import random
path = f"files_text_binary_{os.getpid()}_{random.randrange(10**9)}.tmp"
with open(path, "w") as f:
    f.write("alpha\nbeta\n")
with open(path, "a") as f:
    print("gamma", file=f)
with open(path) as f:
    print(f.readlines())
with open(path) as f:
    print([line.rstrip() for line in f])
with open(path, "r") as f:
    print(repr(f.read(3)), repr(f.readline()), repr(f.read()))
print(f.closed)
with open(path, "wb") as f:
    f.write(bytes(range(5)) + b"\xff")
with open(path, "rb") as f:
    data = f.read()
print(data, len(data), data[-1])
with open(path, "ab") as f:
    f.write(b"tail")
with open(path, "rb") as f:
    print(f.read()[-4:])
os.remove(path)
print(os.path.exists(path))
try:
    open(path)
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.strerror)
