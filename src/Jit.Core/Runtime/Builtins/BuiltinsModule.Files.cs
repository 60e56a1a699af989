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

    /// <summary>The FileStream for a mode such as "r", "w+", "ab": its kind (r, w, a, x) and
    /// whether '+' adds the other direction.</summary>
    private static FileStream OpenStream(string path, string mode)
    {
        bool plus = mode.Contains('+');
        char kind = mode.FirstOrDefault(c => c is 'r' or 'w' or 'a' or 'x');
        bool valid = mode.All(c => "rwaxbt+".Contains(c)) && mode.Count(c => c is 'r' or 'w' or 'a' or 'x') == 1
            && mode.Distinct().Count() == mode.Length && !(mode.Contains('b') && mode.Contains('t'));
        if (!valid)
        {
            throw PyErr.ValueError($"invalid mode: '{mode}'");
        }

        if (kind == 'x' && (File.Exists(path) || Directory.Exists(path)))
        {
            throw PyErr.OSError(PyExc.FileExistsError, 17, "File exists", path);
        }

        if (Directory.Exists(path))
        {
            throw PyErr.OSError(PyExc.IsADirectoryError, 21, "Is a directory", path);
        }

        FileAccess access = plus ? FileAccess.ReadWrite : kind == 'r' ? FileAccess.Read : FileAccess.Write;
        FileMode fileMode = kind switch
        {
            'r' => FileMode.Open,
            'w' => FileMode.Create,
            'x' => FileMode.CreateNew,
            _ => plus ? FileMode.OpenOrCreate : FileMode.Append,
        };
        var stream = new FileStream(path, fileMode, access);
        if (kind == 'a')
        {
            stream.Seek(0, SeekOrigin.End);
        }

        return stream;
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
        try
        {
            FileStream stream = OpenStream(path, mode);
            bool plus = mode.Contains('+');
            if (mode.Contains('b'))
            {
                var binary = new PyBinaryFile(path, mode, stream, mode.Contains('a'));
                PyContext.CurrentOrNull?.OpenFiles.Add(binary);
                return binary;
            }

            var text = new TextFile(stream, encoding, canRead: plus || mode.Contains('r'), canWrite: plus || !mode.Contains('r'), append: mode.Contains('a'));
            return Track(new PyTextStream(path, text, mode));
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
