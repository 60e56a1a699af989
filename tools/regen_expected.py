"""Regenerates the expected results of the conformance programs, tests/programs/**/*.py, by
running each one with CPython 3.11 (the interpreter that runs this script):

    x.expected          stdout, exact bytes (always written)
    x.expected_stderr   stderr, written only when the exit status is non-zero or stderr is not empty
    x.expected_status   the exit status as text ("1\\n"), written in the same cases

Each program runs as `python3 x.py` with the program's directory as working directory, stdin from
x.stdin when that file exists (empty otherwise), PYTHONHASHSEED=0 and a fixed, minimal
environment. CPython names the script by its absolute path in tracebacks; the expectations keep
only the file name ("x.py"), so they hold in any checkout (the harness does the same to Jit's
output). Running this twice gives identical files.

    python3 tools/regen_expected.py            rewrite every expectation
    python3 tools/regen_expected.py --check    rewrite nothing; list differences, exit 1 if any
    python3 tools/regen_expected.py ints/      only programs whose path (under tests/programs) starts so
"""
import os
import subprocess
import sys
import time

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
PROGRAMS = os.path.join(ROOT, "tests", "programs")
TIMEOUT = 30.0
SLOW = 1.0


def python_binary():
    if sys.version_info[:2] != (3, 11):
        sys.exit(f"regen_expected.py must run under CPython 3.11 (this is {sys.version.split()[0]})")
    if sys.implementation.name != "cpython":
        sys.exit("regen_expected.py must run under CPython")
    return os.path.realpath(sys.executable)


def environment():
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "PYTHONHASHSEED": "0",
        "PYTHONIOENCODING": "utf-8",
        "PYTHONDONTWRITEBYTECODE": "1",
        "LC_ALL": "C.UTF-8",
    }
    if "HOME" in os.environ:
        env["HOME"] = os.environ["HOME"]
    return env


def programs(prefixes):
    found = []
    for directory, dirs, names in os.walk(PROGRAMS):
        dirs.sort()
        for name in sorted(names):
            if name.endswith(".py"):
                relative = os.path.relpath(os.path.join(directory, name), PROGRAMS).replace(os.sep, "/")
                if not prefixes or any(relative.startswith(p) for p in prefixes):
                    found.append(relative)
    return sorted(found)


def run(python, relative):
    path = os.path.join(PROGRAMS, relative)
    directory, name = os.path.split(path)
    stdin_path = path[:-3] + ".stdin"
    stdin = b""
    if os.path.exists(stdin_path):
        with open(stdin_path, "rb") as fh:
            stdin = fh.read()
    started = time.perf_counter()
    result = subprocess.run([python, name], cwd=directory, input=stdin, capture_output=True,
                            env=environment(), timeout=TIMEOUT)
    elapsed = time.perf_counter() - started
    # CPython shows the script's absolute path; keep the bare name as the harness does for Jit.
    stderr = result.stderr
    for spelling in {os.path.realpath(path), os.path.abspath(path)}:
        stderr = stderr.replace(os.fsencode(spelling), name.encode())
    return result.stdout, stderr, result.returncode, elapsed


def expected_files(relative, stdout, stderr, status):
    """What the expectation files of one program must hold (None: the file must not exist)."""
    base = os.path.join(PROGRAMS, relative[:-3])
    failing = status != 0 or stderr != b""
    return {
        base + ".expected": stdout,
        base + ".expected_stderr": stderr if failing else None,
        base + ".expected_status": f"{status}\n".encode() if failing else None,
    }


def read(path):
    if not os.path.exists(path):
        return None
    with open(path, "rb") as fh:
        return fh.read()


def main(argv):
    check = "--check" in argv
    prefixes = [a for a in argv if not a.startswith("--")]
    python = python_binary()
    differences = 0
    failing = 0
    slow = []
    selected = programs(prefixes)
    for relative in selected:
        stdout, stderr, status, elapsed = run(python, relative)
        if status != 0:
            failing += 1
        if elapsed > SLOW:
            slow.append(f"{relative} ({elapsed:.2f} s)")
        for path, content in expected_files(relative, stdout, stderr, status).items():
            if read(path) == content:
                continue
            differences += 1
            shown = os.path.relpath(path, ROOT)
            if check:
                print(f"differs: {shown}")
            elif content is None:
                os.remove(path)
                print(f"removed: {shown}")
            else:
                with open(path, "wb") as fh:
                    fh.write(content)
                print(f"wrote:   {shown}")
    print(f"{len(selected)} programs, {failing} with a non-zero exit status, "
          f"{differences} file(s) {'differ' if check else 'changed'}")
    for entry in slow:
        print(f"slow (over {SLOW:.0f} s in CPython): {entry}")
    return 1 if check and differences else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
