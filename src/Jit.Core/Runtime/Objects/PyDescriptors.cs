namespace Jit.Runtime.Objects;

/// <summary>A computed attribute of a built-in type (<c>int.real</c>, <c>type.__name__</c>): a data
/// descriptor, read-only unless it has a setter.</summary>
public sealed class PyGetSetDescriptor : PyObject
{
    private readonly Func<Value, Value> _get;
    private readonly Action<Value, Value>? _set;

    public PyGetSetDescriptor(string name, PyType owner, Func<Value, Value> get, Action<Value, Value>? set)
        : base(PyType.GetSetDescriptor)
    {
        Name = name;
        Owner = owner;
        _get = get;
        _set = set;
    }

    public string Name { get; }

    public PyType Owner { get; }

    public override bool IsDataDescriptor => true;

    public override Value DescriptorGet(Value instance, PyType owner)
    {
        if (instance.IsUnbound)
        {
            return this;
        }

        Check(instance);
        return _get(instance);
    }

    public override void DescriptorSet(Value instance, Value value)
    {
        Check(instance);
        if (_set is null)
        {
            throw PyErr.AttributeError($"attribute '{Name}' of '{Owner.Name}' objects is not writable");
        }

        _set(instance, value);
    }

    public override void DescriptorDelete(Value instance) => DescriptorSet(instance, default);

    public override string ToString() => $"<attribute '{Name}' of '{Owner.Name}' objects>";

    private void Check(Value instance)
    {
        if (!instance.Type.IsSubtypeOf(Owner))
        {
            throw PyErr.TypeError($"descriptor '{Name}' for '{Owner.Name}' objects doesn't apply to a '{instance.Type.Name}' object");
        }
    }
}

/// <summary>A <c>__slots__</c> entry: a data descriptor keeping the value in the instance's
/// (otherwise hidden) storage dictionary.</summary>
public sealed class PyMemberDescriptor : PyObject
{
    public static readonly PyType MemberDescriptorType = PyType.Builtin("member_descriptor", TypeFlags.Layout);

    public PyMemberDescriptor(string name, PyType owner)
        : base(MemberDescriptorType)
    {
        Name = name;
        Owner = owner;
    }

    public string Name { get; }

    public PyType Owner { get; }

    public override bool IsDataDescriptor => true;

    public override Value DescriptorGet(Value instance, PyType owner)
    {
        if (instance.IsUnbound)
        {
            return this;
        }

        PyObject obj = Check(instance);
        return Storage(obj, create: false) is PyDict dict && dict.TryGetValue(Name, out Value value)
            ? value
            : throw PyErr.NoAttribute(instance, Name);
    }

    public override void DescriptorSet(Value instance, Value value)
    {
        PyObject obj = Check(instance);
        if (value.IsUnbound)
        {
            DescriptorDelete(instance);
            return;
        }

        Storage(obj, create: true)!.Set(Name, value);
    }

    public override void DescriptorDelete(Value instance)
    {
        PyObject obj = Check(instance);
        if (Storage(obj, create: false) is not PyDict dict || !dict.Remove(Name))
        {
            throw PyErr.AttributeError(Name);
        }
    }

    public override string ToString() => $"<member '{Name}' of '{Owner.Name}' objects>";

    /// <summary>Slot values live in the instance dictionary, which nothing else can see when the
    /// class has no <c>__dict__</c>; a subclass that adds one gets a side table, so that
    /// <c>vars()</c> does not show the slots.</summary>
    private static PyDict? Storage(PyObject obj, bool create)
    {
        if (!obj.Type.InstancesHaveDict)
        {
            return create ? obj.InstanceDict ??= new PyDict() : obj.InstanceDict;
        }

        return create ? s_slotsBesideDict.GetValue(obj, static _ => new PyDict()) : s_slotsBesideDict.TryGetValue(obj, out PyDict? dict) ? dict : null;
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<PyObject, PyDict> s_slotsBesideDict = [];

    private PyObject Check(Value instance) => instance.ObjectOrNull is PyObject obj && obj.Type.IsSubtypeOf(Owner)
        ? obj
        : throw PyErr.TypeError($"descriptor '{Name}' for '{Owner.Name}' objects doesn't apply to a '{instance.Type.Name}' object");
}

/// <summary><c>staticmethod(f)</c>: returns f unchanged through instances and classes.</summary>
public sealed class PyStaticMethod : PyObject
{
    public PyStaticMethod(Value function)
        : base(PyType.StaticMethod)
    {
        Function = function;
    }

    public Value Function { get; set; }

    public override Value DescriptorGet(Value instance, PyType owner) => Function;

    public override Value Call(ReadOnlySpan<Value> args, string[]? kwnames) => Ops.Call(Function, args, kwnames);

    public override string ToString() => $"<staticmethod({Ops.Repr(Function)})>";
}

/// <summary><c>classmethod(f)</c>: binds f to the class (the instance's type when read through an
/// instance).</summary>
public sealed class PyClassMethod : PyObject
{
    public PyClassMethod(Value function)
        : base(PyType.ClassMethod)
    {
        Function = function;
    }

    public Value Function { get; set; }

    public override Value DescriptorGet(Value instance, PyType owner) => new PyBoundMethod(Function, owner);

    public override string ToString() => $"<classmethod({Ops.Repr(Function)})>";
}

/// <summary><c>property(fget, fset, fdel, doc)</c>: a data descriptor calling Python functions.</summary>
public sealed class PyProperty : PyObject
{
    public PyProperty(PyType type)
        : base(type)
    {
    }

    public Value Getter { get; set; } = Value.None;

    public Value Setter { get; set; } = Value.None;

    public Value Deleter { get; set; } = Value.None;

    public Value Doc { get; set; } = Value.None;

    /// <summary>The attribute name given by <c>__set_name__</c>, used in error messages.</summary>
    public string? Name { get; set; }

    public override bool IsDataDescriptor => true;

    public override Value DescriptorGet(Value instance, PyType owner)
    {
        if (instance.IsUnbound)
        {
            return this;
        }

        if (Getter.IsNone)
        {
            throw Missing(instance, "getter");
        }

        return Ops.Call(Getter, instance);
    }

    public override void DescriptorSet(Value instance, Value value)
    {
        if (Setter.IsNone)
        {
            throw Missing(instance, "setter");
        }

        Ops.Call(Setter, instance, value);
    }

    public override void DescriptorDelete(Value instance)
    {
        if (Deleter.IsNone)
        {
            throw Missing(instance, "deleter");
        }

        Ops.Call(Deleter, instance);
    }

    private PyException Missing(Value instance, string what) => PyErr.AttributeError(Name is null
        ? $"property of '{instance.Type.QualName}' object has no {what}"
        : $"property {Formatting.PyRepr.Str(Name)} of '{instance.Type.QualName}' object has no {what}");
}

/// <summary>A function bound to its first argument (<c>obj.method</c>); type <c>method</c>.</summary>
public sealed class PyBoundMethod : PyObject
{
    public PyBoundMethod(Value function, Value self)
        : base(PyType.Method)
    {
        Function = function;
        Self = self;
    }

    /// <summary><c>__func__</c>.</summary>
    public Value Function { get; }

    /// <summary><c>__self__</c>.</summary>
    public Value Self { get; }

    public override Value Call(ReadOnlySpan<Value> args, string[]? kwnames) => Ops.CallWithSelf(Function, Self, args, kwnames);

    public override bool HasGenericGetAttr => false;

    /// <summary>The method's own attributes first, then the function's (<c>m.__name__</c>).</summary>
    public override bool TryGetAttribute(string name, out Value value) =>
        Ops.GenericTryGetAttr(this, name, out value) || Ops.TryGetAttr(Function, name, out value);

    public override string ToString()
    {
        string name = Ops.TryGetAttr(Function, "__qualname__", out Value qualname) && qualname.ObjectOrNull is PyStr s ? s.Text : "?";
        return $"<bound method {name} of {Ops.Repr(Self)}>";
    }
}
