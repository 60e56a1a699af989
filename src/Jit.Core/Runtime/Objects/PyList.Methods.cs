using System.Text;

namespace Jit.Runtime.Objects;

/// <summary>The methods of list.</summary>
[PyClass("list")]
internal static class ListMethods
{
    private static readonly ArgSpec s_sort = new("sort", ["key", "reverse"], keywordOnly: 0);

    private static PyList Self(ReadOnlySpan<Value> args) => (PyList)args[0].Object;

    [PyMethod("__new__")]
    private static Value New(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        PyType cls = CollectionHelpers.NewClass(args, PyType.List);
        return ReferenceEquals(cls, PyType.List) ? new PyList() : new PyList(cls);
    }

    [PyMethod("__init__")]
    private static Value Init(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoKeywords("list", kwnames);
        int count = ArgParser.Unpack("list", args, kwnames, 0, 1, self: true);
        PyList self = Self(args);
        if (self.Count > 0)
        {
            self.Clear();
        }

        if (count == 1)
        {
            Extend(self, args[1]);
        }

        return Value.None;
    }

    [PyMethod("__len__")]
    private static Value Len(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("list.__len__", args, kwnames, self: true);
        return Value.FromInt(Self(args).Count);
    }

    [PyMethod("__getitem__")]
    private static Value GetItem(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("list.__getitem__", args, kwnames, 1, self: true);
        PyList self = Self(args);
        if (args[1].ObjectOrNull is PySlice slice)
        {
            return self.GetSlice(slice);
        }

        return self[Ops.NormalizeIndex(Ops.SubscriptIndex(args[1], "list"), self.Count, "list")];
    }

    [PyMethod("__setitem__")]
    private static Value SetItem(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        PyInt.SlotArgs(args, kwnames, 2);
        PyList self = Self(args);
        if (args[1].ObjectOrNull is PySlice slice)
        {
            self.AssignSlice(slice, args[2]);
        }
        else
        {
            self[Ops.NormalizeIndex(Ops.SubscriptIndex(args[1], "list"), self.Count, "list assignment")] = args[2];
        }

        return Value.None;
    }

    [PyMethod("__delitem__")]
    private static Value DelItem(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        CollectionHelpers.OneArgument(args, kwnames);
        PyList self = Self(args);
        if (args[1].ObjectOrNull is PySlice slice)
        {
            self.DeleteSlice(slice);
        }
        else
        {
            self.RemoveAt(Ops.NormalizeIndex(Ops.SubscriptIndex(args[1], "list"), self.Count, "list assignment"));
        }

        return Value.None;
    }

    [PyMethod("__contains__")]
    private static Value Contains(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("list.__contains__", args, kwnames, 1, self: true);
        PyList self = Self(args);
        for (int i = 0; i < self.Count; i++)
        {
            if (Ops.Equals(self[i], args[1]))
            {
                return Value.True;
            }
        }

        return Value.False;
    }

    [PyMethod("__iter__")]
    private static Value Iter(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("list.__iter__", args, kwnames, self: true);
        return new PyListIterator(Self(args));
    }

    [PyMethod("__reversed__")]
    private static Value Reversed(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("list.__reversed__", args, kwnames, self: true);
        return new PyListReverseIterator(Self(args));
    }

    [PyMethod("__repr__")]
    private static Value Repr(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("list.__repr__", args, kwnames, self: true);
        PyList self = Self(args);
        if (self.Count == 0)
        {
            return PyStr.From("[]");
        }

        if (!Ops.EnterRepr(self))
        {
            return PyStr.From("[...]");
        }

        try
        {
            var sb = new StringBuilder("[");

            // Index by index: an item's repr may change the list.
            for (int i = 0; i < self.Count; i++)
            {
                if (i > 0)
                {
                    sb.Append(", ");
                }

                sb.Append(Ops.Repr(self[i]));
            }

            return PyStr.From(sb.Append(']').ToString());
        }
        finally
        {
            Ops.LeaveRepr(self);
        }
    }

    [PyMethod("__add__")]
    private static Value Add(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        CollectionHelpers.OneArgument(args, kwnames);
        if (args[1].ObjectOrNull is not PyList other)
        {
            return PyNotImplemented.Instance;
        }

        PyList self = Self(args);
        var result = new PyList(self.Count + other.Count);
        result.AddRange(self.AsSpan());
        result.AddRange(other.AsSpan());
        return result;
    }

    [PyMethod("__iadd__")]
    private static Value InPlaceAdd(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        CollectionHelpers.OneArgument(args, kwnames);
        Extend(Self(args), args[1]);
        return args[0];
    }

    [PyMethod("__mul__")]
    private static Value Mul(ReadOnlySpan<Value> args, string[]? kwnames) => Repeat(args, kwnames);

    [PyMethod("__rmul__")]
    private static Value RMul(ReadOnlySpan<Value> args, string[]? kwnames) => Repeat(args, kwnames);

    [PyMethod("__imul__")]
    private static Value InPlaceMul(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        CollectionHelpers.OneArgument(args, kwnames);
        if (!Ops.HasIndex(args[1]))
        {
            return PyNotImplemented.Instance;
        }

        PyList self = Self(args);
        long times = Ops.AsSsize(args[1], PyExc.OverflowError);
        if (times <= 0)
        {
            self.Clear();
        }
        else if (times > 1)
        {
            Value[] items = self.ToArray();
            self.EnsureCapacity(RepeatedLength(items.Length, times));
            for (long i = 1; i < times; i++)
            {
                self.AddRange(items);
            }
        }

        return args[0];
    }

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

    [PyMethod("append")]
    private static Value Append(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("list.append", args, kwnames, 1, self: true);
        Self(args).Append(args[1]);
        return Value.None;
    }

    [PyMethod("extend")]
    private static Value ExtendMethod(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("list.extend", args, kwnames, 1, self: true);
        Extend(Self(args), args[1]);
        return Value.None;
    }

    [PyMethod("insert")]
    private static Value Insert(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Unpack("insert", args, kwnames, 2, 2, self: true);
        PyList self = Self(args);
        long index = Ops.AsSsize(args[1]);
        if (index < 0)
        {
            index = Math.Max(index + self.Count, 0);
        }

        self.Insert((int)Math.Min(index, self.Count), args[2]);
        return Value.None;
    }

    [PyMethod("pop")]
    private static Value Pop(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        int count = ArgParser.Unpack("pop", args, kwnames, 0, 1, self: true);
        PyList self = Self(args);
        long index = count == 1 ? Ops.AsSsize(args[1]) : -1;
        if (self.Count == 0)
        {
            throw PyErr.IndexError("pop from empty list");
        }

        int position = Ops.NormalizeIndex(index, self.Count, "pop");
        Value item = self[position];
        self.RemoveAt(position);
        return item;
    }

    [PyMethod("remove")]
    private static Value Remove(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("list.remove", args, kwnames, 1, self: true);
        PyList self = Self(args);
        for (int i = 0; i < self.Count; i++)
        {
            if (Ops.Equals(self[i], args[1]))
            {
                // __eq__ may have shortened the list.
                if (i < self.Count)
                {
                    self.RemoveAt(i);
                }

                return Value.None;
            }
        }

        throw PyErr.ValueError("list.remove(x): x not in list");
    }

    [PyMethod("index")]
    private static Value Index(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        int count = ArgParser.Unpack("index", args, kwnames, 1, 3, self: true);
        PyList self = Self(args);
        (long start, long stop) = SearchBounds(args, count, self.Count);
        for (long i = start; i < stop && i < self.Count; i++)
        {
            if (Ops.Equals(self[(int)i], args[1]))
            {
                return Value.FromInt(i);
            }
        }

        throw PyErr.ValueError($"{Ops.Repr(args[1])} is not in list");
    }

    [PyMethod("count")]
    private static Value Count(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("list.count", args, kwnames, 1, self: true);
        PyList self = Self(args);
        long n = 0;
        for (int i = 0; i < self.Count; i++)
        {
            if (Ops.Equals(self[i], args[1]))
            {
                n++;
            }
        }

        return Value.FromInt(n);
    }

    [PyMethod("clear")]
    private static Value Clear(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("list.clear", args, kwnames, self: true);
        Self(args).Clear();
        return Value.None;
    }

    [PyMethod("copy")]
    private static Value Copy(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("list.copy", args, kwnames, self: true);
        return new PyList(Self(args).ToArray());
    }

    [PyMethod("reverse")]
    private static Value Reverse(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("list.reverse", args, kwnames, self: true);
        Self(args).AsSpan().Reverse();
        return Value.None;
    }

    [PyMethod("sort")]
    private static Value Sort(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        SortWithArguments(Self(args), args[1..], kwnames);
        return Value.None;
    }

    /// <summary>list.sort(*, key=None, reverse=False) with these arguments (also sorted()'s).</summary>
    internal static void SortWithArguments(PyList list, ReadOnlySpan<Value> args, string[]? kwnames)
    {
        var bound = default(ArgBuffer);
        s_sort.Bind(args, kwnames, bound);
        bool reverse = !bound[1].IsUnbound && Ops.AsInt32(bound[1]) != 0;
        list.Sort(bound[0], reverse);
    }

    /// <summary><c>list.extend</c> and <c>+=</c>: any iterable (the list itself included).</summary>
    internal static void Extend(PyList list, Value iterable)
    {
        switch (iterable.ObjectOrNull)
        {
            case PyList other:
                list.AddRange(other.ToArray());
                return;
            case PyTuple tuple:
                list.AddRange(tuple.Items);
                return;
        }

        PyIterator iterator = Ops.GetIter(iterable);
        while (iterator.TryNext(out Value item))
        {
            list.Append(item);
        }
    }

    /// <summary>The start and stop of index(): slice-style bounds (negative counts from the end,
    /// clamped), defaulting to the whole sequence.</summary>
    internal static (long Start, long Stop) SearchBounds(ReadOnlySpan<Value> args, int count, int length)
    {
        long start = count >= 2 ? SliceIndexNotNone(args[2]) : 0;
        long stop = count >= 3 ? SliceIndexNotNone(args[3]) : long.MaxValue;
        if (start < 0)
        {
            start = Math.Max(start + length, 0);
        }

        if (stop < 0)
        {
            stop = Math.Max(stop + length, 0);
        }

        return (start, stop);

        static long SliceIndexNotNone(Value value) => Ops.HasIndex(value)
            ? Ops.ClampIndex(value)
            : throw PyErr.TypeError("slice indices must be integers or have an __index__ method");
    }

    /// <summary>The length of a sequence repeated <paramref name="times"/> times (MemoryError past
    /// what an array can hold).</summary>
    internal static int RepeatedLength(int length, long times)
    {
        long total = (long)length * Math.Max(times, 0);
        return times > 0 && (total / times != length || total > Array.MaxLength)
            ? throw PyErr.MemoryError()
            : (int)total;
    }

    private static Value Repeat(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        CollectionHelpers.OneArgument(args, kwnames);
        if (!Ops.HasIndex(args[1]))
        {
            return PyNotImplemented.Instance;
        }

        long times = Ops.AsSsize(args[1], PyExc.OverflowError);
        Span<Value> items = Self(args).AsSpan();
        var result = new Value[RepeatedLength(items.Length, times)];
        for (int offset = 0; offset < result.Length; offset += items.Length)
        {
            items.CopyTo(result.AsSpan(offset));
        }

        return new PyList(result);
    }

    /// <summary>list_richcompare: lists only; the first differing items decide (their comparison
    /// result is returned as is), else the lengths.</summary>
    private static Value Compare(CompareOp op, ReadOnlySpan<Value> args, string[]? kwnames)
    {
        CollectionHelpers.OneArgument(args, kwnames);
        if (args[1].ObjectOrNull is not PyList other)
        {
            return PyNotImplemented.Instance;
        }

        return SequenceCompare.Compare(op, Self(args), other);
    }
}

/// <summary>Lexicographic comparison of lists and tuples, re-reading the lengths after each
/// item comparison (which may run code that changes a list).</summary>
internal static class SequenceCompare
{
    public static Value Compare(CompareOp op, PyObject a, PyObject b)
    {
        if (op is CompareOp.Eq or CompareOp.Ne && Length(a) != Length(b))
        {
            return Value.FromBool(op == CompareOp.Ne);
        }

        int i = 0;
        for (; i < Length(a) && i < Length(b); i++)
        {
            if (!Ops.Equals(Item(a, i), Item(b, i)))
            {
                break;
            }
        }

        if (i >= Length(a) || i >= Length(b))
        {
            int la = Length(a);
            int lb = Length(b);
            return Value.FromBool(op switch
            {
                CompareOp.Lt => la < lb,
                CompareOp.Le => la <= lb,
                CompareOp.Eq => la == lb,
                CompareOp.Ne => la != lb,
                CompareOp.Gt => la > lb,
                _ => la >= lb,
            });
        }

        return op switch
        {
            CompareOp.Eq => Value.False,
            CompareOp.Ne => Value.True,
            _ => Ops.Compare(op, Item(a, i), Item(b, i)),
        };
    }

    private static int Length(PyObject sequence) => sequence is PyList list ? list.Count : ((PyTuple)sequence).Count;

    private static Value Item(PyObject sequence, int index) => sequence is PyList list ? list[index] : ((PyTuple)sequence)[index];
}
