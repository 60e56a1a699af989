using Jit.Runtime.Objects;

namespace Jit.Runtime.Modules;

/// <summary><c>os.path</c> (posixpath): pure string manipulation of '/'-separated paths, plus the
/// queries that ask the file system.</summary>
internal static class OsPathModule
{
    public static PyModule Create()
    {
        var m = new NativeModule("posixpath");
        m.Constant("sep", PyStr.From("/")).Constant("curdir", PyStr.From(".")).Constant("pardir", PyStr.From(".."))
            .Constant("extsep", PyStr.From(".")).Constant("pathsep", PyStr.From(":")).Constant("altsep", Value.None)
            .Constant("devnull", PyStr.From("/dev/null"))
            .Function("join", (args, kwnames) =>
            {
                ArgParser.NoKeywords("join", kwnames);
                if (args.Length == 0)
                {
                    throw PyErr.TypeError("join() missing 1 required positional argument: 'a'");
                }

                string result = Text(args[0]);
                foreach (Value part in args[1..])
                {
                    string p = Text(part);
                    result = p.StartsWith('/') ? p : result.Length == 0 || result.EndsWith('/') ? result + p : result + "/" + p;
                }

                return PyStr.From(result);
            })
            .Function("exists", (args, kwnames) => Value.FromBool(Exists(Text(args[0]))))
            .Function("lexists", (args, kwnames) => Value.FromBool(Exists(Text(args[0]))))
            .Function("isfile", (args, kwnames) => Value.FromBool(File.Exists(Text(args[0]))))
            .Function("isdir", (args, kwnames) => Value.FromBool(Directory.Exists(Text(args[0]))))
            .Function("islink", (args, kwnames) => Value.FromBool(IsLink(Text(args[0]))))
            .Function("isabs", (args, kwnames) => Value.FromBool(Text(args[0]).StartsWith('/')))
            .Function("abspath", (args, kwnames) => PyStr.From(AbsPath(Text(args[0]))))
            .Function("normpath", (args, kwnames) => PyStr.From(NormPath(Text(args[0]))))
            .Function("normcase", (args, kwnames) => PyStr.From(Text(args[0])))
            .Function("realpath", (args, kwnames) => PyStr.From(RealPath(Text(args[0]))))
            .Function("relpath", (args, kwnames) => PyStr.From(RelPath(args)))
            .Function("basename", (args, kwnames) => PyStr.From(Basename(Text(args[0]))))
            .Function("dirname", (args, kwnames) => PyStr.From(Dirname(Text(args[0]))))
            .Function("split", (args, kwnames) => PyTuple.Create(PyStr.From(Dirname(Text(args[0]))), PyStr.From(Basename(Text(args[0])))))
            .Function("splitext", (args, kwnames) => SplitExt(Text(args[0])))
            .Function("splitdrive", (args, kwnames) => PyTuple.Create(PyStr.From(string.Empty), PyStr.From(Text(args[0]))))
            .Function("commonprefix", (args, kwnames) => CommonPrefix(args[0]))
            .Function("commonpath", (args, kwnames) => PyStr.From(CommonPath(args[0])))
            .Function("expanduser", (args, kwnames) => PyStr.From(ExpandUser(Text(args[0]))))
            .Function("samefile", (args, kwnames) => Value.FromBool(SameFile(Text(args[0]), Text(args[1]))))
            .Function("getsize", (args, kwnames) => Value.FromInt(Stat(Text(args[0]), p => new FileInfo(p).Length)))
            .Function("getmtime", (args, kwnames) => Value.FromFloat(Stat(Text(args[0]), p =>
                (File.GetLastWriteTimeUtc(p) - DateTime.UnixEpoch).TotalSeconds)));
        return m.Module;
    }

    public static string Text(Value value) => value.ObjectOrNull is PyStr s ? s.Text : throw PyErr.TypeError($"expected str, bytes or os.PathLike object, not {Ops.TypeName(value)}");

    private static bool Exists(string path) => File.Exists(path) || Directory.Exists(path);

    private static bool IsLink(string path)
    {
        var info = new FileInfo(path);
        return (info.Exists || Directory.Exists(path)) && info.LinkTarget is not null;
    }

    private static T Stat<T>(string path, Func<string, T> query)
    {
        if (!Exists(path))
        {
            throw PyErr.FileNotFoundError(path);
        }

        return query(path);
    }

    private static string Basename(string path) => path[(path.LastIndexOf('/') + 1)..];

    private static string Dirname(string path)
    {
        int slash = path.LastIndexOf('/');
        if (slash < 0)
        {
            return string.Empty;
        }

        string head = path[..(slash + 1)];
        string trimmed = head.TrimEnd('/');
        return trimmed.Length == 0 ? head : trimmed;
    }

    private static Value SplitExt(string path)
    {
        int slash = path.LastIndexOf('/');
        int dot = path.LastIndexOf('.');
        int nameStart = slash + 1;
        while (nameStart < path.Length && path[nameStart] == '.')
        {
            nameStart++;
        }

        return dot > slash && dot >= nameStart
            ? PyTuple.Create(PyStr.From(path[..dot]), PyStr.From(path[dot..]))
            : PyTuple.Create(PyStr.From(path), PyStr.From(string.Empty));
    }

    /// <summary>Collapses separators, "." and "x/.." lexically. POSIX keeps exactly two leading
    /// slashes (they may mean something); three or more become one.</summary>
    public static string NormPath(string path)
    {
        if (path.Length == 0)
        {
            return ".";
        }

        int leading = 0;
        while (leading < path.Length && path[leading] == '/')
        {
            leading++;
        }

        string prefix = leading == 0 ? string.Empty : leading == 2 ? "//" : "/";
        var parts = new List<string>();
        foreach (string part in path.Split('/'))
        {
            if (part.Length == 0 || part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                if (parts.Count > 0 && parts[^1] != "..")
                {
                    parts.RemoveAt(parts.Count - 1);
                }
                else if (prefix.Length == 0)
                {
                    parts.Add(part);
                }

                continue;
            }

            parts.Add(part);
        }

        string result = prefix + string.Join('/', parts);
        return result.Length == 0 ? "." : result;
    }

    public static string AbsPath(string path) =>
        NormPath(path.StartsWith('/') ? path : Directory.GetCurrentDirectory() + "/" + path);

    private static string RelPath(ReadOnlySpan<Value> args)
    {
        string path = Text(args[0]);
        if (path.Length == 0)
        {
            throw PyErr.ValueError("no path specified");
        }

        string start = args.Length > 1 && !args[1].IsNone ? Text(args[1]) : ".";
        string[] from = AbsPath(start).Split('/', StringSplitOptions.RemoveEmptyEntries);
        string[] to = AbsPath(path).Split('/', StringSplitOptions.RemoveEmptyEntries);
        int common = 0;
        while (common < from.Length && common < to.Length && from[common] == to[common])
        {
            common++;
        }

        var parts = Enumerable.Repeat("..", from.Length - common).Concat(to[common..]).ToArray();
        return parts.Length == 0 ? "." : string.Join('/', parts);
    }

    private static Value CommonPrefix(Value list)
    {
        Value[] items = Ops.ToArray(list);
        if (items.Length == 0)
        {
            return PyStr.From(string.Empty);
        }

        string first = Text(items[0]);
        int length = first.Length;
        foreach (Value item in items[1..])
        {
            string text = Text(item);
            int i = 0;
            while (i < length && i < text.Length && text[i] == first[i])
            {
                i++;
            }

            length = i;
        }

        return PyStr.From(first[..length]);
    }

    private static string CommonPath(Value list)
    {
        string[] paths = Ops.ToArray(list).Select(Text).ToArray();
        if (paths.Length == 0)
        {
            throw PyErr.ValueError("commonpath() arg is an empty sequence");
        }

        bool absolute = paths[0].StartsWith('/');
        if (paths.Any(p => p.StartsWith('/') != absolute))
        {
            throw PyErr.ValueError("Can't mix absolute and relative paths");
        }

        string[][] split = paths.Select(p => p.Split('/').Where(c => c.Length > 0 && c != ".").ToArray()).ToArray();
        int common = split.Min(s => s.Length);
        for (int i = 0; i < common; i++)
        {
            if (split.Any(s => s[i] != split[0][i]))
            {
                common = i;
                break;
            }
        }

        return (absolute ? "/" : string.Empty) + string.Join('/', split[0][..common]);
    }

    private static string ExpandUser(string path)
    {
        if (!path.StartsWith('~'))
        {
            return path;
        }

        int slash = path.IndexOf('/');
        if (slash < 0)
        {
            slash = path.Length;
        }

        if (slash != 1)
        {
            return path;
        }

        string home = Environment.GetEnvironmentVariable("HOME") ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        string result = home.TrimEnd('/') + path[slash..];
        return result.Length == 0 ? "/" : result;
    }

    /// <summary>The absolute path with every symbolic link along it resolved.</summary>
    public static string RealPath(string path)
    {
        var done = new List<string>();
        var pending = new Stack<string>(AbsPath(path).Split('/', StringSplitOptions.RemoveEmptyEntries).Reverse());
        int links = 0;
        while (pending.Count > 0)
        {
            string part = pending.Pop();
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                if (done.Count > 0)
                {
                    done.RemoveAt(done.Count - 1);
                }

                continue;
            }

            string current = "/" + string.Join('/', done.Append(part));
            string? target = new FileInfo(current).LinkTarget;
            if (target is null || ++links > 40)
            {
                done.Add(part);
                continue;
            }

            if (target.StartsWith('/'))
            {
                done.Clear();
            }

            foreach (string piece in target.Split('/', StringSplitOptions.RemoveEmptyEntries).Reverse())
            {
                pending.Push(piece);
            }
        }

        return "/" + string.Join('/', done);
    }

    private static bool SameFile(string a, string b)
    {
        if (!Exists(a))
        {
            throw PyErr.FileNotFoundError(a);
        }

        if (!Exists(b))
        {
            throw PyErr.FileNotFoundError(b);
        }

        return RealPath(a) == RealPath(b);
    }
}
