# sys: argv, exit codes through SystemExit, path, modules, stdout/stderr objects, limits, versions.
import sys
print(sys.argv[0].endswith("sys_module.py"), isinstance(sys.path, list), "sys" in sys.modules)
print(sys.stdout.write("written\n"), hasattr(sys.stderr, "write"))
sys.stdout.flush()
print(sys.getrecursionlimit() >= 1000, sys.maxsize == 2 ** 63 - 1, sys.version_info[:2] == (3, 11))
print(sys.version_info.major, sys.version_info.minor, isinstance(sys.version, str), sys.implementation.name in ("cpython", "jit"))
print(isinstance(sys.platform, str), sys.byteorder)
for code in [0, 3, "message", None]:
    try:
        sys.exit(code)
    except SystemExit as e:
        print("SystemExit", repr(e.code))
try:
    raise SystemExit
except SystemExit as e:
    print(repr(e.code))
old = sys.getrecursionlimit()
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
sys.setrecursionlimit(old)
print(type(sys.modules).__name__, sys.modules["sys"] is sys)
