# Reads arithmetic lines from stdin until a blank line or end of input; prints each result.
import sys
results = []
while True:
    try:
        line = input()
    except EOFError:
        break
    line = line.strip()
    if not line:
        break
    a, op, b = line.split()
    x = int(a)
    y = int(b)
    if op == "+":
        r = x + y
    elif op == "-":
        r = x - y
    elif op == "*":
        r = x * y
    elif op == "/":
        r = x / y if y else "division by zero"
    else:
        r = "unknown operator " + op
    results.append(r)
    print(line, "=", r)
print(len(results), "lines")
print("stdin done", file=sys.stderr)
