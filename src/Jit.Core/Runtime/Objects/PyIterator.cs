namespace Jit.Runtime.Objects;

/// <summary>
/// Base of the built-in iterators. Internal loops call <see cref="TryNext"/> (no exception at the
/// end); Python's <c>__next__</c> turns its false into StopIteration. Types created with
/// <see cref="PyType.Iterator"/> get <c>__iter__</c> and <c>__next__</c> automatically.
/// </summary>
public abstract class PyIterator : PyObject
{
    protected PyIterator(PyType type)
        : base(type)
    {
    }

    /// <summary>The next item, or false when exhausted (and from then on).</summary>
    public abstract bool TryNext(out Value value);

    /// <summary>False for the one iterator-shaped object that is not iterable: a coroutine.</summary>
    public virtual bool IsIterable => true;

    /// <summary><c>__length_hint__</c>, or -1 when unknown.</summary>
    public virtual long LengthHint => -1;

    internal static Value IterSelf(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("__iter__", args, kwnames, self: true);
        return args[0];
    }

    internal static Value Next(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("__next__", args, kwnames, self: true);
        return ((PyIterator)args[0].Object).TryNext(out Value value) ? value : throw Exhausted(value);
    }

    /// <summary>The StopIteration that ends an iterator: a generator's carries its return value.</summary>
    internal static PyException Exhausted(Value returned) =>
        returned.IsUnbound || returned.IsNone ? PyErr.StopIteration() : PyErr.StopIteration(returned);
}

/// <summary>Drives an iterator written in Python (an object whose type defines <c>__next__</c>):
/// StopIteration from <c>__next__</c> ends the iteration.</summary>
public sealed class PyUserIterator : PyIterator
{
    private readonly Value _next;
    private bool _done;

    public PyUserIterator(Value iterator, Value next)
        : base(PyType.SeqIterator)
    {
        Iterator = iterator;
        _next = next;
    }

    /// <summary>The Python iterator object being driven.</summary>
    public Value Iterator { get; }

    public override bool TryNext(out Value value)
    {
        if (_done)
        {
            value = default;
            return false;
        }

        try
        {
            value = Ops.Call(_next, Iterator);
            return true;
        }
        catch (PyException e) when (e.Error.Type.IsSubtypeOf(PyExc.StopIteration))
        {
            _done = true;
            value = default;
            return false;
        }
    }
}

/// <summary>The iterator over an object that only has <c>__getitem__</c> (the old sequence
/// protocol): indices 0, 1, ... until IndexError or StopIteration.</summary>
public sealed class PySequenceIterator : PyIterator
{
    private Value _sequence;
    private long _index;

    public PySequenceIterator(Value sequence)
        : base(PyType.SeqIterator)
    {
        _sequence = sequence;
    }

    public override bool TryNext(out Value value)
    {
        if (_sequence.IsUnbound)
        {
            value = default;
            return false;
        }

        try
        {
            value = Ops.GetItem(_sequence, Value.FromInt(_index));
            _index++;
            return true;
        }
        catch (PyException e) when (e.Error.Type.IsSubtypeOf(PyExc.IndexError) || e.Error.Type.IsSubtypeOf(PyExc.StopIteration))
        {
            _sequence = default;
            value = default;
            return false;
        }
    }
}
