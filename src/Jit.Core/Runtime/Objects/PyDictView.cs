using System.Text;

namespace Jit.Runtime.Objects;

/// <summary>What a dict view or dict iterator produces.</summary>
public enum DictViewKind
{
    Keys,
    Values,
    Items,
}

/// <summary><c>dict.keys()</c>, <c>dict.values()</c>, <c>dict.items()</c>: live views of a dict.
/// Keys and items views are set-like (operators build sets, comparisons are subset tests).</summary>
public sealed class PyDictView : PyObject
{
    public PyDictView(PyDict dict, DictViewKind kind)
        : base(kind switch
        {
            DictViewKind.Keys => PyType.DictKeys,
            DictViewKind.Values => PyType.DictValues,
            _ => PyType.DictItems,
        })
    {
        Dict = dict;
        Kind = kind;
    }

    public PyDict Dict { get; }

    public DictViewKind Kind { get; }

    public int Count => Dict.Count;

    /// <summary>Membership: a key for keys views, a (key, value) pair for items views, a scan
    /// with <c>==</c> for values views.</summary>
    public bool Contains(Value item)
    {
        switch (Kind)
        {
            case DictViewKind.Keys:
                return Dict.ContainsKey(item);
            case DictViewKind.Items:
                if (item.ObjectOrNull is not PyTuple pair || pair.Count != 2)
                {
                    return false;
                }

                return Dict.TryGetValue(pair[0], out Value value) && Ops.Equals(value, pair[1]);
            default:
                return Ops.Contains(this, item);
        }
    }

    public PyIterator Iterate() => new PyDictIterator(Dict, Kind);
}

/// <summary>The methods all three view types share.</summary>
[PyClass("dict_keys")]
[PyClass("dict_values")]
[PyClass("dict_items")]
internal static class DictViewMethods
{
    private static PyDictView Self(ReadOnlySpan<Value> args) => (PyDictView)args[0].Object;

    [PyMethod("__len__")]
    private static Value Len(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments($"{Ops.TypeName(args[0])}.__len__", args, kwnames, self: true);
        return Value.FromInt(Self(args).Count);
    }

    [PyMethod("__iter__")]
    private static Value Iter(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments($"{Ops.TypeName(args[0])}.__iter__", args, kwnames, self: true);
        return Self(args).Iterate();
    }

    [PyMethod("__reversed__")]
    private static Value Reversed(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments($"{Ops.TypeName(args[0])}.__reversed__", args, kwnames, self: true);
        PyDictView self = Self(args);
        return new PyDictReverseIterator(self.Dict, self.Kind);
    }

    /// <summary>A read-only proxy of the dict behind the view.</summary>
    [PyGetter("mapping")]
    private static Value Mapping(Value self) => new PyMappingProxy(((PyDictView)self.Object).Dict);

    [PyMethod("__repr__")]
    private static Value Repr(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments($"{Ops.TypeName(args[0])}.__repr__", args, kwnames, self: true);
        PyDictView self = Self(args);
        if (!Ops.EnterRepr(self))
        {
            return PyStr.From("...");
        }

        try
        {
            var sb = new StringBuilder(self.Type.Name).Append("([");
            CollectionHelpers.AppendReprs(sb, Ops.ToArray(self));
            return PyStr.From(sb.Append("])").ToString());
        }
        finally
        {
            Ops.LeaveRepr(self);
        }
    }
}

/// <summary>The set-like methods of keys and items views.</summary>
[PyClass("dict_keys")]
[PyClass("dict_items")]
internal static class DictSetViewMethods
{
    private static PyDictView Self(ReadOnlySpan<Value> args) => (PyDictView)args[0].Object;

    [PyMethod("__contains__")]
    private static Value Contains(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly($"{Ops.TypeName(args[0])}.__contains__", args, kwnames, 1, self: true);
        return Value.FromBool(Self(args).Contains(args[1]));
    }

    [PyMethod("isdisjoint")]
    private static Value IsDisjoint(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly($"{Ops.TypeName(args[0])}.isdisjoint", args, kwnames, 1, self: true);
        Value self = args[0];
        Value other = args[1];
        if (other.Is(self))
        {
            return Value.FromBool(Self(args).Count == 0);
        }

        // Scan the shorter operand when both have cheap membership tests.
        if (other.ObjectOrNull is PySetBase || IsSetView(other))
        {
            if (Ops.Len(other) > Self(args).Count)
            {
                (self, other) = (other, self);
            }
        }

        PyIterator iterator = Ops.GetIter(other);
        while (iterator.TryNext(out Value item))
        {
            if (Ops.Contains(self, item))
            {
                return Value.False;
            }
        }

        return Value.True;
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

    [PyMethod("__and__")]
    private static Value And(ReadOnlySpan<Value> args, string[]? kwnames) => Binary(args, kwnames, reflected: false, Intersect);

    [PyMethod("__rand__")]
    private static Value RAnd(ReadOnlySpan<Value> args, string[]? kwnames) => Binary(args, kwnames, reflected: true, Intersect);

    [PyMethod("__or__")]
    private static Value Or(ReadOnlySpan<Value> args, string[]? kwnames) => Binary(args, kwnames, reflected: false, Union);

    [PyMethod("__ror__")]
    private static Value ROr(ReadOnlySpan<Value> args, string[]? kwnames) => Binary(args, kwnames, reflected: true, Union);

    [PyMethod("__sub__")]
    private static Value Sub(ReadOnlySpan<Value> args, string[]? kwnames) => Binary(args, kwnames, reflected: false, Difference);

    [PyMethod("__rsub__")]
    private static Value RSub(ReadOnlySpan<Value> args, string[]? kwnames) => Binary(args, kwnames, reflected: true, Difference);

    [PyMethod("__xor__")]
    private static Value Xor(ReadOnlySpan<Value> args, string[]? kwnames) => Binary(args, kwnames, reflected: false, SymmetricDifference);

    [PyMethod("__rxor__")]
    private static Value RXor(ReadOnlySpan<Value> args, string[]? kwnames) => Binary(args, kwnames, reflected: true, SymmetricDifference);

    [PyTypeInit]
    private static void InitType(PyType type, IDictionary<string, Value> members) => members["__hash__"] = Value.None;

    private static bool IsSetView(Value value) => value.ObjectOrNull is PyDictView { Kind: not DictViewKind.Values };

    /// <summary>dictview_richcompare: size tests, then "all contained in" in the right direction.</summary>
    private static Value Compare(CompareOp op, ReadOnlySpan<Value> args, string[]? kwnames)
    {
        CollectionHelpers.OneArgument(args, kwnames);
        Value self = args[0];
        Value other = args[1];
        if (other.ObjectOrNull is not PySetBase && !IsSetView(other))
        {
            return PyNotImplemented.Instance;
        }

        long selfCount = Ops.Len(self);
        long otherCount = Ops.Len(other);
        bool result = op switch
        {
            CompareOp.Eq => selfCount == otherCount && AllContainedIn(self, other),
            CompareOp.Ne => !(selfCount == otherCount && AllContainedIn(self, other)),
            CompareOp.Lt => selfCount < otherCount && AllContainedIn(self, other),
            CompareOp.Le => selfCount <= otherCount && AllContainedIn(self, other),
            CompareOp.Gt => selfCount > otherCount && AllContainedIn(other, self),
            _ => selfCount >= otherCount && AllContainedIn(other, self),
        };
        return Value.FromBool(result);
    }

    private static bool AllContainedIn(Value self, Value other)
    {
        PyIterator iterator = Ops.GetIter(self);
        while (iterator.TryNext(out Value item))
        {
            if (!Ops.Contains(other, item))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The operators take any iterable on the other side; the reflected forms compute
    /// <c>other op view</c> (where CPython's slot receives the operands in that order).</summary>
    private static Value Binary(ReadOnlySpan<Value> args, string[]? kwnames, bool reflected, Func<Value, Value, Value> operation)
    {
        CollectionHelpers.OneArgument(args, kwnames);
        return reflected ? operation(args[1], args[0]) : operation(args[0], args[1]);
    }

    /// <summary>dictviews_to_set: the left operand as a new set (a keys view of an exact dict
    /// through the dict itself, which pre-sizes the table as CPython's set(dict) does).</summary>
    private static PySet ToSet(Value left)
    {
        if (left.ObjectOrNull is PyDictView { Kind: DictViewKind.Keys } view && ReferenceEquals(view.Dict.Type, PyType.Dict))
        {
            left = view.Dict;
        }

        return PySet.From(left);
    }

    private static Value Union(Value left, Value right)
    {
        PySet result = ToSet(left);
        result.Update(right);
        return result;
    }

    private static Value Difference(Value left, Value right)
    {
        PySet result = ToSet(left);
        result.DifferenceUpdate(right);
        return result;
    }

    private static Value SymmetricDifference(Value left, Value right)
    {
        if (left.ObjectOrNull is PyDictView { Kind: DictViewKind.Items } a && right.ObjectOrNull is PyDictView { Kind: DictViewKind.Items } b)
        {
            return ItemsSymmetricDifference(a.Dict, b.Dict);
        }

        PySet result = ToSet(left);
        result.SymmetricDifferenceUpdate(right);
        return result;
    }

    /// <summary>dictitems_xor: pairs of the right dict whose key is absent from, or whose value
    /// differs in, the left one; then the pairs of the left dict that were not matched.</summary>
    private static Value ItemsSymmetricDifference(PyDict left, PyDict right)
    {
        PyDict remaining = left.Copy();
        var result = new PySet();
        int position = 0;
        while (right.TryGetEntry(ref position, out Value key, out Value value, out long hash))
        {
            if (remaining.TryGetValue(key, hash, out Value leftValue) && Ops.Equals(leftValue, value))
            {
                remaining.Remove(key);
            }
            else
            {
                result.Add(PyTuple.Create(key, value));
            }
        }

        result.Update(new PyDictView(remaining, DictViewKind.Items));
        return result;
    }

    /// <summary>_PyDictView_Intersect: a set; scans the other operand (or the smaller view), and
    /// hands an exact set at least as large to <c>set.intersection</c>.</summary>
    private static Value Intersect(Value self, Value other)
    {
        if (!IsSetView(self))
        {
            (self, other) = (other, self);
        }

        long selfCount = ((PyDictView)self.Object).Count;
        if (other.ObjectOrNull is PySet set && ReferenceEquals(set.Type, PyType.Set) && selfCount <= set.Count)
        {
            return set.Intersection(self);
        }

        if (IsSetView(other) && ((PyDictView)other.Object).Count > selfCount)
        {
            (self, other) = (other, self);
        }

        var view = (PyDictView)self.Object;
        var result = new PySet();
        PyIterator iterator = Ops.GetIter(other);
        while (iterator.TryNext(out Value item))
        {
            if (view.Contains(item))
            {
                result.Add(item);
            }
        }

        return result;
    }
}
