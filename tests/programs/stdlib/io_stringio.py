# io.StringIO: writing, reading back, lines, seeking, and print(file=...).
import io
buf = io.StringIO()
buf.write("first line\n")
print("second", "line", sep="-", file=buf)
buf.writelines(["third\n", "fourth"])
print(repr(buf.getvalue()))
reader = io.StringIO("alpha\nbeta\ngamma\n")
print(repr(reader.readline()), repr(reader.read(3)), repr(reader.readline()))
print([line.strip() for line in reader])
reader.seek(0)
print(reader.readlines(), reader.tell())
reader.seek(0)
print(repr(reader.read()), repr(reader.read()))
s = io.StringIO("abc")
s.seek(3)
s.write("def")
print(s.getvalue())
with io.StringIO() as tmp:
    tmp.write("x")
    print(tmp.getvalue(), tmp.closed)
print(tmp.closed)
try:
    tmp.getvalue()
except ValueError as e:
    print("ValueError:", e)
