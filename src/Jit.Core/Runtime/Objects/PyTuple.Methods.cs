using System.Text;

namespace Jit.Runtime.Objects;

/// <summary>The methods of tuple.</summary>
[PyClass("tuple")]
internal static class TupleMethods
{
    private static PyTuple Self(ReadOnlySpan<Value> args) => (PyTuple)args[0].Object;

    [PyMethod("__new__")]
    private static Value New(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        PyType cls = CollectionHelpers.NewClass(args, PyType.Tuple);
        if (ReferenceEquals(cls, PyType.Tuple))
        {
            ArgParser.NoKeywords("tuple", kwnames);
        }

        int positional = ArgParser.PositionalCount(args, kwnames);
        int count = ArgParser.Unpack("tuple", args[..positional], null, 0, 1, self: true);
        if (count == 0)
        {
            return ReferenceEquals(cls, PyType.Tuple) ? PyTuple.Empty : new PyTuple(cls, []);
        }

        if (ReferenceEquals(cls, PyType.Tuple) && args[1].ObjectOrNull is PyTuple same && ReferenceEquals(same.Type, PyType.Tuple))
        {
            return same;
        }

        Value[] items = Ops.ToArray(args[1]);
        return ReferenceEquals(cls, PyType.Tuple) ? PyTuple.Create(items) : new PyTuple(cls, items);
    }

    [PyMethod("__len__")]
    private static Value Len(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("tuple.__len__", args, kwnames, self: true);
        return Value.FromInt(Self(args).Count);
    }

    [PyMethod("__getitem__")]
    private static Value GetItem(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("tuple.__getitem__", args, kwnames, 1, self: true);
        PyTuple self = Self(args);
        if (args[1].ObjectOrNull is PySlice slice)
        {
            return GetSlice(self, slice);
        }

        return self[Ops.NormalizeIndex(Ops.SubscriptIndex(args[1], "tuple"), self.Count, "tuple")];
    }

    [PyMethod("__contains__")]
    private static Value Contains(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("tuple.__contains__", args, kwnames, 1, self: true);
        foreach (Value item in Self(args).Items)
        {
            if (Ops.Equals(item, args[1]))
            {
                return Value.True;
            }
        }

        return Value.False;
    }

    [PyMethod("__iter__")]
    private static Value Iter(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("tuple.__iter__", args, kwnames, self: true);
        return new PyTupleIterator(Self(args));
    }

    [PyMethod("__repr__")]
    private static Value Repr(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("tuple.__repr__", args, kwnames, self: true);
        PyTuple self = Self(args);
        if (self.Count == 0)
        {
            return PyStr.From("()");
        }

        if (!Ops.EnterRepr(self))
        {
            return PyStr.From("(...)");
        }

        try
        {
            var sb = new StringBuilder("(");
            CollectionHelpers.AppendReprs(sb, self.Items);
            return PyStr.From(sb.Append(self.Count == 1 ? ",)" : ")").ToString());
        }
        finally
        {
            Ops.LeaveRepr(self);
        }
    }

    [PyMethod("__hash__")]
    private static Value Hash(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("tuple.__hash__", args, kwnames, self: true);
        return Value.FromInt(Ops.HashTuple(Self(args)));
    }

    [PyMethod("__add__")]
    private static Value Add(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        CollectionHelpers.OneArgument(args, kwnames);
        if (args[1].ObjectOrNull is not PyTuple other)
        {
            return PyNotImplemented.Instance;
        }

        PyTuple self = Self(args);
        if (other.Count == 0 && ReferenceEquals(self.Type, PyType.Tuple))
        {
            return self;
        }

        if (self.Count == 0 && ReferenceEquals(other.Type, PyType.Tuple))
        {
            return other;
        }

        return new PyTuple([.. self.Items, .. other.Items]);
    }

    [PyMethod("__mul__")]
    private static Value Mul(ReadOnlySpan<Value> args, string[]? kwnames) => Repeat(args, kwnames);

    [PyMethod("__rmul__")]
    private static Value RMul(ReadOnlySpan<Value> args, string[]? kwnames) => Repeat(args, kwnames);

    [PyMethod("__eq__")]
    private static Value Eq(ReadOnlySpan<Value> args, string[]? kwnames) => Compare(CompareOp.Eq, args, kwnames);

    [PyMethod("__ne__")]
    private static Value Ne(ReadOnlySpan<Value> args, string[]? kwnames) => Compare(CompareOp.Ne, args, kwnames);

    [PyMethod("__lt__")]
    private static Value Lt(ReadOnlySpan<Value> args, string[]? kwnames) => Compare(CompareOp.Lt, args, kwnames);

    [PyMethod("__le__")]
    private static Value Le(ReadOnlySpan<Value> args, string[]? kwnames) => Compare(CompareOp.Le, args, kwnames);

    [PyMethod("__gt__")]
    private static Value Gt(ReadOnlySpan<Value> args, string[]? kwnames) => Compare(CompareOp.Gt, args, kwnames);

    [PyMethod("__ge__")]
    private static Value Ge(ReadOnlySpan<Value> args, string[]? kwnames) => Compare(CompareOp.Ge, args, kwnames);

    [PyMethod("index")]
    private static Value Index(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        int count = ArgParser.Unpack("index", args, kwnames, 1, 3, self: true);
        PyTuple self = Self(args);
        (long start, long stop) = ListMethods.SearchBounds(args, count, self.Count);
        for (long i = start; i < stop && i < self.Count; i++)
        {
            if (Ops.Equals(self[(int)i], args[1]))
            {
                return Value.FromInt(i);
            }
        }

        throw PyErr.ValueError("tuple.index(x): x not in tuple");
    }

    [PyMethod("count")]
    private static Value Count(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("tuple.count", args, kwnames, 1, self: true);
        long n = 0;
        foreach (Value item in Self(args).Items)
        {
            if (Ops.Equals(item, args[1]))
            {
                n++;
            }
        }

        return Value.FromInt(n);
    }

    [PyMethod("__getnewargs__")]
    private static Value GetNewArgs(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("tuple.__getnewargs__", args, kwnames, self: true);
        return PyTuple.Create(new PyTuple(Self(args).Items));
    }

    /// <summary><c>tuple[slice]</c>; the full slice of an exact tuple is the tuple itself.</summary>
    private static Value GetSlice(PyTuple self, PySlice slice)
    {
        int length = slice.GetIndices(self.Count, out int start, out _, out int step);
        if (step == 1 && length == self.Count && ReferenceEquals(self.Type, PyType.Tuple))
        {
            return self;
        }

        var items = new Value[length];
        for (int i = 0, index = start; i < length; i++, index += step)
        {
            items[i] = self[index];
        }

        return PyTuple.Create(items);
    }

    private static Value Repeat(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        CollectionHelpers.OneArgument(args, kwnames);
        if (!Ops.HasIndex(args[1]))
        {
            return PyNotImplemented.Instance;
        }

        PyTuple self = Self(args);
        long times = Ops.AsSsize(args[1], PyExc.OverflowError);
        if (times == 1 && ReferenceEquals(self.Type, PyType.Tuple))
        {
            return self;
        }

        var items = new Value[ListMethods.RepeatedLength(self.Count, times)];
        for (int offset = 0; offset < items.Length; offset += self.Count)
        {
            self.Items.CopyTo(items, offset);
        }

        return PyTuple.Create(items);
    }

    private static Value Compare(CompareOp op, ReadOnlySpan<Value> args, string[]? kwnames)
    {
        CollectionHelpers.OneArgument(args, kwnames);
        if (args[1].ObjectOrNull is not PyTuple other)
        {
            return PyNotImplemented.Instance;
        }

        return SequenceCompare.Compare(op, Self(args), other);
    }
}
