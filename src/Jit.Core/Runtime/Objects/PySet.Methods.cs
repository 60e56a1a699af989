using System.Text;

namespace Jit.Runtime.Objects;

/// <summary>The methods set and frozenset share (queries, algebra returning new sets, operators).</summary>
[PyClass("set")]
[PyClass("frozenset")]
internal static class SetCommonMethods
{
    private static PySetBase Self(ReadOnlySpan<Value> args) => (PySetBase)args[0].Object;

    /// <summary>"set" or "frozenset": the type whose method is running, for error messages.</summary>
    private static string Name(ReadOnlySpan<Value> args) => args[0].Object is PySet ? "set" : "frozenset";

    [PyMethod("__len__")]
    private static Value Len(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments($"{Name(args)}.__len__", args, kwnames, self: true);
        return Value.FromInt(Self(args).Count);
    }

    [PyMethod("__contains__")]
    private static Value Contains(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly($"{Name(args)}.__contains__", args, kwnames, 1, self: true);
        Value key = PySetBase.ElementKey(args[1], out long hash);
        return Value.FromBool(Self(args).ContainsEntry(key, hash));
    }

    [PyMethod("__iter__")]
    private static Value Iter(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments($"{Name(args)}.__iter__", args, kwnames, self: true);
        return new PySetIterator(Self(args));
    }

    [PyMethod("__repr__")]
    private static Value Repr(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments($"{Name(args)}.__repr__", args, kwnames, self: true);
        PySetBase self = Self(args);
        string typeName = self.Type.Name;
        if (!Ops.EnterRepr(self))
        {
            return PyStr.From(typeName + "(...)");
        }

        try
        {
            if (self.Count == 0)
            {
                return PyStr.From(typeName + "()");
            }

            var sb = new StringBuilder();
            bool exactSet = ReferenceEquals(self.Type, PyType.Set);
            sb.Append(exactSet ? "{" : typeName + "({");
            CollectionHelpers.AppendReprs(sb, self.ToArray());
            sb.Append(exactSet ? "}" : "})");
            return PyStr.From(sb.ToString());
        }
        finally
        {
            Ops.LeaveRepr(self);
        }
    }

    [PyMethod("union")]
    private static Value Union(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoKeywords($"{Name(args)}.union", kwnames);
        return Self(args).Union(args[1..]);
    }

    [PyMethod("intersection")]
    private static Value Intersection(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoKeywords($"{Name(args)}.intersection", kwnames);
        return Self(args).IntersectionMulti(args[1..]);
    }

    [PyMethod("difference")]
    private static Value Difference(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoKeywords($"{Name(args)}.difference", kwnames);
        return Self(args).DifferenceMulti(args[1..]);
    }

    [PyMethod("symmetric_difference")]
    private static Value SymmetricDifference(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly($"{Name(args)}.symmetric_difference", args, kwnames, 1, self: true);
        return Self(args).SymmetricDifference(args[1]);
    }

    [PyMethod("isdisjoint")]
    private static Value IsDisjoint(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly($"{Name(args)}.isdisjoint", args, kwnames, 1, self: true);
        return Value.FromBool(Self(args).IsDisjoint(args[1]));
    }

    [PyMethod("issubset")]
    private static Value IsSubset(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly($"{Name(args)}.issubset", args, kwnames, 1, self: true);
        return Value.FromBool(Self(args).IsSubset(args[1]));
    }

    [PyMethod("issuperset")]
    private static Value IsSuperset(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly($"{Name(args)}.issuperset", args, kwnames, 1, self: true);
        return Value.FromBool(Self(args).IsSuperset(args[1]));
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

    [PyMethod("__or__")]
    private static Value Or(ReadOnlySpan<Value> args, string[]? kwnames) => Binary(args, kwnames, reflected: false, (a, b) => a.Union([b]));

    [PyMethod("__ror__")]
    private static Value ROr(ReadOnlySpan<Value> args, string[]? kwnames) => Binary(args, kwnames, reflected: true, (a, b) => a.Union([b]));

    [PyMethod("__and__")]
    private static Value And(ReadOnlySpan<Value> args, string[]? kwnames) => Binary(args, kwnames, reflected: false, (a, b) => a.Intersection(b));

    [PyMethod("__rand__")]
    private static Value RAnd(ReadOnlySpan<Value> args, string[]? kwnames) => Binary(args, kwnames, reflected: true, (a, b) => a.Intersection(b));

    [PyMethod("__sub__")]
    private static Value Sub(ReadOnlySpan<Value> args, string[]? kwnames) => Binary(args, kwnames, reflected: false, (a, b) => a.Difference(b));

    [PyMethod("__rsub__")]
    private static Value RSub(ReadOnlySpan<Value> args, string[]? kwnames) => Binary(args, kwnames, reflected: true, (a, b) => a.Difference(b));

    [PyMethod("__xor__")]
    private static Value Xor(ReadOnlySpan<Value> args, string[]? kwnames) => Binary(args, kwnames, reflected: false, (a, b) => a.SymmetricDifference(b));

    [PyMethod("__rxor__")]
    private static Value RXor(ReadOnlySpan<Value> args, string[]? kwnames) => Binary(args, kwnames, reflected: true, (a, b) => a.SymmetricDifference(b));

    private static Value Compare(CompareOp op, ReadOnlySpan<Value> args, string[]? kwnames)
    {
        CollectionHelpers.OneArgument(args, kwnames);
        return Self(args).RichCompare(op, args[1]);
    }

    /// <summary>A set operator: both operands must be sets (else NotImplemented); the reflected
    /// form computes <c>other op self</c>.</summary>
    private static Value Binary(ReadOnlySpan<Value> args, string[]? kwnames, bool reflected, Func<PySetBase, Value, PySetBase> operation)
    {
        CollectionHelpers.OneArgument(args, kwnames);
        if (args[1].ObjectOrNull is not PySetBase other)
        {
            return PyNotImplemented.Instance;
        }

        return reflected ? operation(other, args[0]) : operation(Self(args), args[1]);
    }
}

/// <summary>The methods only mutable sets have.</summary>
[PyClass("set")]
internal static class SetMethods
{
    private static PySet Self(ReadOnlySpan<Value> args) => (PySet)args[0].Object;

    [PyMethod("__new__")]
    private static Value New(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        PyType cls = CollectionHelpers.NewClass(args, PyType.Set);
        if (ReferenceEquals(cls, PyType.Set))
        {
            ArgParser.NoKeywords("set", kwnames);
        }

        return new PySet(cls);
    }

    [PyMethod("__init__")]
    private static Value Init(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoKeywords("set", kwnames);
        PySet self = Self(args);
        int count = ArgParser.Unpack(self.Type.Name, args, kwnames, 0, 1, self: true);
        if (self.Count > 0)
        {
            self.Clear();
        }

        if (count == 1)
        {
            self.Update(args[1]);
        }

        return Value.None;
    }

    [PyMethod("add")]
    private static Value Add(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("set.add", args, kwnames, 1, self: true);
        Self(args).Add(args[1]);
        return Value.None;
    }

    [PyMethod("clear")]
    private static Value Clear(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("set.clear", args, kwnames, self: true);
        Self(args).Clear();
        return Value.None;
    }

    [PyMethod("copy")]
    private static Value Copy(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("set.copy", args, kwnames, self: true);
        return Self(args).CopyAsBaseType();
    }

    [PyMethod("discard")]
    private static Value Discard(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("set.discard", args, kwnames, 1, self: true);
        Value key = PySetBase.ElementKey(args[1], out long hash);
        Self(args).DiscardEntry(key, hash);
        return Value.None;
    }

    [PyMethod("remove")]
    private static Value Remove(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("set.remove", args, kwnames, 1, self: true);
        Value key = PySetBase.ElementKey(args[1], out long hash);
        return Self(args).DiscardEntry(key, hash) ? Value.None : throw PyErr.KeyError(args[1]);
    }

    [PyMethod("pop")]
    private static Value Pop(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("set.pop", args, kwnames, self: true);
        return Self(args).Pop();
    }

    [PyMethod("update")]
    private static Value Update(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoKeywords("set.update", kwnames);
        PySet self = Self(args);
        foreach (Value other in args[1..])
        {
            self.Update(other);
        }

        return Value.None;
    }

    [PyMethod("intersection_update")]
    private static Value IntersectionUpdate(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoKeywords("set.intersection_update", kwnames);
        Self(args).IntersectionUpdate(args[1..]);
        return Value.None;
    }

    [PyMethod("difference_update")]
    private static Value DifferenceUpdate(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoKeywords("set.difference_update", kwnames);
        PySet self = Self(args);
        foreach (Value other in args[1..])
        {
            self.DifferenceUpdate(other);
        }

        return Value.None;
    }

    [PyMethod("symmetric_difference_update")]
    private static Value SymmetricDifferenceUpdate(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("set.symmetric_difference_update", args, kwnames, 1, self: true);
        Self(args).SymmetricDifferenceUpdate(args[1]);
        return Value.None;
    }

    [PyMethod("__ior__")]
    private static Value InPlaceOr(ReadOnlySpan<Value> args, string[]? kwnames) => InPlace(args, kwnames, (self, other) => self.Update(other));

    [PyMethod("__iand__")]
    private static Value InPlaceAnd(ReadOnlySpan<Value> args, string[]? kwnames) => InPlace(args, kwnames, (self, other) => self.IntersectionUpdate([other]));

    [PyMethod("__isub__")]
    private static Value InPlaceSub(ReadOnlySpan<Value> args, string[]? kwnames) => InPlace(args, kwnames, (self, other) => self.DifferenceUpdate(other));

    [PyMethod("__ixor__")]
    private static Value InPlaceXor(ReadOnlySpan<Value> args, string[]? kwnames) => InPlace(args, kwnames, (self, other) => self.SymmetricDifferenceUpdate(other));

    /// <summary>An in-place operator: the other operand must be a set; the result is self.</summary>
    private static Value InPlace(ReadOnlySpan<Value> args, string[]? kwnames, Action<PySet, Value> operation)
    {
        CollectionHelpers.OneArgument(args, kwnames);
        if (args[1].ObjectOrNull is not PySetBase)
        {
            return PyNotImplemented.Instance;
        }

        operation(Self(args), args[1]);
        return args[0];
    }

    [PyTypeInit]
    private static void InitType(PyType type, IDictionary<string, Value> members) => members["__hash__"] = Value.None;
}

/// <summary>The methods only frozensets have: construction, hashing, copy.</summary>
[PyClass("frozenset")]
internal static class FrozenSetMethods
{
    [PyMethod("__new__")]
    private static Value New(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        PyType cls = CollectionHelpers.NewClass(args, PyType.FrozenSet);
        if (ReferenceEquals(cls, PyType.FrozenSet))
        {
            ArgParser.NoKeywords("frozenset", kwnames);
        }

        int count = ArgParser.Unpack(cls.Name, args[..ArgParser.PositionalCount(args, kwnames)], null, 0, 1, self: true);
        if (ReferenceEquals(cls, PyType.FrozenSet) && count == 1 && args[1].ObjectOrNull is PyFrozenSet same &&
            ReferenceEquals(same.Type, PyType.FrozenSet))
        {
            // frozenset(f) is f.
            return same;
        }

        var set = new PyFrozenSet(cls);
        if (count == 1)
        {
            set.Update(args[1]);
        }

        return set;
    }

    [PyMethod("__hash__")]
    private static Value Hash(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("frozenset.__hash__", args, kwnames, self: true);
        return Value.FromInt(((PyFrozenSet)args[0].Object).Hash());
    }

    [PyMethod("copy")]
    private static Value Copy(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("frozenset.copy", args, kwnames, self: true);
        var self = (PyFrozenSet)args[0].Object;
        return ReferenceEquals(self.Type, PyType.FrozenSet) ? self : self.CopyAsBaseType();
    }
}

/// <summary>The iterator over a set's table; the set must not change size meanwhile.</summary>
public sealed class PySetIterator : PyIterator
{
    private PySetBase? _set;
    private int _used;
    private int _position;
    private int _remaining;

    public PySetIterator(PySetBase set)
        : base(PyType.SetIterator)
    {
        _set = set;
        _used = set.Count;
        _remaining = set.Count;
    }

    public override long LengthHint => _set is not null && _used == _set.Count ? _remaining : 0;

    public override bool TryNext(out Value value)
    {
        if (_set is null)
        {
            value = default;
            return false;
        }

        if (_used != _set.Count)
        {
            // Sticky, as in CPython: later calls raise again.
            _used = -1;
            throw PyErr.RuntimeError("Set changed size during iteration");
        }

        if (_set.TryGetNext(ref _position, out value, out _))
        {
            _remaining--;
            return true;
        }

        _set = null;
        return false;
    }
}
