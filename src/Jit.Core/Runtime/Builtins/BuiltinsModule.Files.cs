using System.Text;
using Jit.Runtime.Objects;

namespace Jit.Runtime.Builtins;

/// <summary><c>open()</c>: text files (modes r, w, a, x; UTF-8 unless told otherwise) and binary
/// files (the same modes with b). Files still open when the program ends are flushed and closed.</summary>
public static partial class BuiltinsModule
{
    private static PyTextStream Track(PyTextStream stream)
    {
        PyContext.CurrentOrNull?.OpenFiles.Add(stream);
        return stream;
    }

    private static Value OpenBinary(string path, string mode)
    {
        try
        {
            FileStream stream = mode.Replace("b", string.Empty) switch
            {
                "r" => new FileStream(path, FileMode.Open, FileAccess.Read),
                "w" => new FileStream(path, FileMode.Create, FileAccess.Write),
                "a" => new FileStream(path, FileMode.Append, FileAccess.Write),
                "x" => new FileStream(path, FileMode.CreateNew, FileAccess.Write),
                _ => throw PyErr.ValueError($"invalid mode: '{mode}'"),
            };
            var file = new PyBinaryFile(path, mode, stream);
            PyContext.CurrentOrNull?.OpenFiles.Add(file);
            return file;
        }
        catch (FileNotFoundException)
        {
            throw PyErr.FileNotFoundError(path);
        }
        catch (DirectoryNotFoundException)
        {
            throw PyErr.FileNotFoundError(path);
        }
    }

    private static readonly ArgSpec s_openSpec = new("open", ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"], required: 1);

    [BuiltinFunction("open")]
    private static Value Open(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgBuffer bound = default;
        s_openSpec.Bind(args, kwnames, bound);
        Value file = bound[0];
        string path = file.ObjectOrNull is PyStr s ? s.Text : throw PyErr.TypeError($"expected str, bytes or os.PathLike object, not {Ops.TypeName(file)}");
        string mode = bound[1].IsUnbound ? "r" : ((PyStr)bound[1].Object).Text;
        Encoding encoding = bound[3].IsUnbound || bound[3].IsNone ? new UTF8Encoding(false) : Encoding.GetEncoding(((PyStr)bound[3].Object).Text);
        if (mode.Contains('+'))
        {
            throw PyErr.ValueError($"open(): mode '{mode}' is not supported yet (r, w, a, x, with or without b)");
        }

        if (mode.Contains('b'))
        {
            return OpenBinary(path, mode);
        }

        try
        {
            switch (mode.Replace("t", string.Empty))
            {
                case "r":
                    return Track(new PyTextStream(path, new StreamReader(path, encoding, detectEncodingFromByteOrderMarks: false), mode, ownsStream: true));
                case "w":
                case "a":
                case "x":
                    if (mode.Contains('x') && File.Exists(path))
                    {
                        throw PyErr.OSError(PyExc.FileExistsError, 17, "File exists", path);
                    }

                    var writer = new StreamWriter(path, append: mode.Contains('a'), encoding) { NewLine = "\n" };
                    return Track(new PyTextStream(path, writer, mode, ownsStream: true));
                default:
                    throw PyErr.ValueError($"invalid mode: '{mode}'");
            }
        }
        catch (FileNotFoundException)
        {
            throw PyErr.FileNotFoundError(path);
        }
        catch (IOException) when (Directory.Exists(path))
        {
            throw PyErr.OSError(PyExc.IsADirectoryError, 21, "Is a directory", path);
        }
        catch (DirectoryNotFoundException)
        {
            throw PyErr.FileNotFoundError(path);
        }
        catch (UnauthorizedAccessException)
        {
            throw PyErr.OSError(PyExc.PermissionError, 13, "Permission denied", path);
        }
    }
}
