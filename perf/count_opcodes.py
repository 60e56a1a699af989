"""Runs a Python program under CPython with an opcode tracer and reports how many bytecode
instructions CPython executed, on stderr, as `executed instructions: N` (the line `jit --stats`
prints too). Usage: python3 perf/count_opcodes.py PROGRAM.py [ARGS...]

The count covers the program's own code (every frame it runs, module level included), not the
interpreter's start-up. Tracing is slow (roughly 30-100x), so give benchmarks a small size argument.
"""
import sys


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    path = sys.argv[1]
    sys.argv = sys.argv[1:]
    with open(path, "rb") as fh:
        code = compile(fh.read(), path, "exec")
    count = 0

    def trace(frame, event, arg):
        nonlocal count
        if event == "opcode":
            count += 1
        elif event == "call":
            frame.f_trace_opcodes = True
        return trace

    namespace = {"__name__": "__main__", "__file__": path, "__builtins__": __builtins__}
    status = 0
    sys.settrace(trace)
    try:
        exec(code, namespace)
    except SystemExit as e:
        status = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
    finally:
        sys.settrace(None)
        sys.stdout.flush()
    print(f"executed instructions: {count}", file=sys.stderr)
    return status


if __name__ == "__main__":
    sys.exit(main())
