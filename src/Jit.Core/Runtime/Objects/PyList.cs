namespace Jit.Runtime.Objects;

/// <summary>A list: a growable array of values (items in <c>[0, Count)</c>, spare capacity after).
/// Methods live in the collections' partial files; this is the storage they share.</summary>
[PyClass("list")]
public sealed partial class PyList : PyObject
{
    private Value[] _items;
    private int _count;

    public PyList()
        : base(PyType.List)
    {
        _items = [];
    }

    public PyList(int capacity)
        : base(PyType.List)
    {
        _items = capacity == 0 ? [] : new Value[capacity];
    }

    /// <summary>Takes ownership of <paramref name="items"/> (no copy).</summary>
    public PyList(Value[] items)
        : base(PyType.List)
    {
        _items = items;
        _count = items.Length;
    }

    /// <summary>An empty instance of a list subclass.</summary>
    public PyList(PyType type)
        : base(type)
    {
        _items = [];
    }

    public int Count => _count;

    /// <summary>Bumped by every change of length, so iterators and sort can detect mutation.</summary>
    public int Version { get; private set; }

    public Value this[int index]
    {
        get => _items[index];
        set => _items[index] = value;
    }

    public static PyList Create(ReadOnlySpan<Value> items) => new(items.ToArray());

    /// <summary>The live items; invalid after the next change of length.</summary>
    public Span<Value> AsSpan() => _items.AsSpan(0, _count);

    public void Append(Value value)
    {
        if (_count == _items.Length)
        {
            Grow(_count + 1);
        }

        _items[_count++] = value;
        Version++;
    }

    public void AddRange(ReadOnlySpan<Value> values)
    {
        EnsureCapacity(_count + values.Length);
        values.CopyTo(_items.AsSpan(_count));
        _count += values.Length;
        Version++;
    }

    /// <summary>Inserts before <paramref name="index"/> (0 &lt;= index &lt;= Count).</summary>
    public void Insert(int index, Value value)
    {
        if (_count == _items.Length)
        {
            Grow(_count + 1);
        }

        Array.Copy(_items, index, _items, index + 1, _count - index);
        _items[index] = value;
        _count++;
        Version++;
    }

    public void RemoveAt(int index) => RemoveRange(index, 1);

    public void RemoveRange(int index, int count)
    {
        Array.Copy(_items, index + count, _items, index, _count - index - count);
        Array.Clear(_items, _count - count, count);
        _count -= count;
        Version++;
    }

    /// <summary>Replaces <c>[index, index + count)</c> with <paramref name="values"/>
    /// (slice assignment); the values must not alias this list's storage.</summary>
    public void Replace(int index, int count, ReadOnlySpan<Value> values)
    {
        int newCount = _count - count + values.Length;
        EnsureCapacity(newCount);
        Array.Copy(_items, index + count, _items, index + values.Length, _count - index - count);
        values.CopyTo(_items.AsSpan(index));
        if (newCount < _count)
        {
            Array.Clear(_items, newCount, _count - newCount);
        }

        _count = newCount;
        Version++;
    }

    public void Clear()
    {
        Array.Clear(_items, 0, _count);
        _count = 0;
        Version++;
    }

    public void EnsureCapacity(int capacity)
    {
        if (capacity > _items.Length)
        {
            Grow(capacity);
        }
    }

    public Value[] ToArray() => AsSpan().ToArray();

    private void Grow(int needed)
    {
        int capacity = Math.Max(needed, Math.Max(4, _items.Length * 2));
        Array.Resize(ref _items, capacity);
    }

    /// <summary>Mutable containers are unhashable.</summary>
    [PyTypeInit]
    private static void InitUnhashable(PyType type, IDictionary<string, Value> members) => members["__hash__"] = Value.None;
}
