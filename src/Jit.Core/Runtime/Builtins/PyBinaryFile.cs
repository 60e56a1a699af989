using Jit.Runtime.Objects;

namespace Jit.Runtime.Builtins;

/// <summary>A file opened in binary mode (<c>_io.BufferedReader</c>/<c>BufferedWriter</c>): bytes in, bytes out.</summary>
public sealed class PyBinaryFile : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("BufferedFile", TypeFlags.Builtin | TypeFlags.Layout, module: "_io");

    private readonly FileStream _stream;
    private readonly bool _append;

    public PyBinaryFile(string name, string mode, FileStream stream, bool append = false)
        : base(TypeObject)
    {
        Name = name;
        Mode = mode;
        _stream = stream;
        _append = append;
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

    private FileStream Readable() => Open().CanRead ? _stream : throw PyErr.New(PyTextStream.UnsupportedOperation, "read");

    public byte[] Read(long size)
    {
        FileStream stream = Readable();
        long available = stream.Length - stream.Position;
        var buffer = new byte[size < 0 ? available : Math.Min(size, available)];
        stream.ReadExactly(buffer);
        return buffer;
    }

    public byte[] ReadLine(long limit = -1)
    {
        FileStream stream = Readable();
        var line = new List<byte>();
        int b;
        while ((limit < 0 || line.Count < limit) && (b = stream.ReadByte()) >= 0)
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
        FileStream stream = Open();
        if (!stream.CanWrite)
        {
            throw PyErr.New(PyTextStream.UnsupportedOperation, "write");
        }

        if (_append)
        {
            stream.Seek(0, SeekOrigin.End);
        }

        stream.Write(data);
        return data.Length;
    }

    public long Seek(long offset, long whence)
    {
        FileStream stream = Open();
        SeekOrigin origin = whence switch
        {
            0 => SeekOrigin.Begin,
            1 => SeekOrigin.Current,
            2 => SeekOrigin.End,
            _ => throw PyErr.ValueError($"whence value {whence} unsupported"),
        };
        if (origin == SeekOrigin.Begin && offset < 0)
        {
            throw PyErr.ValueError($"negative seek value {offset}");
        }

        long target = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => stream.Position + offset,
            _ => stream.Length + offset,
        };
        if (target < 0)
        {
            throw PyErr.OSError(PyExc.OSError, 22, "Invalid argument");
        }

        stream.Position = target;
        return target;
    }

    private static PyBinaryFile Self(ReadOnlySpan<Value> args) => (PyBinaryFile)args[0].Object;

    [PyClass("_io.BufferedFile")]
    private static class Methods
    {
        [PyMethod("read")]
        private static Value Read(ReadOnlySpan<Value> args, string[]? kwnames) => new PyBytes(Self(args).Read(args.Length > 1 && !args[1].IsNone ? Ops.AsSsize(args[1]) : -1));

        [PyMethod("readline")]
        private static Value ReadLine(ReadOnlySpan<Value> args, string[]? kwnames) =>
            new PyBytes(Self(args).ReadLine(args.Length > 1 && !args[1].IsNone ? Ops.AsSsize(args[1]) : -1));

        [PyMethod("readlines")]
        private static Value ReadLines(ReadOnlySpan<Value> args, string[]? kwnames)
        {
            long hint = args.Length > 1 && !args[1].IsNone ? Ops.AsSsize(args[1]) : -1;
            var lines = new PyList();
            long total = 0;
            for (byte[] line = Self(args).ReadLine(); line.Length > 0; line = Self(args).ReadLine())
            {
                lines.Append(new PyBytes(line));
                total += line.Length;
                if (hint > 0 && total >= hint)
                {
                    break;
                }
            }

            return lines;
        }

        [PyMethod("writelines")]
        private static Value WriteLines(ReadOnlySpan<Value> args, string[]? kwnames)
        {
            PyIterator lines = Ops.GetIter(args[1]);
            while (lines.TryNext(out Value line))
            {
                Write([args[0], line], null);
            }

            return Value.None;
        }

        [PyMethod("seek")]
        private static Value Seek(ReadOnlySpan<Value> args, string[]? kwnames)
        {
            int count = ArgParser.Unpack("seek", args, kwnames, 1, 2, self: true);
            return Value.FromInt(Self(args).Seek(Ops.AsSsize(args[1]), count > 1 ? Ops.AsSsize(args[2]) : 0));
        }

        [PyMethod("tell")]
        private static Value Tell(ReadOnlySpan<Value> args, string[]? kwnames) => Value.FromInt(Self(args).Open().Position);

        [PyMethod("truncate")]
        private static Value Truncate(ReadOnlySpan<Value> args, string[]? kwnames)
        {
            FileStream stream = Self(args).Open();
            long size = args.Length > 1 && !args[1].IsNone ? Ops.AsSsize(args[1]) : stream.Position;
            stream.SetLength(size);
            return Value.FromInt(size);
        }

        [PyMethod("readable")]
        private static Value IsReadable(ReadOnlySpan<Value> args, string[]? kwnames) => Value.FromBool(Self(args).Open().CanRead);

        [PyMethod("writable")]
        private static Value IsWritable(ReadOnlySpan<Value> args, string[]? kwnames) => Value.FromBool(Self(args).Open().CanWrite);

        [PyMethod("seekable")]
        private static Value IsSeekable(ReadOnlySpan<Value> args, string[]? kwnames) => Value.FromBool(Self(args).Open().CanSeek);

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
