using System.Numerics;

namespace Jit.Runtime.Objects;

/// <summary>The methods of range.</summary>
[PyClass("range")]
internal static class RangeMethods
{
    private static PyRange Self(ReadOnlySpan<Value> args) => (PyRange)args[0].Object;

    [PyMethod("__new__")]
    private static Value New(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        CollectionHelpers.NewClass(args, PyType.Range);
        ArgParser.NoKeywords("range", kwnames);
        int count = ArgParser.Unpack("range", args, kwnames, 1, 3, self: true);
        if (count == 1)
        {
            return new PyRange(BigInteger.Zero, Bound(args[1]), BigInteger.One);
        }

        return new PyRange(Bound(args[1]), Bound(args[2]), count == 3 ? Bound(args[3]) : BigInteger.One);

        static BigInteger Bound(Value value) => value.IsInt ? value.Int : Ops.ToBigInteger(Ops.Index(value));
    }

    [PyGetter("start")]
    private static Value Start(Value self) => PyInt.Make(((PyRange)self.Object).Start);

    [PyGetter("stop")]
    private static Value Stop(Value self) => PyInt.Make(((PyRange)self.Object).Stop);

    [PyGetter("step")]
    private static Value Step(Value self) => PyInt.Make(((PyRange)self.Object).Step);

    [PyMethod("__len__")]
    private static Value Len(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("range.__len__", args, kwnames, self: true);
        return Value.FromInt(Self(args).Count);
    }

    [PyMethod("__bool__")]
    private static Value Bool(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("range.__bool__", args, kwnames, self: true);
        return Value.FromBool(!Self(args).Length.IsZero);
    }

    [PyMethod("__getitem__")]
    private static Value GetItem(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("range.__getitem__", args, kwnames, 1, self: true);
        PyRange self = Self(args);
        Value key = args[1];
        if (key.ObjectOrNull is PySlice slice)
        {
            return self.GetSlice(slice);
        }

        if (key.IsInt)
        {
            return self[key.Int];
        }

        if (!Ops.HasIndex(key))
        {
            throw PyErr.TypeError($"range indices must be integers or slices, not {Ops.TypeName(key)}");
        }

        return self[Ops.ToBigInteger(Ops.Index(key))];
    }

    [PyMethod("__contains__")]
    private static Value Contains(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("range.__contains__", args, kwnames, 1, self: true);
        return Value.FromBool(Includes(Self(args), args[1]));
    }

    [PyMethod("__iter__")]
    private static Value Iter(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("range.__iter__", args, kwnames, self: true);
        return Self(args).Iterate();
    }

    [PyMethod("__reversed__")]
    private static Value Reversed(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("range.__reversed__", args, kwnames, self: true);
        return Self(args).IterateReversed();
    }

    [PyMethod("__repr__")]
    private static Value Repr(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("range.__repr__", args, kwnames, self: true);
        return PyStr.From(Self(args).ToString());
    }

    [PyMethod("__hash__")]
    private static Value Hash(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("range.__hash__", args, kwnames, self: true);
        return Value.FromInt(Self(args).Hash());
    }

    [PyMethod("__eq__")]
    private static Value Eq(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        CollectionHelpers.OneArgument(args, kwnames);
        return args[1].ObjectOrNull is PyRange other ? Value.FromBool(Self(args).EqualTo(other)) : PyNotImplemented.Instance;
    }

    [PyMethod("__ne__")]
    private static Value Ne(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        CollectionHelpers.OneArgument(args, kwnames);
        return args[1].ObjectOrNull is PyRange other ? Value.FromBool(!Self(args).EqualTo(other)) : PyNotImplemented.Instance;
    }

    [PyMethod("count")]
    private static Value Count(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("range.count", args, kwnames, 1, self: true);
        PyRange self = Self(args);
        if (IsExactInt(args[1]))
        {
            return Value.FromInt(Includes(self, args[1]) ? 1 : 0);
        }

        long n = 0;
        PyIterator iterator = self.Iterate();
        while (iterator.TryNext(out Value item))
        {
            if (Ops.Equals(item, args[1]))
            {
                n++;
            }
        }

        return Value.FromInt(n);
    }

    [PyMethod("index")]
    private static Value Index(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("range.index", args, kwnames, 1, self: true);
        PyRange self = Self(args);
        Value value = args[1];
        if (IsExactInt(value))
        {
            if (!Includes(self, value))
            {
                throw PyErr.ValueError($"{Ops.Repr(value)} is not in range");
            }

            return PyInt.Make((Ops.ToBigInteger(value) - self.Start) / self.Step);
        }

        long index = 0;
        PyIterator iterator = self.Iterate();
        while (iterator.TryNext(out Value item))
        {
            if (Ops.Equals(item, value))
            {
                return Value.FromInt(index);
            }

            index++;
        }

        throw PyErr.ValueError("sequence.index(x): x not in sequence");
    }

    /// <summary>Exact ints and bools are tested arithmetically; anything else by equality with
    /// each item (it may define <c>__eq__</c>).</summary>
    private static bool Includes(PyRange range, Value value)
    {
        if (value.IsInt)
        {
            return range.ContainsLong(value.Int);
        }

        if (IsExactInt(value))
        {
            return range.ContainsInteger(Ops.ToBigInteger(value));
        }

        PyIterator iterator = range.Iterate();
        while (iterator.TryNext(out Value item))
        {
            if (Ops.Equals(item, value))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsExactInt(Value value) =>
        value.IsInt || value.ObjectOrNull is PyBool || (value.ObjectOrNull is PyInt i && ReferenceEquals(i.Type, PyType.Int));
}
