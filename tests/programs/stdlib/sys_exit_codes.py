# sys.exit: every kind of argument, caught as SystemExit, plus exit from nested calls.
import sys

def attempt(label, *args):
    try:
        sys.exit(*args)
    except SystemExit as e:
        print(f"{label:<14} code={e.code!r} type={type(e.code).__name__} args={e.args!r}")
    else:
        print(label, "did not exit")

attempt("no args")
attempt("None", None)
attempt("zero", 0)
attempt("int 3", 3)
attempt("negative", -1)
attempt("str", "fatal: bad input")
attempt("tuple", (1, 2))
attempt("bool", True)

def deep(n):
    if n == 0:
        sys.exit(f"bottom reached")
    return deep(n - 1)

try:
    deep(20)
except SystemExit as e:
    print("deep exit:", e.code, "| str:", str(e))

# SystemExit is not an Exception subclass, so a bare `except Exception` misses it
try:
    try:
        sys.exit(5)
    except Exception:
        print("caught by Exception (wrong)")
except BaseException as e:
    print("caught by BaseException:", type(e).__name__, e.code)
print("SystemExit is Exception:", issubclass(SystemExit, Exception), "BaseException:", issubclass(SystemExit, BaseException))

# finally blocks run during sys.exit
log = []
try:
    try:
        log.append("before")
        sys.exit(2)
    finally:
        log.append("finally ran")
except SystemExit as e:
    log.append(f"exit {e.code}")
print(log)

# raising SystemExit directly behaves the same
for arg in [7, "message", None]:
    try:
        raise SystemExit(arg)
    except SystemExit as e:
        print("raised SystemExit:", repr(e.code))

def main(argv):
    if len(argv) < 3:
        return "usage: prog A B"
    return 0
status = main(sys.argv)
try:
    sys.exit(status)
except SystemExit as e:
    print("main returned:", e.code)
print("argv is a list:", isinstance(sys.argv, list), "argv[0] ends with .py:", sys.argv[0].endswith("sys_exit_codes.py"))
