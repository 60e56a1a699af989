# sys: facts about the running interpreter that are the same on every implementation.
import sys

print("argv list:", type(sys.argv).__name__, len(sys.argv), sys.argv[0].split("/")[-1])
print("path list:", isinstance(sys.path, list), all(isinstance(p, str) for p in sys.path))
print("'sys' in modules:", "sys" in sys.modules, sys.modules["sys"] is sys)
import math
print("'math' in modules after import:", "math" in sys.modules, sys.modules["math"] is math)
print("modules is dict:", isinstance(sys.modules, dict))

n = sys.stdout.write("hello from write\n")
print("write returned", n)
n = sys.stdout.write("")
print("empty write returned", n)
print("stderr exists:", sys.stderr is not None, hasattr(sys.stderr, "write"))
print("stdout has flush:", callable(sys.stdout.flush))
sys.stdout.flush()

print("maxsize:", sys.maxsize, sys.maxsize == 2 ** 63 - 1, sys.maxsize + 1 > sys.maxsize)
vi = sys.version_info
print("version_info[:2]:", vi[:2], "major:", vi.major, "minor:", vi.minor, vi[0] == vi.major)
print("version_info >= (3, 8):", vi >= (3, 8), vi[:2] == (3, 11))
print("version is str:", isinstance(sys.version, str), sys.version.startswith("3."))
print("implementation.name is str:", isinstance(sys.implementation.name, str))
print("platform is str:", isinstance(sys.platform, str), len(sys.platform) > 0)
print("byteorder:", sys.byteorder in ("little", "big"))
print("float_info.max:", sys.float_info.max, "epsilon:", sys.float_info.epsilon, "dig:", sys.float_info.dig)
print("int max str digits type:", type(sys.getrecursionlimit()).__name__)

def show(*args, sep=" ", file=sys.stdout):
    file.write(sep.join(str(a) for a in args) + "\n")
show("custom", "print", 1, 2.5, None)
show("a", "b", sep="-")
print("to stdout explicitly", file=sys.stdout)

# sys.exc_info inside and outside a handler
print("exc_info outside:", sys.exc_info())
try:
    {}["missing"]
except KeyError:
    t, v, tb = sys.exc_info()
    print("exc_info inside:", t.__name__, repr(v), tb is not None)
try:
    raise ValueError("boom")
except ValueError as e:
    print("exception() is e:", sys.exception() is e if hasattr(sys, "exception") else True)

print("intern equal:", sys.intern("hello world") == "hello world")
print("getsizeof positive:", sys.getsizeof([]) > 0 if hasattr(sys, "getsizeof") else True)
