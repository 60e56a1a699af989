namespace Jit.Runtime.Objects;

/// <summary><c>super(type, obj)</c>: attribute lookup that starts after <see cref="ThisType"/> in
/// the MRO of <see cref="ObjType"/>, binding descriptors to <see cref="Obj"/>.</summary>
[PyClass("super")]
public sealed partial class PySuper : PyObject
{
    public PySuper(PyType type, PyType thisType, Value obj, PyType? objType)
        : base(type)
    {
        ThisType = thisType;
        Obj = obj;
        ObjType = objType;
    }

    /// <summary><c>__thisclass__</c>.</summary>
    public PyType ThisType { get; private set; }

    /// <summary><c>__self__</c> (unbound for an unbound super object).</summary>
    public Value Obj { get; private set; }

    /// <summary><c>__self_class__</c>.</summary>
    public PyType? ObjType { get; private set; }

    /// <summary><c>super(thisType, obj)</c>, checking obj as CPython does.</summary>
    public static PySuper Create(PyType thisType, Value obj) => new(PyType.Super, thisType, obj, CheckObject(thisType, obj));

    /// <summary>Looks <paramref name="name"/> up in <paramref name="objType"/>'s MRO after
    /// <paramref name="thisType"/>, binding a descriptor to <paramref name="obj"/>.</summary>
    public static bool TryLookup(PyType thisType, Value obj, PyType objType, string name, out Value value)
    {
        ReadOnlySpan<PyType> mro = objType.Mro;
        int start = mro.IndexOf(thisType) + 1;
        if (start > 0)
        {
            foreach (PyType type in mro[start..])
            {
                if (type.Members.TryGetValue(name, out Value attribute))
                {
                    value = attribute.ObjectOrNull is PyObject descriptor
                        ? descriptor.DescriptorGet(obj.Is(objType) ? default : obj, objType)
                        : attribute;
                    return true;
                }
            }
        }

        value = default;
        return false;
    }

    public override bool HasGenericGetAttr => false;

    public override bool TryGetAttribute(string name, out Value value)
    {
        if (ObjType is not null && name != "__class__" && TryLookup(ThisType, Obj, ObjType, name, out value))
        {
            return true;
        }

        return Ops.GenericTryGetAttr(this, name, out value);
    }

    public override Value DescriptorGet(Value instance, PyType owner)
    {
        if (instance.IsUnbound || !Obj.IsUnbound)
        {
            return this;
        }

        return new PySuper(Type, ThisType, instance, CheckObject(ThisType, instance));
    }

    public override string ToString() => ObjType is null
        ? $"<super: <class '{ThisType.Name}'>, NULL>"
        : $"<super: <class '{ThisType.Name}'>, <{ObjType.Name} object>>";

    [PyMethod("__new__")]
    private static Value New(ReadOnlySpan<Value> args, string[]? kwnames) =>
        new PySuper((PyType)args[0].Object, PyType.Object, default, null);

    [PyMethod("__init__")]
    private static Value Init(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        var self = (PySuper)args[0].Object;
        ArgParser.NoKeywords("super", kwnames);
        int count = ArgParser.Unpack("super", args, kwnames, 0, 2, self: true);
        PyType thisType;
        Value obj;
        if (count == 0)
        {
            (thisType, obj) = PyContext.Current.ZeroArgumentSuper?.Invoke()
                ?? throw PyErr.RuntimeError("super(): no arguments");
        }
        else
        {
            thisType = args[1].ObjectOrNull as PyType
                ?? throw PyErr.TypeError($"super() argument 1 must be a type, not {Ops.TypeName(args[1])}");
            obj = count == 2 && !args[2].IsNone ? args[2] : default;
        }

        self.ThisType = thisType;
        self.Obj = obj;
        self.ObjType = obj.IsUnbound ? null : CheckObject(thisType, obj);
        return Value.None;
    }

    [PyMethod("__repr__")]
    private static Value Repr(ReadOnlySpan<Value> args, string[]? kwnames) => PyStr.From(args[0].Object.ToString()!);

    [PyGetter("__thisclass__")]
    private static Value GetThisClass(Value self) => ((PySuper)self.Object).ThisType;

    [PyGetter("__self__")]
    private static Value GetSelf(Value self) => ((PySuper)self.Object).Obj.IsUnbound ? Value.None : ((PySuper)self.Object).Obj;

    [PyGetter("__self_class__")]
    private static Value GetSelfClass(Value self) => ((PySuper)self.Object).ObjType is PyType t ? t : Value.None;

    private static PyType CheckObject(PyType thisType, Value obj)
    {
        if (obj.ObjectOrNull is PyType type && type.IsSubtypeOf(thisType))
        {
            return type;
        }

        if (obj.Type.IsSubtypeOf(thisType))
        {
            return obj.Type;
        }

        if (Ops.TryGetAttr(obj, "__class__", out Value cls) && cls.ObjectOrNull is PyType c && c.IsSubtypeOf(thisType))
        {
            return c;
        }

        throw PyErr.TypeError("super(type, obj): obj must be an instance or subtype of type");
    }
}
