using Jit.Runtime.Formatting;

namespace Jit.Runtime.Objects;

/// <summary>The core protocols of bytes: hashing, comparison (with bytearray too), length, repr,
/// concatenation and repetition, membership, indexing, slicing and iteration. Construction and
/// named methods belong to the text partial files.</summary>
public sealed partial class PyBytes
{
    /// <summary>The bytes of a bytes-like object (bytes, bytearray), or null.</summary>
    public static ReadOnlySpan<byte> BytesOf(Value value, out bool ok)
    {
        switch (value.ObjectOrNull)
        {
            case PyBytes b:
                ok = true;
                return b.Data;
            case PyByteArray a:
                ok = true;
                return a.AsSpan();
            default:
                ok = false;
                return default;
        }
    }

    /// <summary><c>b[start:stop:step]</c>.</summary>
    public PyBytes GetSlice(PySlice slice)
    {
        int count = slice.GetIndices(Data.Length, out int start, out _, out int step);
        if (count <= 0)
        {
            return Empty;
        }

        if (step == 1)
        {
            return new PyBytes(Data.AsSpan(start, count).ToArray());
        }

        var result = new byte[count];
        for (int n = 0, i = start; n < count; n++, i += step)
        {
            result[n] = Data[i];
        }

        return new PyBytes(result);
    }

    private static PyBytes Self(ReadOnlySpan<Value> args) => (PyBytes)args[0].Object;

    [PyTypeInit]
    private static void InitType(PyType type, IDictionary<string, Value> members)
    {
        foreach (CompareOp op in Enum.GetValues<CompareOp>())
        {
            CompareOp captured = op;
            string name = "__" + op.ToString().ToLowerInvariant() + "__";
            members[name] = PyBuiltinFunction.Method(name, type, (args, kwnames) =>
            {
                PyInt.SlotArgs(args, kwnames, 1);
                ReadOnlySpan<byte> other = BytesOf(args[1], out bool ok);
                if (!ok)
                {
                    return PyNotImplemented.Instance;
                }

                int c = Self(args).Data.AsSpan().SequenceCompareTo(other);
                return Value.FromBool(captured switch
                {
                    CompareOp.Lt => c < 0,
                    CompareOp.Le => c <= 0,
                    CompareOp.Eq => c == 0,
                    CompareOp.Ne => c != 0,
                    CompareOp.Gt => c > 0,
                    _ => c >= 0,
                });
            });
        }
    }

    [PyMethod("__hash__")]
    private static Value HashMethod(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("bytes.__hash__", args, kwnames, self: true);
        return Value.FromInt(PyHash.Bytes(Self(args).Data));
    }

    [PyMethod("__len__")]
    private static Value Len(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("bytes.__len__", args, kwnames, self: true);
        return Value.FromInt(Self(args).Data.Length);
    }

    [PyMethod("__repr__")]
    [PyMethod("__str__")]
    private static Value Repr(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("bytes.__repr__", args, kwnames, self: true);
        return PyStr.From(PyRepr.Bytes(Self(args).Data));
    }

    [PyMethod("__add__")]
    private static Value Add(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        PyInt.SlotArgs(args, kwnames, 1);
        ReadOnlySpan<byte> other = BytesOf(args[1], out bool ok);
        if (!ok)
        {
            return PyNotImplemented.Instance;
        }

        return new PyBytes([.. Self(args).Data, .. other]);
    }

    [PyMethod("__mul__")]
    [PyMethod("__rmul__")]
    private static Value Multiply(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        PyInt.SlotArgs(args, kwnames, 1);
        if (!Ops.HasIndex(args[1]))
        {
            return PyNotImplemented.Instance;
        }

        long count = Ops.AsSsize(args[1], PyExc.OverflowError);
        byte[] data = Self(args).Data;
        if (count <= 0 || data.Length == 0)
        {
            return Empty;
        }

        if (data.Length * count > int.MaxValue / 2)
        {
            throw PyErr.OverflowError("repeated bytes are too long");
        }

        var result = new byte[data.Length * count];
        for (int i = 0; i < count; i++)
        {
            data.CopyTo(result, i * data.Length);
        }

        return new PyBytes(result);
    }

    [PyMethod("__contains__")]
    private static Value Contains(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        PyInt.SlotArgs(args, kwnames, 1);
        byte[] data = Self(args).Data;
        if (Ops.HasIndex(args[1]))
        {
            long b = Ops.AsSsize(args[1]);
            if (b is < 0 or > 255)
            {
                throw PyErr.ValueError("byte must be in range(0, 256)");
            }

            return Value.FromBool(data.AsSpan().Contains((byte)b));
        }

        ReadOnlySpan<byte> sub = BytesOf(args[1], out bool ok);
        if (!ok)
        {
            throw PyErr.TypeError($"a bytes-like object is required, not '{Ops.TypeName(args[1])}'");
        }

        return Value.FromBool(data.AsSpan().IndexOf(sub) >= 0);
    }

    [PyMethod("__getitem__")]
    private static Value GetItemMethod(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        PyInt.SlotArgs(args, kwnames, 1);
        PyBytes self = Self(args);
        if (args[1].ObjectOrNull is PySlice slice)
        {
            return self.GetSlice(slice);
        }

        long index = Ops.SubscriptIndex(args[1], "byte");
        long position = index < 0 ? index + self.Data.Length : index;
        return (ulong)position < (ulong)self.Data.Length ? Value.FromInt(self.Data[position]) : throw PyErr.IndexError("index out of range");
    }

    [PyMethod("__iter__")]
    private static Value Iter(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("bytes.__iter__", args, kwnames, self: true);
        return new PyBytesIterator(Self(args).Data);
    }

    [PyMethod("__getnewargs__")]
    private static Value GetNewArgs(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("bytes.__getnewargs__", args, kwnames, self: true);
        return PyTuple.Create(new PyBytes(Self(args).Data));
    }
}

/// <summary>The iterator over a bytes object's ints.</summary>
public sealed class PyBytesIterator : PyIterator
{
    private readonly byte[] _data;
    private int _index;

    public PyBytesIterator(byte[] data)
        : base(PyType.BytesIterator)
    {
        _data = data;
    }

    public override long LengthHint => Math.Max(0, _data.Length - _index);

    public override bool TryNext(out Value value)
    {
        if (_index >= _data.Length)
        {
            value = default;
            return false;
        }

        value = Value.FromInt(_data[_index++]);
        return true;
    }
}
