namespace Jit.Runtime.Objects;

/// <summary>A tuple: a fixed array of values. Methods live in the collections' partial files.</summary>
[PyClass("tuple")]
public sealed partial class PyTuple : PyObject
{
    public static readonly PyTuple Empty = new([]);

    public PyTuple(Value[] items)
        : base(PyType.Tuple)
    {
        Items = items;
    }

    /// <summary>An instance of a tuple subclass.</summary>
    public PyTuple(PyType type, Value[] items)
        : base(type)
    {
        Items = items;
    }

    /// <summary>The items; never mutate them once the tuple is visible to Python code.</summary>
    public Value[] Items { get; }

    public int Count => Items.Length;

    public Value this[int index] => Items[index];

    public static PyTuple Create(ReadOnlySpan<Value> items) => items.Length == 0 ? Empty : new PyTuple(items.ToArray());

    public static PyTuple Create(Value a) => new([a]);

    public static PyTuple Create(Value a, Value b) => new([a, b]);

    public static PyTuple Create(Value a, Value b, Value c) => new([a, b, c]);

    public ReadOnlySpan<Value> AsSpan() => Items;
}
