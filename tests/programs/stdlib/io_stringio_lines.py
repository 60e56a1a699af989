# io.StringIO as an in-memory text file: write, getvalue, seek, readline, iteration, tell.
import io

buf = io.StringIO()
n1 = buf.write("first line\n")
n2 = buf.write("second line\n")
print("write returns:", n1, n2, "tell:", buf.tell())
print("print to buffer:", file=buf)
buf.writelines(["fourth\n", "fifth"])
print("getvalue:", repr(buf.getvalue()))

print("read at end:", repr(buf.read()))
buf.seek(0)
print("readline:", repr(buf.readline()), repr(buf.readline()))
print("tell after two lines:", buf.tell())
print("rest via iteration:", [line for line in buf])
buf.seek(0)
print("readlines:", buf.readlines())
buf.seek(6)
print("read(4) from 6:", repr(buf.read(4)))
buf.seek(0)
print("read all:", len(buf.read()))

src = io.StringIO("alpha 1\nbeta 2\n\ngamma 3\n")
for lineno, line in enumerate(src, 1):
    print(f"{lineno}: {line.rstrip()!r}")
print("readline at EOF:", repr(src.readline()))

w = io.StringIO("hello world")
print("initial pos:", w.tell(), "getvalue:", w.getvalue())
w.write("HELLO")
print("overwrite at start:", w.getvalue())
w.seek(0, io.SEEK_END)
w.write("!!")
print("append at end:", w.getvalue())
w.truncate(5)
print("truncate(5):", repr(w.getvalue()), "pos:", w.tell())
w.seek(0)
w.truncate()
print("truncate all:", repr(w.getvalue()))

with io.StringIO() as tmp:
    tmp.write("inside with")
    print("in with:", tmp.getvalue(), "closed:", tmp.closed)
print("closed after with:", tmp.closed)
try:
    tmp.getvalue()
except ValueError as e:
    print("ValueError:", e)

s = io.StringIO("x\ny\nz")
print("readline(limit):", repr(s.readline(1)), repr(s.readline()), "readlines(hint):", s.readlines(1))
print("readable/writable/seekable:", s.readable(), s.writable(), s.seekable())
nl = io.StringIO("a\r\nb\rc\n", newline=None)
print("universal newlines:", nl.readlines())
print("isinstance TextIOBase:", isinstance(s, io.TextIOBase))
