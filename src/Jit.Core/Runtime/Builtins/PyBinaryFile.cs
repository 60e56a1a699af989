using Jit.Runtime.Objects;

namespace Jit.Runtime.Builtins;

/// <summary>A file opened in binary mode (<c>_io.BufferedReader</c>/<c>BufferedWriter</c>): bytes in, bytes out.</summary>
public sealed class PyBinaryFile : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("BufferedFile", TypeFlags.Builtin | TypeFlags.Layout, module: "_io");

    private readonly FileStream _stream;

    public PyBinaryFile(string name, string mode, FileStream stream)
        : base(TypeObject)
    {
        Name = name;
        Mode = mode;
        _stream = stream;
    }

    public string Name { get; }

    public string Mode { get; }

    public bool IsClosed { get; private set; }

    public void Close()
    {
        if (!IsClosed)
        {
            _stream.Dispose();
            IsClosed = true;
            PyContext.CurrentOrNull?.OpenFiles.Remove(this);
        }
    }

    private FileStream Open() => IsClosed ? throw PyErr.ValueError("I/O operation on closed file.") : _stream;

    public byte[] Read(long size)
    {
        FileStream stream = Open();
        long available = stream.Length - stream.Position;
        var buffer = new byte[size < 0 ? available : Math.Min(size, available)];
        stream.ReadExactly(buffer);
        return buffer;
    }

    public byte[] ReadLine()
    {
        FileStream stream = Open();
        var line = new List<byte>();
        int b;
        while ((b = stream.ReadByte()) >= 0)
        {
            line.Add((byte)b);
            if (b == '\n')
            {
                break;
            }
        }

        return [.. line];
    }

    public long Write(ReadOnlySpan<byte> data)
    {
        Open().Write(data);
        return data.Length;
    }

    private static PyBinaryFile Self(ReadOnlySpan<Value> args) => (PyBinaryFile)args[0].Object;

    [PyClass("_io.BufferedFile")]
    private static class Methods
    {
        [PyMethod("read")]
        private static Value Read(ReadOnlySpan<Value> args, string[]? kwnames) => new PyBytes(Self(args).Read(args.Length > 1 && !args[1].IsNone ? Ops.AsSsize(args[1]) : -1));

        [PyMethod("readline")]
        private static Value ReadLine(ReadOnlySpan<Value> args, string[]? kwnames) => new PyBytes(Self(args).ReadLine());

        [PyMethod("write")]
        private static Value Write(ReadOnlySpan<Value> args, string[]? kwnames) => args[1].ObjectOrNull switch
        {
            PyBytes bytes => Value.FromInt(Self(args).Write(bytes.Data)),
            PyByteArray array => Value.FromInt(Self(args).Write(array.AsSpan())),
            _ => throw PyErr.TypeError($"a bytes-like object is required, not '{Ops.TypeName(args[1])}'"),
        };

        [PyMethod("close")]
        private static Value Close(ReadOnlySpan<Value> args, string[]? kwnames)
        {
            Self(args).Close();
            return Value.None;
        }

        [PyMethod("flush")]
        private static Value Flush(ReadOnlySpan<Value> args, string[]? kwnames)
        {
            Self(args).Open().Flush();
            return Value.None;
        }

        [PyMethod("__enter__")]
        private static Value Enter(ReadOnlySpan<Value> args, string[]? kwnames)
        {
            Self(args).Open();
            return args[0];
        }

        [PyMethod("__exit__")]
        private static Value Exit(ReadOnlySpan<Value> args, string[]? kwnames)
        {
            Self(args).Close();
            return Value.None;
        }

        [PyMethod("__iter__")]
        private static Value Iter(ReadOnlySpan<Value> args, string[]? kwnames) => args[0];

        [PyMethod("__next__")]
        private static Value Next(ReadOnlySpan<Value> args, string[]? kwnames)
        {
            byte[] line = Self(args).ReadLine();
            return line.Length == 0 ? throw PyErr.StopIteration() : new PyBytes(line);
        }

        [PyGetter("closed")]
        private static Value Closed(Value self) => Value.FromBool(((PyBinaryFile)self.Object).IsClosed);

        [PyGetter("name")]
        private static Value NameValue(Value self) => PyStr.From(((PyBinaryFile)self.Object).Name);

        [PyGetter("mode")]
        private static Value ModeValue(Value self) => PyStr.From(((PyBinaryFile)self.Object).Mode);
    }
}
