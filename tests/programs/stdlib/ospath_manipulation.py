# os.path string manipulation: join, split, splitext, basename, dirname, normpath, relpath.
import os
import os.path

paths = ["/usr/local/bin/python3", "src/pkg/module.py", "archive.tar.gz", "/", "file", "dir/", ".bashrc", "a/b/../c/./d.txt"]
for p in paths:
    print(f"{p!r:<26} base={os.path.basename(p)!r:<12} dir={os.path.dirname(p)!r:<16} "
          f"split={os.path.split(p)} ext={os.path.splitext(p)}")

print("join:", os.path.join("a", "b", "c.txt"), os.path.join("/etc", "hosts"), os.path.join("a", "/abs", "x"))
print("join trailing:", os.path.join("dir/", "file"), os.path.join("dir", ""), os.path.join("", "x"))
print("normpath:", os.path.normpath("a/b/../c/./d.txt"), os.path.normpath("//x///y/"), os.path.normpath(""))
print("isabs:", os.path.isabs("/x"), os.path.isabs("x/y"), os.path.isabs(""))
print("relpath:", os.path.relpath("/a/b/c", "/a"), os.path.relpath("/a", "/a/b/c"), os.path.relpath("/x/y", "/x/y"))
print("commonprefix:", os.path.commonprefix(["/usr/lib", "/usr/local", "/usr/libexec"]))
print("commonpath:", os.path.commonpath(["/usr/lib/x", "/usr/local/y", "/usr/lib"]))
print("splitext edge:", os.path.splitext(".hidden"), os.path.splitext("a.b.c"), os.path.splitext("dir.d/file"))
print("sep:", os.sep, "curdir:", os.curdir, "pardir:", os.pardir, "extsep:", os.extsep)
print("expanduser untouched:", os.path.expanduser("no/tilde"))

def change_ext(path, new):
    root, _ = os.path.splitext(path)
    return root + new
files = ["report.txt", "photo.JPG", "notes", "data.tar.gz"]
print("change_ext:", [change_ext(f, ".bak") for f in files])
by_ext = {}
for f in files:
    by_ext.setdefault(os.path.splitext(f)[1].lower() or "<none>", []).append(f)
print("by_ext:", by_ext)

def parts(path):
    out = []
    while True:
        head, tail = os.path.split(path)
        if tail:
            out.append(tail)
        if not head or head == path:
            if head:
                out.append(head)
            break
        path = head
    return out[::-1]
print("parts:", parts("/usr/local/lib/x.so"), parts("rel/dir/f"))

here = os.path.dirname(os.path.abspath(__file__))
me = os.path.join(here, os.path.basename(__file__))
print("abspath is absolute:", os.path.isabs(os.path.abspath("x")), "me exists:", os.path.exists(me))
print("isfile/isdir:", os.path.isfile(me), os.path.isdir(me), os.path.isdir(here), os.path.isfile(here))
print("missing:", os.path.exists(os.path.join(here, "does-not-exist.txt")), os.path.isfile("does-not-exist"))
print("getsize > 0:", os.path.getsize(me) > 0, "samefile:", os.path.samefile(me, __file__))
print("basename of __file__:", os.path.basename(__file__))
