using System.Text;
using Jit.Runtime.Objects;

namespace Jit.Runtime.Builtins;

/// <summary>
/// <c>sys.stdin</c>, <c>sys.stdout</c> and <c>sys.stderr</c>: a text stream over one of the
/// program's .NET readers or writers (an <c>_io.TextIOWrapper</c> to Python code). print() and
/// input() recognise it and use the reader/writer directly.
/// </summary>
public sealed class PyTextStream : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("TextIOWrapper", TypeFlags.Layout, module: "_io");

    /// <summary><c>io.UnsupportedOperation</c> (reading stdout, writing stdin).</summary>
    public static readonly PyType UnsupportedOperation = PyType.Builtin("UnsupportedOperation", TypeFlags.BaseType, PyExc.OSError, "io");

    public PyTextStream(string name, TextWriter writer, string mode = "w", bool ownsStream = false)
        : base(TypeObject)
    {
        Name = name;
        Writer = writer;
        Mode = mode;
        OwnsStream = ownsStream;
    }

    public PyTextStream(string name, TextReader reader, string mode = "r", bool ownsStream = false)
        : base(TypeObject)
    {
        Name = name;
        Reader = reader;
        Mode = mode;
        OwnsStream = ownsStream;
    }

    /// <summary>A file from <c>open()</c>, readable and/or writable as its mode says.</summary>
    internal PyTextStream(string name, TextFile file, string mode)
        : base(TypeObject)
    {
        Name = name;
        File = file;
        Reader = file.Reader;
        Writer = file.Writer;
        Mode = mode;
        OwnsStream = true;
    }

    public string Name { get; }

    /// <summary>The seekable file behind a stream from <c>open()</c>; null for the standard streams.</summary>
    internal TextFile? File { get; }

    public string Mode { get; }

    public TextWriter? Writer { get; }

    public TextReader? Reader { get; }

    /// <summary>A file opened by <c>open()</c>: closing it closes the .NET stream.</summary>
    public bool OwnsStream { get; }

    public bool IsClosed { get; private set; }

    public void Write(string text) =>
        (Writer ?? throw PyErr.New(UnsupportedOperation, "not writable")).Write(text);

    internal TextFile SeekableFile()
    {
        CheckOpen();
        return File ?? throw PyErr.New(UnsupportedOperation, "underlying stream is not seekable");
    }

    public void Close()
    {
        if (OwnsStream && !IsClosed)
        {
            Writer?.Dispose();
            Reader?.Dispose();
        }

        IsClosed = OwnsStream || IsClosed;
        PyContext.CurrentOrNull?.OpenFiles.Remove(this);
    }

    /// <summary>ValueError for any operation on a closed file, as CPython.</summary>
    public void CheckOpen()
    {
        if (IsClosed)
        {
            throw PyErr.ValueError("I/O operation on closed file.");
        }
    }

    public void Flush() => Writer?.Flush();

    /// <summary>One line including its "\n" (universal newlines: "\r\n" and "\r" read as "\n"),
    /// at most <paramref name="limit"/> characters when not negative; "" at the end.</summary>
    public string ReadLine(long limit = -1)
    {
        TextReader reader = ReaderOrThrow();
        var sb = new StringBuilder();
        while (limit < 0 || sb.Length < limit)
        {
            int c = reader.Read();
            if (c < 0)
            {
                break;
            }

            if (c == '\r')
            {
                if (reader.Peek() == '\n')
                {
                    reader.Read();
                }

                c = '\n';
            }

            sb.Append((char)c);
            if (c == '\n')
            {
                break;
            }
        }

        return sb.ToString();
    }

    /// <summary>Everything left (or at most <paramref name="limit"/> characters), newlines translated.</summary>
    public string Read(long limit = -1)
    {
        TextReader reader = ReaderOrThrow();
        var sb = new StringBuilder();
        while (limit < 0 || sb.Length < limit)
        {
            string line = ReadLine(limit < 0 ? -1 : limit - sb.Length);
            if (line.Length == 0)
            {
                break;
            }

            sb.Append(line);
        }

        return sb.ToString();
    }

    public override string ToString() => $"<_io.TextIOWrapper name='{Name}' mode='{Mode}' encoding='utf-8'>";

    private TextReader ReaderOrThrow()
    {
        CheckOpen();
        return Reader ?? throw PyErr.New(UnsupportedOperation, "not readable");
    }
}

/// <summary>The methods of the standard streams.</summary>
[PyClass("_io.TextIOWrapper")]
internal static class TextStreamMethods
{
    private static PyTextStream Self(ReadOnlySpan<Value> args) => (PyTextStream)args[0].Object;

    private static long SizeArgument(ReadOnlySpan<Value> args, int count) =>
        count == 0 || args[1].IsNone ? -1 : Ops.AsSsize(args[1]);

    [PyMethod("write")]
    private static Value Write(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("write", args, kwnames, 1, self: true);
        if (args[1].ObjectOrNull is not PyStr text)
        {
            throw PyErr.TypeError($"write() argument must be str, not {Ops.TypeName(args[1])}");
        }

        Self(args).CheckOpen();
        Self(args).Write(text.Text);
        return Value.FromInt(text.Length);
    }

    [PyMethod("writelines")]
    private static Value WriteLines(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("writelines", args, kwnames, 1, self: true);
        PyIterator lines = Ops.GetIter(args[1]);
        while (lines.TryNext(out Value line))
        {
            Write([args[0], line], null);
        }

        return Value.None;
    }

    [PyMethod("flush")]
    private static Value Flush(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("flush", args, kwnames, self: true);
        Self(args).Flush();
        return Value.None;
    }

    [PyMethod("read")]
    private static Value Read(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        int count = ArgParser.Unpack("read", args, kwnames, 0, 1, self: true);
        return PyStr.From(Self(args).Read(SizeArgument(args, count)));
    }

    [PyMethod("readline")]
    private static Value ReadLine(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        int count = ArgParser.Unpack("readline", args, kwnames, 0, 1, self: true);
        return PyStr.From(Self(args).ReadLine(SizeArgument(args, count)));
    }

    [PyMethod("readlines")]
    private static Value ReadLines(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Unpack("readlines", args, kwnames, 0, 1, self: true);
        var lines = new PyList();
        PyTextStream self = Self(args);
        for (string line = self.ReadLine(); line.Length > 0; line = self.ReadLine())
        {
            lines.Append(PyStr.From(line));
        }

        return lines;
    }

    [PyMethod("__iter__")]
    private static Value Iter(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("__iter__", args, kwnames, self: true);
        return args[0];
    }

    [PyMethod("__next__")]
    private static Value Next(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("__next__", args, kwnames, self: true);
        string line = Self(args).ReadLine();
        return line.Length > 0 ? PyStr.From(line) : throw PyErr.StopIteration();
    }

    [PyMethod("isatty")]
    private static Value IsATty(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("isatty", args, kwnames, self: true);
        return Value.False;
    }

    [PyMethod("readable")]
    private static Value Readable(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("readable", args, kwnames, self: true);
        return Value.FromBool(Self(args).Reader is not null);
    }

    [PyMethod("writable")]
    private static Value Writable(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("writable", args, kwnames, self: true);
        return Value.FromBool(Self(args).Writer is not null);
    }

    [PyMethod("seekable")]
    private static Value Seekable(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("seekable", args, kwnames, self: true);
        return Value.FromBool(Self(args).File is not null);
    }

    /// <summary>seek(cookie, whence=0): text files only seek to a tell() value, to the start, or
    /// to the end.</summary>
    [PyMethod("seek")]
    private static Value Seek(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        int count = ArgParser.Unpack("seek", args, kwnames, 1, 2, self: true);
        TextFile file = Self(args).SeekableFile();
        long offset = Ops.AsSsize(args[1]);
        long whence = count > 1 ? Ops.AsSsize(args[2]) : 0;
        switch (whence)
        {
            case 0:
                if (offset < 0)
                {
                    throw PyErr.ValueError($"negative seek position {offset}");
                }

                return Value.FromInt(file.Seek(offset, SeekOrigin.Begin));
            case 1:
                return offset != 0 ? throw PyErr.New(PyTextStream.UnsupportedOperation, "can't do nonzero cur-relative seeks") : Value.FromInt(file.Tell());
            case 2:
                return offset != 0 ? throw PyErr.New(PyTextStream.UnsupportedOperation, "can't do nonzero end-relative seeks") : Value.FromInt(file.Seek(0, SeekOrigin.End));
            default:
                throw PyErr.ValueError($"invalid whence ({whence}, should be 0, 1 or 2)");
        }
    }

    [PyMethod("tell")]
    private static Value Tell(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("tell", args, kwnames, self: true);
        return Value.FromInt(Self(args).SeekableFile().Tell());
    }

    [PyMethod("truncate")]
    private static Value Truncate(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        int count = ArgParser.Unpack("truncate", args, kwnames, 0, 1, self: true);
        TextFile file = Self(args).SeekableFile();
        return Value.FromInt(file.Truncate(count == 0 || args[1].IsNone ? null : Ops.AsSsize(args[1])));
    }

    [PyMethod("fileno")]
    private static Value FileNo(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("fileno", args, kwnames, self: true);
        return Value.FromInt(Self(args).Name switch
        {
            "<stdin>" => 0,
            "<stdout>" => 1,
            _ => 2,
        });
    }

    [PyMethod("__repr__")]
    private static Value Repr(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("__repr__", args, kwnames, self: true);
        return PyStr.From(Self(args).ToString());
    }

    [PyGetter("name")]
    private static Value Name(Value self) => PyStr.From(((PyTextStream)self.Object).Name);

    [PyGetter("mode")]
    private static Value Mode(Value self) => PyStr.From(((PyTextStream)self.Object).Mode);

    [PyMethod("close")]
    private static Value Close(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("close", args, kwnames, self: true);
        Self(args).Close();
        return Value.None;
    }

    [PyMethod("__enter__")]
    private static Value Enter(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        Self(args).CheckOpen();
        return args[0];
    }

    [PyMethod("__exit__")]
    private static Value Exit(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        Self(args).Close();
        return Value.None;
    }

    [PyGetter("encoding")]
    private static Value Encoding(Value self) => PyStr.From("utf-8");

    [PyGetter("errors")]
    private static Value Errors(Value self) => PyStr.From("strict");

    [PyGetter("closed")]
    private static Value Closed(Value self) => Value.FromBool(((PyTextStream)self.Object).IsClosed);
}
