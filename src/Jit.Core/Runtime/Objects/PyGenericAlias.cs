namespace Jit.Runtime.Objects;

/// <summary><c>list[int]</c>: what annotations such as <c>dict[str, int]</c> evaluate to
/// (<c>types.GenericAlias</c>). Calling it calls the origin.</summary>
[PyClass("types.GenericAlias")]
public sealed partial class PyGenericAlias : PyObject
{
    public static readonly PyType GenericAliasType = PyType.Builtin("GenericAlias", TypeFlags.BaseType | TypeFlags.Layout, module: "types");

    public PyGenericAlias(Value origin, PyTuple args)
        : base(GenericAliasType)
    {
        Origin = origin;
        Args = args;
    }

    /// <summary><c>__origin__</c>.</summary>
    public Value Origin { get; }

    /// <summary><c>__args__</c>.</summary>
    public PyTuple Args { get; }

    /// <summary><c>cls[item]</c> as <c>__class_getitem__</c> builds it.</summary>
    public static PyGenericAlias Create(Value origin, Value item) =>
        new(origin, item.ObjectOrNull is PyTuple tuple && ReferenceEquals(tuple.Type, PyType.Tuple) ? tuple : PyTuple.Create(item));

    /// <summary>How typing shows an annotation: classes by qualified name, <c>...</c>, reprs otherwise.</summary>
    public static string TypeRepr(Value value)
    {
        if (value.ObjectOrNull is PyEllipsis)
        {
            return "...";
        }

        if (value.ObjectOrNull is PyType type)
        {
            string module = type.ModuleName;
            return module == "builtins" ? type.QualName : $"{module}.{type.QualName}";
        }

        return Ops.Repr(value);
    }

    public override Value Call(ReadOnlySpan<Value> args, string[]? kwnames) => Ops.Call(Origin, args, kwnames);

    public override bool HasGenericGetAttr => false;

    public override bool TryGetAttribute(string name, out Value value)
    {
        if (Ops.GenericTryGetAttr(this, name, out value))
        {
            return true;
        }

        // Other attributes come from the origin (list[int].append is list.append).
        return !name.StartsWith("__", StringComparison.Ordinal) && Ops.TryGetAttr(Origin, name, out value);
    }

    public override string ToString() =>
        $"{TypeRepr(Origin)}[{(Args.Count == 0 ? "()" : string.Join(", ", Args.Items.Select(TypeRepr)))}]";

    [PyMethod("__repr__")]
    private static Value Repr(ReadOnlySpan<Value> args, string[]? kwnames) => PyStr.From(args[0].Object.ToString()!);

    /// <summary><c>GenericAlias(origin, args)</c>, which is also how classes spell
    /// <c>__class_getitem__ = classmethod(GenericAlias)</c>.</summary>
    [PyMethod("__new__")]
    private static Value New(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("GenericAlias", args, kwnames, 2, self: true);
        return Create(args[1], args[2]);
    }

    [PyGetter("__origin__")]
    private static Value GetOrigin(Value self) => ((PyGenericAlias)self.Object).Origin;

    [PyGetter("__args__")]
    private static Value GetArgs(Value self) => ((PyGenericAlias)self.Object).Args;

    [PyMethod("__eq__")]
    private static Value Eq(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        PyInt.SlotArgs(args, kwnames, 1);
        if (args[1].ObjectOrNull is not PyGenericAlias other)
        {
            return PyNotImplemented.Instance;
        }

        var self = (PyGenericAlias)args[0].Object;
        return Value.FromBool(Ops.Equals(self.Origin, other.Origin) && Ops.Equals(self.Args, other.Args));
    }

    [PyMethod("__hash__")]
    private static Value Hash(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        var self = (PyGenericAlias)args[0].Object;
        return Value.FromInt(Ops.Hash(self.Origin) ^ Ops.Hash(self.Args));
    }

    [PyMethod("__instancecheck__")]
    [PyMethod("__subclasscheck__")]
    private static Value InstanceCheck(ReadOnlySpan<Value> args, string[]? kwnames) =>
        throw PyErr.TypeError("isinstance() argument 2 cannot be a parameterized generic");

}

/// <summary><c>int | None</c>: <c>types.UnionType</c>, accepted by isinstance and issubclass.</summary>
[PyClass("types.UnionType")]
public sealed partial class PyUnionType : PyObject
{
    public static readonly PyType UnionTypeType = PyType.Builtin("UnionType", TypeFlags.Layout, module: "types");

    private PyUnionType(PyTuple args)
        : base(UnionTypeType)
    {
        Args = args;
    }

    /// <summary><c>__args__</c>: the member types, flattened and deduplicated.</summary>
    public PyTuple Args { get; }

    /// <summary><c>a | b</c> for types, None, aliases and unions; NotImplemented otherwise.</summary>
    public static Value TryCreate(Value a, Value b)
    {
        if (!IsUnionable(a) || !IsUnionable(b))
        {
            return PyNotImplemented.Instance;
        }

        var members = new List<Value>();
        foreach (Value side in (ReadOnlySpan<Value>)[a, b])
        {
            IEnumerable<Value> parts = side.ObjectOrNull is PyUnionType u ? u.Args.Items : [side.IsNone ? PyType.NoneType : side];
            foreach (Value part in parts)
            {
                if (!members.Exists(m => Ops.Equals(m, part)))
                {
                    members.Add(part);
                }
            }
        }

        return members.Count == 1 ? members[0] : new PyUnionType(new PyTuple([.. members]));
    }

    public override string ToString() =>
        string.Join(" | ", Args.Items.Select(v => ReferenceEquals(v.ObjectOrNull, PyType.NoneType) ? "None" : PyGenericAlias.TypeRepr(v)));

    private static bool IsUnionable(Value v) => v.IsNone || v.ObjectOrNull is PyType or PyGenericAlias or PyUnionType;

    [PyMethod("__repr__")]
    private static Value Repr(ReadOnlySpan<Value> args, string[]? kwnames) => PyStr.From(args[0].Object.ToString()!);

    [PyGetter("__args__")]
    private static Value GetArgs(Value self) => ((PyUnionType)self.Object).Args;

    [PyMethod("__eq__")]
    private static Value Eq(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        PyInt.SlotArgs(args, kwnames, 1);
        if (args[1].ObjectOrNull is not PyUnionType other)
        {
            return PyNotImplemented.Instance;
        }

        Value[] mine = ((PyUnionType)args[0].Object).Args.Items;
        return Value.FromBool(mine.Length == other.Args.Count && mine.All(m => other.Args.Items.Any(o => Ops.Equals(m, o))));
    }

    [PyMethod("__hash__")]
    private static Value Hash(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        long hash = 0;
        foreach (Value member in ((PyUnionType)args[0].Object).Args.Items)
        {
            hash ^= Ops.Hash(member);
        }

        return Value.FromInt(hash == -1 ? -2 : hash);
    }

    [PyMethod("__instancecheck__")]
    private static Value InstanceCheck(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        PyInt.SlotArgs(args, kwnames, 1);
        Value instance = args[1];
        return Value.FromBool(((PyUnionType)args[0].Object).Args.Items.Any(member => Ops.IsInstanceOf(instance, member)));
    }

    [PyMethod("__subclasscheck__")]
    private static Value SubclassCheck(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        PyInt.SlotArgs(args, kwnames, 1);
        Value sub = args[1];
        return Value.FromBool(((PyUnionType)args[0].Object).Args.Items.Any(member => Ops.IsSubclassOf(sub, member)));
    }
}

/// <summary><c>__class_getitem__</c> for the built-in generic classes, and <c>type.__or__</c>.</summary>
[PyClass("list")]
[PyClass("dict")]
[PyClass("tuple")]
[PyClass("set")]
[PyClass("frozenset")]
internal static class GenericClassMethods
{
    [PyClassMethod("__class_getitem__")]
    private static Value ClassGetItem(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("__class_getitem__", args, kwnames, 1, self: true);
        return PyGenericAlias.Create(args[0], args[1]);
    }
}

[PyClass("type")]
[PyClass("types.GenericAlias")]
[PyClass("types.UnionType")]
internal static class UnionOperatorMethods
{
    [PyMethod("__or__")]
    private static Value Or(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        PyInt.SlotArgs(args, kwnames, 1);
        return PyUnionType.TryCreate(args[0], args[1]);
    }

    [PyMethod("__ror__")]
    private static Value ReflectedOr(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        PyInt.SlotArgs(args, kwnames, 1);
        return PyUnionType.TryCreate(args[1], args[0]);
    }
}
