"""Times the benchmark programs of perf/programs under Jit and other Pythons; see perf/README.md.

    python3 perf/run.py                        time every program, 3 runs each, write perf/RESULTS.md
    python3 perf/run.py --runs 5 fib nbody     chosen programs, 5 runs each
    python3 perf/run.py --count-instructions   executed-instruction counts: CPython (traced) vs jit --stats
    python3 perf/run.py --write-expected       record CPython's output of each program as NAME.expected

Never installs anything. Runs whatever of these exists: jit (--jit PATH; default: the Release build
of src/Jit.Cli), `jit --no-jit`, CPython 3.11 (--cpython PATH; default: the real binary behind
python3) and pypy3 (on PATH). Runs alternate: each round runs every program once under every
runner, in a rotating order, so that drift in machine load spreads over all of them.
"""
import argparse
import datetime
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PROGRAMS = os.path.join(HERE, "programs")
RESULTS = os.path.join(HERE, "RESULTS.md")
TIMEOUT = 600

# Arguments that shrink each program for --count-instructions (tracing is 30-100x slower).
COUNT_ARGS = {
    "fannkuch": ["7"],
    "fib": ["20"],
    "float": ["2000", "1"],
    "intloop": ["30000"],
    "mandelbrot": ["40"],
    "nbody": ["2000"],
    "nqueens": ["7"],
    "richards": ["1"],
    "spectral_norm": ["40"],
    "wordcount": ["5000"],
}

INSTRUCTIONS = re.compile(r"executed instructions:\s*(\d+)")


def real_cpython(explicit):
    """The real CPython 3.11 binary (python3 on PATH may be a shim script)."""
    if explicit:
        return explicit
    if sys.implementation.name == "cpython" and sys.version_info[:2] == (3, 11):
        return os.path.realpath(sys.executable)
    found = shutil.which("python3")
    if found:
        out = subprocess.run([found, "-c", "import sys; print(sys.executable)"], capture_output=True, text=True)
        if out.returncode == 0 and out.stdout.strip():
            return os.path.realpath(out.stdout.strip())
    sys.exit("CPython not found: pass --cpython PATH")


def version_of(command):
    out = subprocess.run(command + ["-c", "import sys; print(sys.version.split()[0], sys.implementation.name)"],
                         capture_output=True, text=True)
    return out.stdout.strip() if out.returncode == 0 else "?"


def probe_jit(path):
    """None when `path` runs a one-line script correctly, else why not (said to the user)."""
    if not path or not os.path.exists(path):
        return f"jit not found at {path}; build it with `dotnet build -c Release src/Jit.Cli` or pass --jit PATH"
    with tempfile.TemporaryDirectory() as directory:
        script = os.path.join(directory, "probe.py")
        with open(script, "w") as fh:
            fh.write("print('probe', 6 * 7)\n")
        try:
            out = subprocess.run([path, script], capture_output=True, text=True, timeout=60)
        except (OSError, subprocess.TimeoutExpired) as e:
            return f"jit at {path} could not be run: {e}"
        if out.returncode != 0 or out.stdout != "probe 42\n":
            detail = (out.stderr.strip().splitlines() or ["no output"])[-1]
            return f"jit at {path} cannot run scripts yet (exit status {out.returncode}: {detail})"
    return None


def programs(names):
    found = sorted(f[:-3] for f in os.listdir(PROGRAMS) if f.endswith(".py"))
    if not names:
        return found
    unknown = [n for n in names if n not in found]
    if unknown:
        sys.exit(f"unknown program(s): {', '.join(unknown)} (have: {', '.join(found)})")
    return [n for n in found if n in names]


def run_once(command, program, args=()):
    path = os.path.join(PROGRAMS, program + ".py")
    env = dict(os.environ, PYTHONHASHSEED="0")
    started = time.perf_counter()
    try:
        out = subprocess.run(command + [path, *args], capture_output=True, cwd=PROGRAMS, env=env, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return None, b"", f"timed out after {TIMEOUT} s".encode(), -1
    elapsed = time.perf_counter() - started
    return elapsed, out.stdout, out.stderr, out.returncode


def expected_output(program):
    path = os.path.join(PROGRAMS, program + ".expected")
    if os.path.exists(path):
        with open(path, "rb") as fh:
            return fh.read()
    return None


def write_expected(cpython, names):
    for program in names:
        elapsed, stdout, stderr, status = run_once([cpython], program)
        if status != 0:
            sys.exit(f"{program}: CPython failed with status {status}: {stderr.decode(errors='replace')}")
        with open(os.path.join(PROGRAMS, program + ".expected"), "wb") as fh:
            fh.write(stdout)
        print(f"{program}: {elapsed:.2f} s, {len(stdout.splitlines())} lines recorded")


def fmt_seconds(value):
    return "-" if value is None else f"{value:.3f}"


def time_programs(runners, names, runs):
    """runners: list of (label, command). Returns {program: {label: (median or None, note)}}."""
    times = {p: {label: [] for label, _ in runners} for p in names}
    notes = {p: {label: "" for label, _ in runners} for p in names}
    for round_index in range(runs):
        for program in names:
            shift = (round_index + names.index(program)) % len(runners)
            order = runners[shift:] + runners[:shift]
            for label, command in order:
                if notes[program][label]:
                    continue
                elapsed, stdout, stderr, status = run_once(command, program)
                expected = expected_output(program)
                if status != 0:
                    detail = (stderr.decode(errors="replace").strip().splitlines() or [""])[-1]
                    notes[program][label] = f"failed ({status}: {detail[:60]})"
                elif expected is not None and stdout != expected:
                    notes[program][label] = "wrong output"
                else:
                    times[program][label].append(elapsed)
                shown = notes[program][label] or f"{elapsed:.3f} s"
                print(f"  round {round_index + 1}/{runs}  {program:<14} {label:<13} {shown}", flush=True)
    result = {}
    for program in names:
        result[program] = {}
        for label, _ in runners:
            samples = times[program][label]
            median = statistics.median(samples) if samples and not notes[program][label] else None
            result[program][label] = (median, notes[program][label])
    return result


def timing_table(result, labels, runs):
    base = "CPython"
    header = "| program | " + " | ".join(f"{label} (s)" for label in labels)
    others = [label for label in labels if label != base]
    header += "".join(f" | {label} vs CPython" for label in others) + " |"
    lines = [header, "|" + " --- |" * (1 + len(labels) + len(others))]
    speedups = {label: [] for label in others}
    for program, row in result.items():
        cells = []
        for label in labels:
            median, note = row[label]
            cells.append(note if note else fmt_seconds(median))
        cpy = row[base][0]
        for label in others:
            median = row[label][0]
            if cpy and median:
                speedups[label].append(cpy / median)
                cells.append(f"{cpy / median:.2f}x")
            else:
                cells.append("-")
        lines.append(f"| {program} | " + " | ".join(cells) + " |")
    geo = []
    for label in others:
        values = speedups[label]
        if values:
            product = 1.0
            for v in values:
                product *= v
            geo.append(f"{label}: {product ** (1 / len(values)):.2f}x over {len(values)} programs")
    text = "\n".join(lines)
    text += f"\n\nMedian of {runs} run(s) per cell, wall-clock seconds of the whole process (start-up included)."
    text += "\n\"X vs CPython\" is CPython's time divided by X's: above 1 means faster than CPython."
    if geo:
        text += "\nGeometric mean: " + "; ".join(geo) + "."
    text += "\n\n" + chart(result, others)
    return text


def chart(result, others):
    """A text bar chart of speedups over CPython, one bar per program and runner."""
    rows = []
    for program, row in result.items():
        cpy = row["CPython"][0]
        for label in others:
            median = row[label][0]
            if cpy and median:
                rows.append((program, label, cpy / median))
    if not rows:
        return ""
    top = max(max(v for _, _, v in rows), 1.0)
    out = ["```", f"speedup over CPython (40 columns = {top:.2f}x)"]
    for program, label, value in rows:
        out.append(f"{program:<14} {label:<13} {'#' * max(1, round(value / top * 40)):<40} {value:.2f}x")
    out.append("```")
    return "\n".join(out)


def count_instructions(cpython, jit, jit_problem, names):
    counter = os.path.join(HERE, "count_opcodes.py")
    lines = ["| program | arguments | CPython instructions | jit instructions | jit / CPython |",
             "| --- | --- | --- | --- | --- |"]
    for program in names:
        args = COUNT_ARGS.get(program, [])
        elapsed, stdout, stderr, status = run_once([cpython, counter], program, args)
        match = INSTRUCTIONS.search(stderr.decode(errors="replace"))
        cpy = int(match.group(1)) if status == 0 and match else None
        ours = None
        note = jit_problem and "jit unavailable"
        if not jit_problem:
            elapsed, jstdout, jstderr, jstatus = run_once([jit, "--stats", "--no-jit"], program, args)
            jmatch = INSTRUCTIONS.search(jstderr.decode(errors="replace"))
            if jstatus != 0:
                note = f"jit failed ({jstatus})"
            elif jstdout != stdout:
                note = "jit: wrong output"
            elif not jmatch:
                note = "no `executed instructions:` line from jit --stats"
            else:
                ours = int(jmatch.group(1))
        ratio = f"{ours / cpy:.3f}" if ours and cpy else (note or "-")
        row = f"| {program} | {' '.join(args)} | {cpy if cpy is not None else 'failed'} | {ours if ours is not None else '-'} | {ratio} |"
        print(row, flush=True)
        lines.append(row)
    text = "\n".join(lines)
    text += ("\n\nCPython's count: `perf/count_opcodes.py` (sys.settrace with f_trace_opcodes=True; "
             "3.11 reports no event for RESUME). Jit's: the `executed instructions: N` line of `jit --stats --no-jit`.")
    return text


def replace_section(document, name, body):
    start, end = f"<!-- {name} -->", f"<!-- /{name} -->"
    block = f"{start}\n{body}\n{end}"
    if start in document and end in document:
        before = document[:document.index(start)]
        after = document[document.index(end) + len(end):]
        return before + block + after
    return document.rstrip("\n") + "\n\n" + block + "\n"


def write_results(section, body, environment):
    if os.path.exists(RESULTS):
        with open(RESULTS, encoding="utf-8") as fh:
            document = fh.read()
    else:
        document = ("# Benchmark results\n\nWritten by `python3 perf/run.py` (see perf/README.md).\n\n"
                    "<!-- timing -->\n(not measured yet: `python3 perf/run.py`)\n<!-- /timing -->\n\n"
                    "<!-- instructions -->\n(not measured yet: `python3 perf/run.py --count-instructions`)\n<!-- /instructions -->\n")
    document = replace_section(document, section, environment + "\n\n" + body)
    with open(RESULTS, "w", encoding="utf-8") as fh:
        fh.write(document)
    print(f"wrote {os.path.relpath(RESULTS, ROOT)}")


def describe_environment(cpython, pypy, jit, jit_problem):
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    cpu = platform.processor() or platform.machine()
    if os.path.exists("/proc/cpuinfo"):
        with open("/proc/cpuinfo") as fh:
            for line in fh:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    parts = [f"{datetime.date.today().isoformat()}, commit {commit or '?'}, {cpu}, {os.cpu_count()} cores",
             f"CPython {version_of([cpython])} ({cpython})"]
    parts.append(f"PyPy {version_of([pypy])} ({pypy})" if pypy else "PyPy: not installed (`apt-get install -y pypy3`)")
    shown = os.path.relpath(jit, ROOT) if jit and os.path.isabs(jit) and jit.startswith(ROOT) else jit
    parts.append(f"jit: {shown}" if not jit_problem else f"jit: {jit_problem.replace(ROOT + os.sep, '')}")
    return "\n".join("- " + p for p in parts)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("programs", nargs="*", help="program names (default: all in perf/programs)")
    parser.add_argument("--jit", default=os.environ.get("JIT_EXE") or os.path.join(ROOT, "src", "Jit.Cli", "bin", "Release", "net10.0", "jit"))
    parser.add_argument("--cpython", help="the CPython 3.11 binary (default: the real one behind python3)")
    parser.add_argument("--pypy", default=shutil.which("pypy3"), help="the PyPy binary (default: pypy3 on PATH)")
    parser.add_argument("--no-pypy", action="store_true")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--count-instructions", action="store_true")
    parser.add_argument("--write-expected", action="store_true")
    parser.add_argument("--no-write", action="store_true", help="do not write perf/RESULTS.md")
    args = parser.parse_args()

    cpython = real_cpython(args.cpython)
    names = programs(args.programs)
    if args.write_expected:
        write_expected(cpython, names)
        return 0
    pypy = None if args.no_pypy else args.pypy
    jit_problem = probe_jit(args.jit)
    if jit_problem:
        print(f"NOTE: {jit_problem}.", file=sys.stderr)
        print("NOTE: the jit columns are left out; results are for CPython" + (" and PyPy" if pypy else "") + " only.", file=sys.stderr)
    environment = describe_environment(cpython, pypy, args.jit, jit_problem)

    if args.count_instructions:
        print("## Executed instructions")
        body = count_instructions(cpython, args.jit, jit_problem, names)
        if not args.no_write:
            write_results("instructions", "## Executed instructions\n\n" + body, environment)
        return 0

    runners = [("CPython", [cpython])]
    if pypy:
        runners.append(("PyPy", [pypy]))
    if not jit_problem:
        runners.append(("jit", [args.jit]))
        runners.append(("jit --no-jit", [args.jit, "--no-jit"]))
    print(f"timing {len(names)} programs x {len(runners)} runners x {args.runs} runs", flush=True)
    result = time_programs(runners, names, args.runs)
    table = timing_table(result, [label for label, _ in runners], args.runs)
    print()
    print(table)
    if not args.no_write:
        write_results("timing", "## Timing\n\n" + table, environment)
    return 0


if __name__ == "__main__":
    sys.exit(main())
