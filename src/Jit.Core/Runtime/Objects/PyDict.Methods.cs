namespace Jit.Runtime.Objects;

/// <summary>The methods of dict.</summary>
[PyClass("dict")]
internal static class DictMethods
{
    private static PyDict Self(ReadOnlySpan<Value> args) => (PyDict)args[0].Object;

    [PyMethod("__new__")]
    private static Value New(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        PyType cls = CollectionHelpers.NewClass(args, PyType.Dict);
        return ReferenceEquals(cls, PyType.Dict) ? new PyDict() : new PyDict(cls);
    }

    [PyMethod("__init__")]
    private static Value Init(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        UpdateCommon(Self(args), args, kwnames, "dict");
        return Value.None;
    }

    [PyMethod("update")]
    private static Value Update(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        UpdateCommon(Self(args), args, kwnames, "update");
        return Value.None;
    }

    [PyMethod("__len__")]
    private static Value Len(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("dict.__len__", args, kwnames, self: true);
        return Value.FromInt(Self(args).Count);
    }

    [PyMethod("__getitem__")]
    private static Value GetItem(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("dict.__getitem__", args, kwnames, 1, self: true);
        PyDict self = Self(args);
        if (self.TryGetValue(args[1], out Value value))
        {
            return value;
        }

        // Subclasses may supply missing values.
        if (!ReferenceEquals(self.Type, PyType.Dict))
        {
            Value missing = self.Type.Lookup("__missing__");
            if (!missing.IsUnbound)
            {
                return Ops.CallSpecial(missing, self, [args[1]], null);
            }
        }

        throw PyErr.KeyError(args[1]);
    }

    [PyMethod("__setitem__")]
    private static Value SetItem(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        PyInt.SlotArgs(args, kwnames, 2);
        Self(args).Set(args[1], args[2]);
        return Value.None;
    }

    [PyMethod("__delitem__")]
    private static Value DelItem(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        CollectionHelpers.OneArgument(args, kwnames);
        return Self(args).Remove(args[1]) ? Value.None : throw PyErr.KeyError(args[1]);
    }

    [PyMethod("__contains__")]
    private static Value Contains(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("dict.__contains__", args, kwnames, 1, self: true);
        return Value.FromBool(Self(args).ContainsKey(args[1]));
    }

    [PyMethod("__iter__")]
    private static Value Iter(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("dict.__iter__", args, kwnames, self: true);
        return new PyDictIterator(Self(args), DictViewKind.Keys);
    }

    [PyMethod("__reversed__")]
    private static Value Reversed(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("dict.__reversed__", args, kwnames, self: true);
        return new PyDictReverseIterator(Self(args), DictViewKind.Keys);
    }

    [PyMethod("__repr__")]
    private static Value Repr(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("dict.__repr__", args, kwnames, self: true);
        return PyStr.From(Self(args).ReprText());
    }

    [PyMethod("__eq__")]
    private static Value Eq(ReadOnlySpan<Value> args, string[]? kwnames) => Compare(args, kwnames, equal: true);

    [PyMethod("__ne__")]
    private static Value Ne(ReadOnlySpan<Value> args, string[]? kwnames) => Compare(args, kwnames, equal: false);

    [PyMethod("__or__")]
    private static Value Or(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        CollectionHelpers.OneArgument(args, kwnames);
        return Union(args[0], args[1]);
    }

    [PyMethod("__ror__")]
    private static Value ROr(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        CollectionHelpers.OneArgument(args, kwnames);
        return Union(args[1], args[0]);
    }

    [PyMethod("__ior__")]
    private static Value InPlaceOr(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        CollectionHelpers.OneArgument(args, kwnames);
        Self(args).UpdateFrom(args[1]);
        return args[0];
    }

    [PyMethod("get")]
    private static Value Get(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        int count = ArgParser.Unpack("get", args, kwnames, 1, 2, self: true);
        return Self(args).TryGetValue(args[1], out Value value) ? value : count == 2 ? args[2] : Value.None;
    }

    [PyMethod("setdefault")]
    private static Value SetDefault(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        int count = ArgParser.Unpack("setdefault", args, kwnames, 1, 2, self: true);
        return Self(args).GetOrAdd(args[1], count == 2 ? args[2] : Value.None);
    }

    [PyMethod("pop")]
    private static Value Pop(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        int count = ArgParser.Unpack("pop", args, kwnames, 1, 2, self: true);
        if (Self(args).TryRemove(args[1], out Value value))
        {
            return value;
        }

        return count == 2 ? args[2] : throw PyErr.KeyError(args[1]);
    }

    [PyMethod("popitem")]
    private static Value PopItem(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("popitem", args, kwnames, self: true);
        return Self(args).TryPopLast(out Value key, out Value value)
            ? PyTuple.Create(key, value)
            : throw PyErr.New(PyExc.KeyError, "popitem(): dictionary is empty");
    }

    [PyMethod("keys")]
    private static Value Keys(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("dict.keys", args, kwnames, self: true);
        return new PyDictView(Self(args), DictViewKind.Keys);
    }

    [PyMethod("values")]
    private static Value Values(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("dict.values", args, kwnames, self: true);
        return new PyDictView(Self(args), DictViewKind.Values);
    }

    [PyMethod("items")]
    private static Value Items(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("dict.items", args, kwnames, self: true);
        return new PyDictView(Self(args), DictViewKind.Items);
    }

    [PyMethod("copy")]
    private static Value Copy(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("dict.copy", args, kwnames, self: true);
        return Self(args).Copy();
    }

    [PyMethod("clear")]
    private static Value Clear(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("dict.clear", args, kwnames, self: true);
        Self(args).Clear();
        return Value.None;
    }

    /// <summary><c>dict.fromkeys(iterable, value=None)</c>: builds <c>cls()</c>, storing through
    /// <c>__setitem__</c> unless it is an exact dict.</summary>
    [PyClassMethod("fromkeys")]
    private static Value FromKeys(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        int count = ArgParser.Unpack("fromkeys", args, kwnames, 1, 2, self: true);
        Value value = count == 2 ? args[2] : Value.None;
        Value result = Ops.Call(args[0], []);
        PyIterator iterator = Ops.GetIter(args[1]);
        if (result.ObjectOrNull is PyDict dict && ReferenceEquals(dict.Type, PyType.Dict))
        {
            while (iterator.TryNext(out Value key))
            {
                dict.Set(key, value);
            }

            return dict;
        }

        while (iterator.TryNext(out Value key))
        {
            Ops.SetItem(result, key, value);
        }

        return result;
    }

    /// <summary>dict_update_common: at most one positional (a mapping or pairs), then keywords.</summary>
    private static void UpdateCommon(PyDict self, ReadOnlySpan<Value> args, string[]? kwnames, string name)
    {
        int positional = ArgParser.PositionalCount(args, kwnames) - 1;
        if (positional > 1)
        {
            throw PyErr.TypeError($"{name} expected at most 1 argument, got {positional}");
        }

        if (positional == 1)
        {
            self.UpdateFrom(args[1]);
        }

        if (kwnames is not null)
        {
            self.MergeKeywords(args, kwnames);
        }
    }

    private static Value Compare(ReadOnlySpan<Value> args, string[]? kwnames, bool equal)
    {
        CollectionHelpers.OneArgument(args, kwnames);
        if (args[1].ObjectOrNull is not PyDict other)
        {
            return PyNotImplemented.Instance;
        }

        return Value.FromBool(Self(args).EqualTo(other) == equal);
    }

    /// <summary>dict_or: a copy of the left dict updated with the right one; both must be dicts.</summary>
    private static Value Union(Value left, Value right)
    {
        if (left.ObjectOrNull is not PyDict leftDict || right.ObjectOrNull is not PyDict)
        {
            return PyNotImplemented.Instance;
        }

        PyDict result = leftDict.Copy();
        result.UpdateFrom(right);
        return result;
    }
}
