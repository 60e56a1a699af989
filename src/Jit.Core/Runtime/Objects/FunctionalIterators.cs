namespace Jit.Runtime.Objects;

/// <summary>The iterator classes of the builtins module. They are types (callable, subclassable),
/// and iterators at once.</summary>
public static class IteratorTypes
{
    private const TypeFlags Flags = TypeFlags.BaseType | TypeFlags.Layout | TypeFlags.Iterator;

    public static readonly PyType Enumerate = PyType.Builtin("enumerate", Flags);
    public static readonly PyType Zip = PyType.Builtin("zip", Flags);
    public static readonly PyType Map = PyType.Builtin("map", Flags);
    public static readonly PyType Filter = PyType.Builtin("filter", Flags);
    public static readonly PyType Reversed = PyType.Builtin("reversed", Flags);
}

/// <summary><c>enumerate(iterable, start=0)</c>: (index, item) pairs.</summary>
[PyClass("enumerate")]
public sealed class PyEnumerate : PyIterator
{
    private static readonly ArgSpec s_new = new("enumerate", ["iterable", "start"], required: 1);

    private readonly PyIterator _iterator;
    private Value _index;

    public PyEnumerate(PyType type, Value iterable, Value start)
        : base(type)
    {
        _iterator = Ops.GetIter(iterable);
        _index = start;
    }

    public override bool TryNext(out Value value)
    {
        if (!_iterator.TryNext(out Value item))
        {
            value = default;
            return false;
        }

        Value index = _index;
        _index = index.IsInt && index.Int != long.MaxValue ? Value.FromInt(index.Int + 1) : Ops.Add(index, Value.FromInt(1));
        value = PyTuple.Create(index, item);
        return true;
    }

    [PyMethod("__new__")]
    private static Value New(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        PyType cls = CollectionHelpers.NewClass(args, IteratorTypes.Enumerate);
        int positional = ArgParser.PositionalCount(args, kwnames) - 1;
        if (kwnames is null && positional is < 1 or > 2)
        {
            throw PyErr.TypeError(positional == 0
                ? "enumerate() missing required argument 'iterable'"
                : $"enumerate() takes at most 2 arguments ({positional} given)");
        }

        var bound = default(ArgBuffer);
        s_new.Bind(args[1..], kwnames, bound);
        Value start = bound[1].IsUnbound ? Value.FromInt(0) : Ops.Index(bound[1]);
        return new PyEnumerate(cls, bound[0], start);
    }
}

/// <summary><c>zip(*iterables, strict=False)</c>.</summary>
[PyClass("zip")]
public sealed class PyZip : PyIterator
{
    private readonly PyIterator[] _iterators;
    private readonly bool _strict;
    private bool _done;

    public PyZip(PyType type, PyIterator[] iterators, bool strict)
        : base(type)
    {
        _iterators = iterators;
        _strict = strict;
    }

    public override bool TryNext(out Value value)
    {
        value = default;
        if (_done || _iterators.Length == 0)
        {
            return false;
        }

        var items = new Value[_iterators.Length];
        for (int i = 0; i < _iterators.Length; i++)
        {
            if (!_iterators[i].TryNext(out items[i]))
            {
                _done = true;
                if (_strict)
                {
                    CheckLengths(i);
                }

                return false;
            }
        }

        value = new PyTuple(items);
        return true;
    }

    /// <summary>strict=True: iterator <paramref name="exhausted"/> ran out first; every other one
    /// must be exhausted too.</summary>
    private void CheckLengths(int exhausted)
    {
        if (exhausted > 0)
        {
            throw PyErr.ValueError($"zip() argument {exhausted + 1} is shorter than argument{Plural(exhausted)}{exhausted}");
        }

        for (int i = 1; i < _iterators.Length; i++)
        {
            if (_iterators[i].TryNext(out _))
            {
                throw PyErr.ValueError($"zip() argument {i + 1} is longer than argument{Plural(i)}{i}");
            }
        }

        static string Plural(int count) => count == 1 ? " " : "s 1-";
    }

    [PyMethod("__new__")]
    private static Value New(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        PyType cls = CollectionHelpers.NewClass(args, IteratorTypes.Zip);
        int positional = ArgParser.PositionalCount(args, kwnames);
        bool strict = false;
        if (kwnames is not null)
        {
            for (int i = 0; i < kwnames.Length; i++)
            {
                if (kwnames[i] != "strict")
                {
                    throw PyErr.TypeError($"'{kwnames[i]}' is an invalid keyword argument for zip()");
                }

                strict = Ops.IsTrue(args[positional + i]);
            }
        }

        var iterators = new PyIterator[positional - 1];
        for (int i = 0; i < iterators.Length; i++)
        {
            iterators[i] = Ops.GetIter(args[i + 1]);
        }

        return new PyZip(cls, iterators, strict);
    }
}

/// <summary><c>map(function, *iterables)</c>: stops at the shortest iterable.</summary>
[PyClass("map")]
public sealed class PyMap : PyIterator
{
    private readonly Value _function;
    private readonly PyIterator[] _iterators;

    public PyMap(PyType type, Value function, PyIterator[] iterators)
        : base(type)
    {
        _function = function;
        _iterators = iterators;
    }

    public override bool TryNext(out Value value)
    {
        value = default;
        if (_iterators.Length == 1)
        {
            if (!_iterators[0].TryNext(out Value item))
            {
                return false;
            }

            value = Ops.Call(_function, item);
            return true;
        }

        var items = new Value[_iterators.Length];
        for (int i = 0; i < items.Length; i++)
        {
            if (!_iterators[i].TryNext(out items[i]))
            {
                return false;
            }
        }

        value = Ops.Call(_function, items);
        return true;
    }

    [PyMethod("__new__")]
    private static Value New(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        PyType cls = CollectionHelpers.NewClass(args, IteratorTypes.Map);
        if (ReferenceEquals(cls, IteratorTypes.Map))
        {
            ArgParser.NoKeywords("map", kwnames);
        }

        int positional = ArgParser.PositionalCount(args, kwnames);
        if (positional < 3)
        {
            throw PyErr.TypeError("map() must have at least two arguments.");
        }

        var iterators = new PyIterator[positional - 2];
        for (int i = 0; i < iterators.Length; i++)
        {
            iterators[i] = Ops.GetIter(args[i + 2]);
        }

        return new PyMap(cls, args[1], iterators);
    }
}

/// <summary><c>filter(function or None, iterable)</c>.</summary>
[PyClass("filter")]
public sealed class PyFilter : PyIterator
{
    private readonly Value _function;
    private readonly PyIterator _iterator;

    public PyFilter(PyType type, Value function, PyIterator iterator)
        : base(type)
    {
        _function = function;
        _iterator = iterator;
    }

    public override bool TryNext(out Value value)
    {
        // None and bool both mean "keep the true items".
        bool identity = _function.IsNone || _function.Is(PyType.Bool);
        while (_iterator.TryNext(out Value item))
        {
            if (Ops.IsTrue(identity ? item : Ops.Call(_function, item)))
            {
                value = item;
                return true;
            }
        }

        value = default;
        return false;
    }

    [PyMethod("__new__")]
    private static Value New(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        PyType cls = CollectionHelpers.NewClass(args, IteratorTypes.Filter);
        if (ReferenceEquals(cls, IteratorTypes.Filter))
        {
            ArgParser.NoKeywords("filter", kwnames);
        }

        ArgParser.Unpack("filter", args[..ArgParser.PositionalCount(args, kwnames)], null, 2, 2, self: true);
        return new PyFilter(cls, args[1], Ops.GetIter(args[2]));
    }
}

/// <summary><c>reversed(seq)</c>: the sequence's <c>__reversed__</c>, or a walk down from
/// <c>len(seq) - 1</c> through <c>__getitem__</c>.</summary>
[PyClass("reversed")]
public sealed class PyReversed : PyIterator
{
    private Value _sequence;
    private long _index;

    public PyReversed(PyType type, Value sequence, long length)
        : base(type)
    {
        _sequence = sequence;
        _index = length - 1;
    }

    public override long LengthHint => _sequence.IsUnbound ? 0 : Math.Min(_index + 1, Ops.Len(_sequence));

    public override bool TryNext(out Value value)
    {
        if (_index >= 0 && !_sequence.IsUnbound)
        {
            try
            {
                value = Ops.GetItem(_sequence, Value.FromInt(_index));
                _index--;
                return true;
            }
            catch (PyException e) when (e.Error.Type.IsSubtypeOf(PyExc.IndexError) || e.Error.Type.IsSubtypeOf(PyExc.StopIteration))
            {
            }
        }

        _index = -1;
        _sequence = default;
        value = default;
        return false;
    }

    /// <summary>The built-in <c>reversed(seq)</c> of the exact type.</summary>
    public static Value Create(Value sequence) => Create(IteratorTypes.Reversed, sequence);

    private static Value Create(PyType cls, Value sequence)
    {
        Value method = sequence.Type.Lookup("__reversed__");
        if (method.IsNone)
        {
            throw NotReversible(sequence);
        }

        if (!method.IsUnbound)
        {
            return Ops.CallSpecial(method, sequence, default, null);
        }

        // The sequence protocol: __getitem__, and not a mapping.
        if (sequence.Type.LookupSpecial(SpecialMethod.GetItem).IsUnbound || sequence.ObjectOrNull is PyDict)
        {
            throw NotReversible(sequence);
        }

        return new PyReversed(cls, sequence, Ops.Len(sequence));
    }

    private static PyException NotReversible(Value sequence) =>
        PyErr.TypeError($"'{Ops.TypeName(sequence)}' object is not reversible");

    [PyMethod("__new__")]
    private static Value New(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        PyType cls = CollectionHelpers.NewClass(args, IteratorTypes.Reversed);
        if (ReferenceEquals(cls, IteratorTypes.Reversed))
        {
            ArgParser.NoKeywords("reversed", kwnames);
        }

        ArgParser.Unpack("reversed", args[..ArgParser.PositionalCount(args, kwnames)], null, 1, 1, self: true);
        return Create(cls, args[1]);
    }
}
