"""Runs the conformance programs (tests/programs/**/*.py) under the `jit` executable and reports which
differ from CPython's recorded behaviour, with the rules of the xunit harness
(tests/Jit.Tests/Conformance/ConformanceTests.cs): stdout identical, exit status identical, stderr
empty when none is expected, else its last line identical (all of it under exceptions/).

    python3 tools/conformance.py                      all programs, all four tiers
    python3 tools/conformance.py --tier interpreter   one tier (interpreter, tiered, jit-all, stress-deopt)
    python3 tools/conformance.py ints/ strings/split  only paths starting so
    python3 tools/conformance.py --xfail              print failures as tests/xfail.txt lines
    python3 tools/conformance.py --jit PATH           which executable (default: src/Jit.Cli build output)
    python3 tools/conformance.py -v                   show the first difference of each failure
"""
import argparse
import concurrent.futures
import os
import subprocess
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
PROGRAMS = os.path.join(ROOT, "tests", "programs")
TIERS = {"interpreter": ["--no-jit"], "tiered": [], "jit-all": ["--jit-threshold", "0"],
         "stress-deopt": ["--jit-threshold", "0", "--jit-stress-deopt"]}


def default_jit():
    for config in ("Debug", "Release"):
        for name in ("jit", "jit.exe"):
            path = os.path.join(ROOT, "src", "Jit.Cli", "bin", config, "net10.0", name)
            if os.path.exists(path):
                return path
    return None


def programs(prefixes):
    found = []
    for directory, dirs, names in os.walk(PROGRAMS):
        for name in names:
            if name.endswith(".py"):
                rel = os.path.relpath(os.path.join(directory, name), PROGRAMS).replace(os.sep, "/")
                if not prefixes or any(rel.startswith(p) for p in prefixes):
                    found.append(rel)
    return sorted(found)


def read(path, default=None):
    if not os.path.exists(path):
        return default
    with open(path, "rb") as fh:
        return fh.read().decode("utf-8", errors="replace")


def last_line(text):
    return text.rstrip("\n").split("\n")[-1]


def first_difference(expected, actual):
    e = expected.split("\n")
    a = actual.split("\n")
    for i in range(max(len(e), len(a))):
        left = e[i] if i < len(e) else None
        right = a[i] if i < len(a) else None
        if left != right:
            return f"line {i + 1}: expected {left!r}, got {right!r}"
    return "same lines, different bytes"


def check(jit, rel, tier, timeout):
    path = os.path.join(PROGRAMS, rel)
    directory, name = os.path.split(path)
    base = path[:-3]
    stdin = read(base + ".stdin", "")
    env = dict(os.environ, PYTHONHASHSEED="0")
    try:
        result = subprocess.run([jit, *TIERS[tier], name], cwd=directory, input=stdin.encode(),
                                capture_output=True, timeout=timeout, env=env)
    except subprocess.TimeoutExpired:
        return [f"timed out after {timeout} s"]
    stdout = result.stdout.decode("utf-8", errors="replace")
    stderr = result.stderr.decode("utf-8", errors="replace").replace(path, name)
    problems = []
    expected_stdout = read(base + ".expected", "")
    if stdout != expected_stdout:
        problems.append("stdout: " + first_difference(expected_stdout, stdout))
    expected_status = int(read(base + ".expected_status", "0").strip())
    if result.returncode != expected_status:
        problems.append(f"exit status: expected {expected_status}, got {result.returncode}")
    expected_stderr = read(base + ".expected_stderr")
    if expected_stderr is None:
        if stderr:
            problems.append(f"stderr: expected nothing, got {last_line(stderr)!r}")
    elif rel.startswith("exceptions/"):
        if stderr != expected_stderr:
            problems.append("stderr: " + first_difference(expected_stderr, stderr))
    elif last_line(stderr) != last_line(expected_stderr):
        problems.append(f"stderr, last line: expected {last_line(expected_stderr)!r}, got {last_line(stderr)!r}")
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("prefixes", nargs="*")
    parser.add_argument("--tier", choices=sorted(TIERS), action="append")
    parser.add_argument("--jit", default=os.environ.get("JIT_EXE") or default_jit())
    parser.add_argument("--xfail", action="store_true")
    parser.add_argument("--timeout", type=float, default=60.0)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    if not args.jit or not os.path.exists(args.jit):
        sys.exit(f"jit executable not found ({args.jit}); build src/Jit.Cli or pass --jit PATH")
    tiers = args.tier or list(TIERS)
    runs = [(rel, tier) for rel in programs(args.prefixes) for tier in tiers]
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        results = list(pool.map(lambda run: (run, check(args.jit, run[0], run[1], args.timeout)), runs))
    failed = [(run, problems) for run, problems in results if problems]
    for (rel, tier), problems in failed:
        if args.xfail:
            print(f"programs {rel} {tier}: {problems[0]}")
        else:
            print(f"FAIL {rel} [{tier}]")
            if args.verbose:
                for p in problems:
                    print("     " + p)
    print(f"{len(runs) - len(failed)} passed, {len(failed)} failed ({len(runs)} runs)", file=sys.stderr)
    return 1 if failed and not args.xfail else 0


if __name__ == "__main__":
    sys.exit(main())
