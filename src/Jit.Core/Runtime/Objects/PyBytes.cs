namespace Jit.Runtime.Objects;

/// <summary>An immutable bytes object. Methods live in the text partial files; the core dunders
/// (hash, comparison, len, repr, items, iteration, +, *) in PyBytes.Core.cs.</summary>
[PyClass("bytes")]
public sealed partial class PyBytes : PyObject
{
    public static readonly PyBytes Empty = new([]);

    public PyBytes(byte[] value)
        : base(PyType.Bytes)
    {
        Data = value;
    }

    /// <summary>An instance of a bytes subclass.</summary>
    public PyBytes(PyType type, byte[] value)
        : base(type)
    {
        Data = value;
    }

    /// <summary>The bytes; never mutate them once the object is visible to Python code.</summary>
    public byte[] Data { get; }

    public int Count => Data.Length;

    public ReadOnlySpan<byte> AsSpan() => Data;
}

/// <summary>A mutable bytearray: a growable byte buffer (items in <c>[0, Count)</c>).</summary>
[PyClass("bytearray")]
public sealed partial class PyByteArray : PyObject
{
    private byte[] _items;
    private int _count;

    public PyByteArray()
        : base(PyType.ByteArray)
    {
        _items = [];
    }

    /// <summary>Takes ownership of <paramref name="items"/> (no copy).</summary>
    public PyByteArray(byte[] items)
        : base(PyType.ByteArray)
    {
        _items = items;
        _count = items.Length;
    }

    /// <summary>An empty instance of a bytearray subclass.</summary>
    public PyByteArray(PyType type)
        : base(type)
    {
        _items = [];
    }

    public int Count => _count;

    public byte this[int index]
    {
        get => _items[index];
        set => _items[index] = value;
    }

    /// <summary>The live bytes; invalid after the next change of length.</summary>
    public Span<byte> AsSpan() => _items.AsSpan(0, _count);

    public void Append(byte value)
    {
        EnsureCapacity(_count + 1);
        _items[_count++] = value;
    }

    public void AddRange(ReadOnlySpan<byte> values)
    {
        EnsureCapacity(_count + values.Length);
        values.CopyTo(_items.AsSpan(_count));
        _count += values.Length;
    }

    /// <summary>Replaces <c>[index, index + count)</c> with <paramref name="values"/>.</summary>
    public void Replace(int index, int count, ReadOnlySpan<byte> values)
    {
        byte[] copy = values.ToArray();
        int newCount = _count - count + copy.Length;
        EnsureCapacity(newCount);
        Array.Copy(_items, index + count, _items, index + copy.Length, _count - index - count);
        copy.CopyTo(_items, index);
        _count = newCount;
    }

    public void EnsureCapacity(int capacity)
    {
        if (capacity > _items.Length)
        {
            Array.Resize(ref _items, Math.Max(capacity, Math.Max(16, _items.Length * 2)));
        }
    }

    public byte[] ToArray() => AsSpan().ToArray();

    /// <summary>Mutable, so unhashable.</summary>
    [PyTypeInit]
    private static void InitUnhashable(PyType type, IDictionary<string, Value> members) => members["__hash__"] = Value.None;
}
