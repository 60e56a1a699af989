using Jit.Runtime.Objects;

namespace Jit.Runtime.Modules;

/// <summary>The parts of <c>os</c> and <c>os.path</c> that scripts use most: paths, the
/// environment, listing and removing files.</summary>
internal static class OsModule
{
    public static PyModule Create(PyContext context)
    {
        var path = CreatePath();
        context.Modules.Set("os.path", path.Module);
        var environ = new PyDict();
        foreach (System.Collections.DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            environ.Set(PyStr.From((string)entry.Key), PyStr.From((string?)entry.Value ?? string.Empty));
        }

        var m = new NativeModule("os");
        m.Constant("path", path.Module).Constant("sep", PyStr.From("/")).Constant("linesep", PyStr.From("\n"))
            .Constant("name", PyStr.From("posix")).Constant("curdir", PyStr.From(".")).Constant("pardir", PyStr.From(".."))
            .Constant("environ", environ)
            .Function("getcwd", (args, kwnames) => PyStr.From(Directory.GetCurrentDirectory()))
            .Function("getenv", (args, kwnames) => environ.TryGetValue(args[0], out Value value) ? value : args.Length > 1 ? args[1] : Value.None)
            .Function("listdir", (args, kwnames) => new PyList(Directory.EnumerateFileSystemEntries(args.Length > 0 ? Text(args[0]) : ".")
                .Select(p => (Value)PyStr.From(Path.GetFileName(p))).ToArray()))
            .Function("remove", (args, kwnames) => FileOperation(Text(args[0]), DeleteFile))
            .Function("unlink", (args, kwnames) => FileOperation(Text(args[0]), DeleteFile))
            .Function("mkdir", (args, kwnames) => FileOperation(Text(args[0]), p => Directory.CreateDirectory(p)))
            .Function("makedirs", (args, kwnames) => FileOperation(Text(args[0]), p => Directory.CreateDirectory(p)))
            .Function("getpid", (args, kwnames) => Value.FromInt(Environment.ProcessId))
            .Function("cpu_count", (args, kwnames) => Value.FromInt(Environment.ProcessorCount));
        return m.Module;
    }

    private static NativeModule CreatePath()
    {
        var m = new NativeModule("posixpath");
        m.Constant("sep", PyStr.From("/"))
            .Function("join", (args, kwnames) =>
            {
                string result = Text(args[0]);
                foreach (Value part in args[1..])
                {
                    string p = Text(part);
                    result = p.StartsWith('/') ? p : result.Length == 0 || result.EndsWith('/') ? result + p : result + "/" + p;
                }

                return PyStr.From(result);
            })
            .Function("exists", (args, kwnames) => Value.FromBool(File.Exists(Text(args[0])) || Directory.Exists(Text(args[0]))))
            .Function("isfile", (args, kwnames) => Value.FromBool(File.Exists(Text(args[0]))))
            .Function("isdir", (args, kwnames) => Value.FromBool(Directory.Exists(Text(args[0]))))
            .Function("isabs", (args, kwnames) => Value.FromBool(Text(args[0]).StartsWith('/')))
            .Function("abspath", (args, kwnames) => PyStr.From(Path.GetFullPath(Text(args[0]))))
            .Function("basename", (args, kwnames) => PyStr.From(Text(args[0])[(Text(args[0]).LastIndexOf('/') + 1)..]))
            .Function("dirname", (args, kwnames) => PyStr.From(Dirname(Text(args[0]))))
            .Function("split", (args, kwnames) => PyTuple.Create(PyStr.From(Dirname(Text(args[0]))), PyStr.From(Text(args[0])[(Text(args[0]).LastIndexOf('/') + 1)..])))
            .Function("splitext", (args, kwnames) => SplitExt(Text(args[0])))
            .Function("getsize", (args, kwnames) => Value.FromInt(new FileInfo(Text(args[0])).Length));
        return m;
    }

    private static string Text(Value value) => value.ObjectOrNull is PyStr s ? s.Text : throw PyErr.TypeError($"expected str, bytes or os.PathLike object, not {Ops.TypeName(value)}");

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

    // File.Delete ignores a missing file; os.remove does not.
    private static void DeleteFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(path);
        }

        File.Delete(path);
    }

    private static Value FileOperation(string path, Action<string> action)
    {
        try
        {
            action(path);
            return Value.None;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw error is FileNotFoundException or DirectoryNotFoundException ? PyErr.FileNotFoundError(path) : PyErr.OSError(PyExc.OSError, 5, error.Message, path);
        }
    }
}
