using System.Numerics;
using Jit.Runtime.Formatting;

namespace Jit.Runtime.Objects;

/// <summary>
/// bytearray's own protocols and mutating methods: construction (<c>__init__</c> fills the
/// object <c>__new__</c> made empty), repr, length, items and slices (read, assign, delete),
/// iteration, membership, comparison, +, *, += and *=, append/extend/insert/pop/remove/clear/
/// copy/reverse. The methods it shares with bytes are in BytesMethods.cs.
/// </summary>
public sealed partial class PyByteArray
{
    private static readonly ArgSpec s_init = new("bytearray", ["source", "encoding", "errors"]);

    private static PyByteArray Self(ReadOnlySpan<Value> args) => (PyByteArray)args[0].Object;

    [PyMethod("__new__")]
    private static Value New(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        if (args.Length == 0 || args[0].ObjectOrNull is not PyType cls || !cls.IsSubtypeOf(PyType.ByteArray))
        {
            throw PyErr.TypeError("bytearray.__new__(X): X is not a subtype of bytearray");
        }

        return ReferenceEquals(cls, PyType.ByteArray) ? new PyByteArray() : new PyByteArray(cls);
    }

    [PyMethod("__init__")]
    private static Value Init(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        var bound = default(ArgBuffer);
        s_init.Bind(args[1..], kwnames, bound);
        PyByteArray self = Self(args);
        Value source = bound[0];
        self.Replace(0, self.Count, []);
        PyBytes.BytesOf(source, out bool bytesLike);
        if (bound[1].IsUnbound && bound[2].IsUnbound && !source.IsUnbound && source.ObjectOrNull is not PyStr && !bytesLike && !Ops.HasIndex(source))
        {
            // Items are appended as they come, so an error keeps those before it (as in CPython).
            PyIterator iterator;
            try
            {
                iterator = Ops.GetIter(source);
            }
            catch (PyException e) when (e.Error.Type == PyExc.TypeError)
            {
                throw PyErr.TypeError($"cannot convert '{Ops.TypeName(source)}' object to bytearray");
            }

            while (iterator.TryNext(out Value item))
            {
                self.Append(ByteValue(item));
            }

            return Value.None;
        }

        self.AddRange(BytesMethods.Construct(source, bound[1], bound[2], byteArray: true));
        return Value.None;
    }

    [PyMethod("__repr__")]
    [PyMethod("__str__")]
    private static Value Repr(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("bytearray.__repr__", args, kwnames, self: true);
        PyByteArray self = Self(args);
        return PyStr.From($"{self.Type.Name}({PyRepr.Bytes(self.AsSpan())})");
    }

    [PyMethod("__len__")]
    private static Value Len(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("bytearray.__len__", args, kwnames, self: true);
        return Value.FromInt(Self(args).Count);
    }

    [PyMethod("__getitem__")]
    private static Value GetItem(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        PyInt.SlotArgs(args, kwnames, 1);
        PyByteArray self = Self(args);
        if (args[1].ObjectOrNull is PySlice slice)
        {
            int count = slice.GetIndices(self.Count, out int start, out _, out int step);
            var result = new byte[Math.Max(count, 0)];
            for (int n = 0, i = start; n < result.Length; n++, i += step)
            {
                result[n] = self[i];
            }

            return new PyByteArray(result);
        }

        return Value.FromInt(self[self.Index(args[1])]);
    }

    [PyMethod("__setitem__")]
    private static Value SetItem(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        PyInt.SlotArgs(args, kwnames, 2);
        PyByteArray self = Self(args);
        if (args[1].ObjectOrNull is PySlice slice)
        {
            self.AssignSlice(slice, args[2]);
        }
        else
        {
            int index = self.Index(args[1]);
            self[index] = ByteValue(args[2]);
        }

        return Value.None;
    }

    [PyMethod("__delitem__")]
    private static Value DelItem(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        PyInt.SlotArgs(args, kwnames, 1);
        PyByteArray self = Self(args);
        if (args[1].ObjectOrNull is PySlice slice)
        {
            int count = slice.GetIndices(self.Count, out int start, out _, out int step);
            var remove = new HashSet<int>();
            for (int n = 0, i = start; n < count; n++, i += step)
            {
                remove.Add(i);
            }

            byte[] kept = self.AsSpan().ToArray().Where((_, i) => !remove.Contains(i)).ToArray();
            self.Replace(0, self.Count, kept);
        }
        else
        {
            self.Replace(self.Index(args[1]), 1, []);
        }

        return Value.None;
    }

    [PyMethod("__iter__")]
    private static Value Iter(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("bytearray.__iter__", args, kwnames, self: true);
        return new PyByteArrayIterator(Self(args));
    }

    [PyMethod("__contains__")]
    private static Value Contains(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        PyInt.SlotArgs(args, kwnames, 1);
        ReadOnlySpan<byte> data = Self(args).AsSpan();
        if (Ops.HasIndex(args[1]))
        {
            return Value.FromBool(data.Contains(ByteValue(args[1])));
        }

        return Value.FromBool(data.IndexOf(BytesMethods.Buffer(args[1])) >= 0);
    }

    [PyTypeInit]
    private static void InitComparisons(PyType type, IDictionary<string, Value> members)
    {
        foreach (CompareOp op in Enum.GetValues<CompareOp>())
        {
            CompareOp captured = op;
            string name = "__" + op.ToString().ToLowerInvariant() + "__";
            members[name] = PyBuiltinFunction.Method(name, type, (args, kwnames) =>
            {
                PyInt.SlotArgs(args, kwnames, 1);
                ReadOnlySpan<byte> other = PyBytes.BytesOf(args[1], out bool ok);
                if (!ok)
                {
                    return PyNotImplemented.Instance;
                }

                int c = Self(args).AsSpan().SequenceCompareTo(other);
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

    [PyMethod("__add__")]
    private static Value Add(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        PyInt.SlotArgs(args, kwnames, 1);
        ReadOnlySpan<byte> other = PyBytes.BytesOf(args[1], out bool ok);
        if (!ok)
        {
            throw PyErr.TypeError($"can't concat {Ops.TypeName(args[1])} to bytearray");
        }

        return new PyByteArray([.. Self(args).AsSpan(), .. other]);
    }

    [PyMethod("__iadd__")]
    private static Value InPlaceAdd(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        PyInt.SlotArgs(args, kwnames, 1);
        ReadOnlySpan<byte> other = PyBytes.BytesOf(args[1], out bool ok);
        if (!ok)
        {
            throw PyErr.TypeError($"can't concat {Ops.TypeName(args[1])} to bytearray");
        }

        Self(args).AddRange(other.ToArray());
        return args[0];
    }

    [PyMethod("__mul__")]
    [PyMethod("__rmul__")]
    private static Value Multiply(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        PyInt.SlotArgs(args, kwnames, 1);
        return Ops.HasIndex(args[1])
            ? new PyByteArray(Repeat(Self(args).AsSpan(), Ops.AsSsize(args[1], PyExc.OverflowError)))
            : PyNotImplemented.Instance;
    }

    [PyMethod("__imul__")]
    private static Value InPlaceMultiply(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        PyInt.SlotArgs(args, kwnames, 1);
        if (!Ops.HasIndex(args[1]))
        {
            return PyNotImplemented.Instance;
        }

        PyByteArray self = Self(args);
        self.Replace(0, self.Count, Repeat(self.AsSpan(), Ops.AsSsize(args[1], PyExc.OverflowError)));
        return args[0];
    }

    [PyMethod("append")]
    private static Value AppendMethod(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("bytearray.append", args, kwnames, 1, self: true);
        Self(args).Append(ByteValue(args[1]));
        return Value.None;
    }

    [PyMethod("extend")]
    private static Value Extend(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("bytearray.extend", args, kwnames, 1, self: true);
        Self(args).AddRange(ExtendBytes(args[1]));
        return Value.None;
    }

    [PyMethod("insert")]
    private static Value InsertMethod(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoKeywords("bytearray.insert", kwnames);
        ArgParser.Unpack("insert", args, kwnames, 2, 2, self: true);
        PyByteArray self = Self(args);
        long index = Ops.AsSsize(args[1]);
        byte value = ByteValue(args[2]);
        index = index < 0 ? Math.Max(index + self.Count, 0) : Math.Min(index, self.Count);
        self.Replace((int)index, 0, [value]);
        return Value.None;
    }

    [PyMethod("pop")]
    private static Value Pop(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoKeywords("bytearray.pop", kwnames);
        int given = ArgParser.Unpack("pop", args, kwnames, 0, 1, self: true);
        PyByteArray self = Self(args);
        if (self.Count == 0)
        {
            throw PyErr.IndexError("pop from empty bytearray");
        }

        long index = given == 1 ? Ops.AsSsize(args[1]) : -1;
        if (index < 0)
        {
            index += self.Count;
        }

        if (index < 0 || index >= self.Count)
        {
            throw PyErr.IndexError("pop index out of range");
        }

        byte value = self[(int)index];
        self.Replace((int)index, 1, []);
        return Value.FromInt(value);
    }

    [PyMethod("remove")]
    private static Value Remove(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("bytearray.remove", args, kwnames, 1, self: true);
        PyByteArray self = Self(args);
        int index = self.AsSpan().IndexOf(ByteValue(args[1]));
        if (index < 0)
        {
            throw PyErr.ValueError("value not found in bytearray");
        }

        self.Replace(index, 1, []);
        return Value.None;
    }

    [PyMethod("clear")]
    private static Value ClearMethod(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("bytearray.clear", args, kwnames, self: true);
        PyByteArray self = Self(args);
        self.Replace(0, self.Count, []);
        return Value.None;
    }

    [PyMethod("copy")]
    private static Value Copy(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("bytearray.copy", args, kwnames, self: true);
        return new PyByteArray(Self(args).ToArray());
    }

    [PyMethod("reverse")]
    private static Value Reverse(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("bytearray.reverse", args, kwnames, self: true);
        Self(args).AsSpan().Reverse();
        return Value.None;
    }

    /// <summary>An item value: an int in range(256).</summary>
    private static byte ByteValue(Value value)
    {
        BigInteger b = Ops.ToBigInteger(Ops.Index(value));
        return b.Sign < 0 || b > 255 ? throw PyErr.ValueError("byte must be in range(0, 256)") : (byte)b;
    }

    private static byte[] ExtendBytes(Value source)
    {
        ReadOnlySpan<byte> buffer = PyBytes.BytesOf(source, out bool ok);
        if (ok)
        {
            return buffer.ToArray();
        }

        PyIterator iterator;
        try
        {
            iterator = Ops.GetIter(source);
        }
        catch (PyException e) when (e.Error.Type == PyExc.TypeError)
        {
            throw PyErr.TypeError($"can't extend bytearray with {Ops.TypeName(source)}");
        }

        var result = new List<byte>();
        while (iterator.TryNext(out Value item))
        {
            result.Add(ByteValue(item));
        }

        return [.. result];
    }

    private static byte[] Repeat(ReadOnlySpan<byte> data, long count)
    {
        if (count <= 0 || data.Length == 0)
        {
            return [];
        }

        if (data.Length * count > int.MaxValue / 2)
        {
            throw PyErr.MemoryError();
        }

        var result = new byte[data.Length * count];
        for (int i = 0; i < count; i++)
        {
            data.CopyTo(result.AsSpan(i * data.Length));
        }

        return result;
    }

    private int Index(Value key)
    {
        if (!Ops.HasIndex(key))
        {
            throw PyErr.TypeError($"bytearray indices must be integers or slices, not {Ops.TypeName(key)}");
        }

        long index = Ops.AsSsize(key, PyExc.IndexError);
        if (index < 0)
        {
            index += Count;
        }

        return index < 0 || index >= Count ? throw PyErr.IndexError("bytearray index out of range") : (int)index;
    }

    /// <summary><c>b[slice] = value</c>: bytes-like or an iterable of ints; an extended slice
    /// needs exactly as many bytes as it selects.</summary>
    private void AssignSlice(PySlice slice, Value value)
    {
        byte[] source;
        ReadOnlySpan<byte> buffer = PyBytes.BytesOf(value, out bool ok);
        if (ok)
        {
            source = buffer.ToArray();
        }
        else if (value.ObjectOrNull is PyStr || Ops.HasIndex(value))
        {
            throw PyErr.TypeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        }
        else
        {
            source = ExtendBytes(value);
        }

        int count = slice.GetIndices(Count, out int start, out int stop, out int step);
        if (step == 1)
        {
            Replace(start, Math.Max(stop - start, 0), source);
            return;
        }

        if (source.Length != count)
        {
            throw PyErr.ValueError($"attempt to assign bytes of size {source.Length} to extended slice of size {count}");
        }

        for (int n = 0, i = start; n < count; n++, i += step)
        {
            this[i] = source[n];
        }
    }
}

/// <summary>The iterator over a bytearray's ints; it sees changes made while iterating.</summary>
public sealed class PyByteArrayIterator : PyIterator
{
    private readonly PyByteArray _array;
    private int _index;

    public PyByteArrayIterator(PyByteArray array)
        : base(PyType.ByteArrayIterator)
    {
        _array = array;
    }

    public override long LengthHint => Math.Max(0, _array.Count - _index);

    public override bool TryNext(out Value value)
    {
        if (_index >= _array.Count)
        {
            value = default;
            return false;
        }

        value = Value.FromInt(_array[_index++]);
        return true;
    }
}
