# open(): text files — write, read, append, readline(s), iteration, seek/tell, with-closing; cleaned up.
import os
import random

name = f"fileio_text_{os.getpid()}_{random.randrange(10**9)}.tmp"
try:
    with open(name, "w") as f:
        n = f.write("first line\n")
        f.write("second line\n")
        print("third line", file=f)
        f.writelines(["fourth\n", "fifth\n"])
        print("write returned:", n, "closed inside:", f.closed, "mode:", f.mode, "name ok:", f.name == name)
    print("closed after with:", f.closed)

    with open(name) as f:
        content = f.read()
    print("read:", repr(content))
    print("line count:", content.count("\n"), "size on disk:", os.path.getsize(name))

    with open(name, "r") as f:
        print("readline:", repr(f.readline()), repr(f.readline()))
        print("rest readlines:", f.readlines())
        print("readline at EOF:", repr(f.readline()), "read at EOF:", repr(f.read()))

    with open(name) as f:
        for i, line in enumerate(f, 1):
            print(f"  {i}: {line.rstrip()}")

    with open(name, "a") as f:
        f.write("sixth (appended)\n")
    with open(name, "a") as f:
        f.write("seventh")
    with open(name) as f:
        lines = f.read().splitlines()
    print("after append:", len(lines), lines[-2:])

    with open(name) as f:
        f.seek(6)
        print("seek(6) read(4):", repr(f.read(4)), "tell:", f.tell())
        f.seek(0)
        print("after seek(0):", repr(f.read(5)))

    with open(name, "w") as f:
        f.write("overwritten\n")
    with open(name) as f:
        print("mode w truncates:", f.readlines())

    with open(name, "w", encoding="utf-8") as f:
        f.write("naïve café ☃ 中文\n")
    with open(name, encoding="utf-8") as f:
        text = f.read()
    print("unicode round trip:", text.strip(), len(text), "bytes:", os.path.getsize(name))

    with open(name, "r+") as f:
        f.write("NAÏVE")
        f.seek(0)
        print("r+ overwrite:", f.read().strip())

    f = open(name)
    first = f.readline()
    f.close()
    print("manual close:", repr(first.strip()), f.closed)
    try:
        f.read()
    except ValueError as e:
        print("ValueError:", e)
    print("exists before remove:", os.path.exists(name))
finally:
    if os.path.exists(name):
        os.remove(name)
print("exists after remove:", os.path.exists(name))
