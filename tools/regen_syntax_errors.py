"""Regenerates tests/syntax_errors/*.expected_stderr: what CPython 3.11 prints when it runs each
file (every file there holds one syntax error). CPython names the script by its absolute path;
the expectations keep only the file name, so they hold in any checkout.
Run: python3 tools/regen_syntax_errors.py
"""
import glob
import os
import subprocess
import sys

here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "syntax_errors")
for path in sorted(glob.glob(os.path.join(here, "*.py"))):
    name = os.path.basename(path)
    result = subprocess.run([sys.executable, name], cwd=here, capture_output=True)
    if result.returncode != 1 or b"Error" not in result.stderr:
        sys.exit(f"{name}: CPython did not report a syntax error (status {result.returncode})")
    stderr = result.stderr.replace(os.fsencode(os.path.realpath(path)), name.encode())
    with open(path[:-3] + ".expected_stderr", "wb") as fh:
        fh.write(stderr)
