"""Regenerates tests/syntax_errors/*.expected_stderr and tests/syntax_errors/compiler/*.expected_stderr:
what CPython 3.11 prints when it runs each file (every file there holds one syntax error). CPython
names the script by its absolute path; the expectations keep only the file name, so they hold in
any checkout. Files in compiler/ hold errors that CPython's compiler raises, not its parser
(ast.parse accepts them); the files directly in tests/syntax_errors are rejected by the parser.
Run: python3 tools/regen_syntax_errors.py
"""
import ast
import glob
import os
import subprocess
import sys

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "syntax_errors")
for here, compiler in ((root, False), (os.path.join(root, "compiler"), True)):
    for path in sorted(glob.glob(os.path.join(here, "*.py"))):
        name = os.path.basename(path)
        result = subprocess.run([sys.executable, name], cwd=here, capture_output=True)
        if result.returncode != 1 or b"Error" not in result.stderr:
            sys.exit(f"{name}: CPython did not report a syntax error (status {result.returncode})")
        if compiler:
            with open(path, "rb") as fh:
                try:
                    ast.parse(fh.read())
                except SyntaxError:
                    sys.exit(f"compiler/{name}: CPython's parser rejects it; it belongs in tests/syntax_errors")
        stderr = result.stderr.replace(os.fsencode(os.path.realpath(path)), name.encode())
        with open(path[:-3] + ".expected_stderr", "wb") as fh:
            fh.write(stderr)
