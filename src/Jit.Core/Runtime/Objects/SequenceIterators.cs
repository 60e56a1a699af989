namespace Jit.Runtime.Objects;

/// <summary><c>iter(list)</c>: reads the live list by index, so appends during the loop are seen.</summary>
public sealed class PyListIterator : PyIterator
{
    private PyList? _list;
    private int _index;

    public PyListIterator(PyList list)
        : base(PyType.ListIterator)
    {
        _list = list;
    }

    public override long LengthHint => _list is null ? 0 : Math.Max(_list.Count - _index, 0);

    public override bool TryNext(out Value value)
    {
        PyList? list = _list;
        if (list is not null && _index < list.Count)
        {
            value = list[_index++];
            return true;
        }

        _list = null;
        value = default;
        return false;
    }
}

/// <summary><c>reversed(list)</c>.</summary>
public sealed class PyListReverseIterator : PyIterator
{
    private PyList? _list;
    private int _index;

    public PyListReverseIterator(PyList list)
        : base(PyType.ListReverseIterator)
    {
        _list = list;
        _index = list.Count - 1;
    }

    public override long LengthHint => _list is null ? 0 : Math.Max(Math.Min(_index + 1, _list.Count), 0);

    public override bool TryNext(out Value value)
    {
        PyList? list = _list;
        if (list is not null && _index >= 0 && _index < list.Count)
        {
            value = list[_index--];
            return true;
        }

        _index = -1;
        _list = null;
        value = default;
        return false;
    }
}

/// <summary><c>iter(tuple)</c>.</summary>
public sealed class PyTupleIterator : PyIterator
{
    private PyTuple? _tuple;
    private int _index;

    public PyTupleIterator(PyTuple tuple)
        : base(PyType.TupleIterator)
    {
        _tuple = tuple;
    }

    public override long LengthHint => _tuple is null ? 0 : _tuple.Count - _index;

    public override bool TryNext(out Value value)
    {
        PyTuple? tuple = _tuple;
        if (tuple is not null && _index < tuple.Count)
        {
            value = tuple[_index++];
            return true;
        }

        _tuple = null;
        value = default;
        return false;
    }
}

/// <summary><c>iter(callable, sentinel)</c>: calls until the result equals the sentinel.</summary>
public sealed class PyCallableIterator : PyIterator
{
    private Value _callable;
    private readonly Value _sentinel;

    public PyCallableIterator(Value callable, Value sentinel)
        : base(PyType.CallableIterator)
    {
        _callable = callable;
        _sentinel = sentinel;
    }

    public override bool TryNext(out Value value)
    {
        if (_callable.IsUnbound)
        {
            value = default;
            return false;
        }

        try
        {
            value = Ops.Call(_callable, []);
        }
        catch (PyException e) when (e.Error.Type.IsSubtypeOf(PyExc.StopIteration))
        {
            _callable = default;
            value = default;
            return false;
        }

        if (Ops.Equals(_sentinel, value))
        {
            _callable = default;
            value = default;
            return false;
        }

        return true;
    }
}

/// <summary><c>__length_hint__</c> of the iterators that know how much is left.</summary>
[PyClass("list_iterator")]
[PyClass("list_reverseiterator")]
[PyClass("tuple_iterator")]
[PyClass("range_iterator")]
[PyClass("longrange_iterator")]
[PyClass("set_iterator")]
[PyClass("dict_keyiterator")]
[PyClass("dict_valueiterator")]
[PyClass("dict_itemiterator")]
[PyClass("dict_reversekeyiterator")]
[PyClass("dict_reversevalueiterator")]
[PyClass("dict_reverseitemiterator")]
[PyClass("reversed")]
internal static class IteratorLengthHint
{
    [PyMethod("__length_hint__")]
    private static Value LengthHint(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("__length_hint__", args, kwnames, self: true);
        return Value.FromInt(Math.Max(((PyIterator)args[0].Object).LengthHint, 0));
    }
}
