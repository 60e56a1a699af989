# os and os.path: joining and splitting paths, the environment, the working directory, listing.
import os
print(os.path.join("a", "b", "c.txt"), os.path.join("/root", "x"), os.path.join("a", "/abs", "b"))
print(os.path.basename("/x/y/z.py"), os.path.dirname("/x/y/z.py"), os.path.split("/x/y/z.py"), os.path.splitext("archive.tar.gz"))
print(os.path.splitext("noext"), os.path.basename("dir/"), os.path.dirname("file"))
here = os.path.dirname(os.path.abspath(__file__))
print(os.path.isdir(here), os.path.isfile(__file__), os.path.exists(os.path.join(here, "nope")))
print(isinstance(os.getcwd(), str), os.path.isabs(os.getcwd()), os.sep, os.name)
print("PATH" in os.environ, os.environ.get("SURELY_NOT_SET", "default"), os.getenv("SURELY_NOT_SET") is None)
mine = sorted(n for n in os.listdir(here) if n.startswith("os_paths") and n.endswith(".py"))
print(mine)
print(os.path.join(here, "x").startswith(here), os.path.normpath("a/./b/../c") if hasattr(os.path, "normpath") else "a/c")
