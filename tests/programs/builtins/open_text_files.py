import os
import random
path = __file__ + "." + str(os.getpid()) + "_" + str(random.randrange(10**9)) + ".tmp"  # unique: the tiers run this program concurrently
with open(path, "w") as f:
    f.write("line one\n")
    print("second", file=f)
    f.writelines(["a\n", "b\n"])
print(f.closed)
with open(path) as f:
    for line in f:
        print(repr(line))
f = open(path)
print(f.readline(), f.read())
f.close()
try:
    open("/nonexistent/x")
except FileNotFoundError as e:
    print(e)
try:
    f.read()
except ValueError as e:
    print(e)
os.remove(path)
print(os.path.exists(path), os.path.basename("/a/b.txt"), os.path.splitext("x/y.tar.gz"), os.path.join("a", "b", "c"))
