using Jit.Runtime.Objects;

namespace Jit.Runtime.Modules;

/// <summary>The parts of <c>os</c> and <c>os.path</c> that scripts use most: paths, the
/// environment, listing and removing files.</summary>
internal static class OsModule
{
    public static PyModule Create(PyContext context)
    {
        PyModule path = OsPathModule.Create();
        context.Modules.Set("os.path", path);
        var environ = new PyDict();
        foreach (System.Collections.DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            environ.Set(PyStr.From((string)entry.Key), PyStr.From((string?)entry.Value ?? string.Empty));
        }

        var m = new NativeModule("os");
        m.Constant("path", path).Constant("sep", PyStr.From("/")).Constant("linesep", PyStr.From("\n"))
            .Constant("extsep", PyStr.From(".")).Constant("pathsep", PyStr.From(":")).Constant("altsep", Value.None)
            .Constant("devnull", PyStr.From("/dev/null"))
            .Constant("name", PyStr.From("posix")).Constant("curdir", PyStr.From(".")).Constant("pardir", PyStr.From(".."))
            .Constant("environ", environ)
            .Function("getcwd", (args, kwnames) => PyStr.From(Directory.GetCurrentDirectory()))
            .Function("getenv", (args, kwnames) => environ.TryGetValue(args[0], out Value value) ? value : args.Length > 1 ? args[1] : Value.None)
            .Function("listdir", (args, kwnames) => ListDir(args.Length > 0 ? Text(args[0]) : "."))
            .Function("remove", (args, kwnames) => FileOperation(Text(args[0]), DeleteFile))
            .Function("unlink", (args, kwnames) => FileOperation(Text(args[0]), DeleteFile))
            .Function("mkdir", (args, kwnames) => FileOperation(Text(args[0]), MakeDirectory))
            .Function("makedirs", (args, kwnames) => MakeDirectories(args, kwnames))
            .Function("rmdir", (args, kwnames) => FileOperation(Text(args[0]), RemoveDirectory))
            .Function("rename", (args, kwnames) => Rename(Text(args[0]), Text(args[1])))
            .Function("replace", (args, kwnames) => Rename(Text(args[0]), Text(args[1])))
            .Function("getpid", (args, kwnames) => Value.FromInt(Environment.ProcessId))
            .Function("cpu_count", (args, kwnames) => Value.FromInt(Environment.ProcessorCount));
        return m.Module;
    }

    private static string Text(Value value) => OsPathModule.Text(value);

    private static Value ListDir(string path)
    {
        if (File.Exists(path))
        {
            throw PyErr.OSError(PyExc.NotADirectoryError, 20, "Not a directory", path);
        }

        if (!Directory.Exists(path))
        {
            throw PyErr.FileNotFoundError(path);
        }

        return new PyList(Directory.EnumerateFileSystemEntries(path).Select(p => (Value)PyStr.From(Path.GetFileName(p))).ToArray());
    }

    private static void MakeDirectory(string path)
    {
        if (File.Exists(path) || Directory.Exists(path))
        {
            throw PyErr.OSError(PyExc.FileExistsError, 17, "File exists", path);
        }

        string? parent = Path.GetDirectoryName(Path.GetFullPath(path));
        if (parent is not null && !Directory.Exists(parent))
        {
            throw PyErr.FileNotFoundError(path);
        }

        Directory.CreateDirectory(path);
    }

    private static readonly ArgSpec s_makedirs = new("makedirs", ["name", "mode", "exist_ok"], required: 1);

    private static Value MakeDirectories(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        var bound = default(ArgBuffer);
        s_makedirs.Bind(args, kwnames, bound);
        string path = Text(bound[0]);
        bool existOk = !bound[2].IsUnbound && Ops.IsTrue(bound[2]);
        if (File.Exists(path) || (Directory.Exists(path) && !existOk))
        {
            throw PyErr.OSError(PyExc.FileExistsError, 17, "File exists", path);
        }

        return FileOperation(path, p => Directory.CreateDirectory(p));
    }

    private static void RemoveDirectory(string path)
    {
        if (!Directory.Exists(path))
        {
            throw File.Exists(path) ? PyErr.OSError(PyExc.NotADirectoryError, 20, "Not a directory", path) : PyErr.FileNotFoundError(path);
        }

        if (Directory.EnumerateFileSystemEntries(path).Any())
        {
            throw PyErr.OSError(PyExc.OSError, 39, "Directory not empty", path);
        }

        Directory.Delete(path);
    }

    private static Value Rename(string source, string target) => FileOperation(source, p => Move(p, target));

    private static void Move(string source, string target)
    {
        if (Directory.Exists(source))
        {
            Directory.Move(source, target);
        }
        else if (File.Exists(source))
        {
            File.Move(source, target);
        }
        else
        {
            throw new FileNotFoundException(source);
        }
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
