# os: getcwd, environ as a mapping, listdir of our own directory, making and removing files.
import os
import random

cwd = os.getcwd()
print("getcwd is str:", isinstance(cwd, str), "absolute:", os.path.isabs(cwd))
here = os.path.dirname(os.path.abspath(__file__))
print("cwd is a directory:", os.path.isdir(cwd), os.path.samefile(here, os.path.join(here, ".")))

env = os.environ
print("environ has PATH:", "PATH" in env, "get default:", env.get("JIT_SURELY_UNSET_VAR", "fallback"))
print("getenv None:", os.getenv("JIT_SURELY_UNSET_VAR") is None, "getenv default:", os.getenv("JIT_SURELY_UNSET_VAR", "d"))
print("keys are str:", all(isinstance(k, str) for k in env), "values are str:", all(isinstance(v, str) for v in env.values()))
print("mapping methods:", all(hasattr(env, m) for m in ("keys", "items", "values", "get", "__getitem__", "__contains__")))
os.environ["JIT_TEST_VARIABLE"] = "hello"
print("set and read:", os.environ["JIT_TEST_VARIABLE"], os.getenv("JIT_TEST_VARIABLE"))
del os.environ["JIT_TEST_VARIABLE"]
print("deleted:", "JIT_TEST_VARIABLE" in os.environ)
try:
    os.environ["JIT_SURELY_UNSET_VAR"]
except KeyError as e:
    print("KeyError:", e)

prefix = "ospath_listdir"
mine = sorted(n for n in os.listdir(here) if n.startswith(prefix))
print("own files:", mine)

# Unique per run: test harnesses may run this program several times at once in one process.
tag = f"tmp_listdir_{os.getpid()}_{random.randrange(10**9)}"
names = [tag + suffix for suffix in (".a", ".b", ".c")]
d = tag + "_dir"
try:
    for n in names:
        with open(n, "w") as fh:
            fh.write(n)
    print("created:", sorted(n[len(tag):] for n in os.listdir(".") if n.startswith(tag)))
    print("exists/isfile:", [(os.path.exists(n), os.path.isfile(n)) for n in names])
    os.rename(names[0], tag + ".renamed")
    print("after rename:", sorted(n[len(tag):] for n in os.listdir(".") if n.startswith(tag)))
    if hasattr(os, "rmdir"):  # never leave a directory behind
        os.mkdir(d)
        os.makedirs(os.path.join(d, "x", "y"))
        print("dirs:", os.path.isdir(d), os.path.isdir(os.path.join(d, "x", "y")), sorted(os.listdir(d)))
        os.rmdir(os.path.join(d, "x", "y"))
        os.rmdir(os.path.join(d, "x"))
        os.rmdir(d)
        print("dir removed:", os.path.exists(d))
    else:
        print("no os.rmdir")
finally:
    for n in os.listdir("."):
        if n.startswith(tag) and os.path.isfile(n):
            os.remove(n)
print("after remove:", sorted(n for n in os.listdir(".") if n.startswith(tag)))
try:
    os.remove(tag + ".nope")
except FileNotFoundError as e:
    print("FileNotFoundError:", type(e).__name__, e.errno == 2)
try:
    os.listdir(tag + "_missing_dir")
except OSError as e:
    print("OSError subclass:", type(e).__name__)
print("getpid int:", isinstance(os.getpid(), int), "name:", os.name, "linesep:", repr(os.linesep))
print("final own files:", sorted(n for n in os.listdir(here) if n.startswith(prefix)))
