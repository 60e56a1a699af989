# print with sep, end, file=sys.stderr and flush.
import sys
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=" | ", end=" <end>\n")
print(1, 2.5, None, True, [1], {"k": "v"}, sep=",")
print()
print("", end="")
print("no newline", end="")
print(" -- continued")
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print("multi", "args", "to", "stderr", sep="-", file=sys.stderr, flush=True)
print(*range(5))
print(*range(5), sep=", ")
print("sep None", "works", sep=None, end=None)
print("x" * 3, end="\n\n")
sys.stdout.write("written directly\n")
sys.stderr.write("stderr written directly\n")
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
print("done")
