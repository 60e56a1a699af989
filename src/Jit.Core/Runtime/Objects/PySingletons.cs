namespace Jit.Runtime.Objects;

/// <summary>The NotImplemented singleton returned by binary special methods that decline.</summary>
[PyClass("NotImplementedType")]
public sealed partial class PyNotImplemented : PyObject
{
    public static readonly PyNotImplemented Instance = new();

    private PyNotImplemented()
        : base(PyType.NotImplementedType)
    {
    }

    public override string ToString() => "NotImplemented";
}

/// <summary>The Ellipsis singleton (<c>...</c>).</summary>
[PyClass("ellipsis")]
public sealed partial class PyEllipsis : PyObject
{
    public static readonly PyEllipsis Instance = new();

    private PyEllipsis()
        : base(PyType.Ellipsis)
    {
    }

    public override string ToString() => "Ellipsis";
}

/// <summary>An instance of a user-defined class: just a type and an attribute dictionary.</summary>
public sealed class PyInstance : PyObject
{
    public PyInstance(PyType type)
        : base(type)
    {
    }
}

/// <summary>A closure cell: a variable shared between a function and the functions nested in it.
/// <see cref="Value.Unbound"/> contents mean the variable is not bound (yet).</summary>
[PyClass("cell")]
public sealed partial class PyCell : PyObject
{
    public PyCell()
        : base(PyType.Cell)
    {
    }

    public PyCell(Value contents)
        : base(PyType.Cell)
    {
        Contents = contents;
    }

    public Value Contents { get; set; }

    public override string ToString() => Contents.IsUnbound
        ? $"<cell at {Ops.IdString(this)}: empty>"
        : $"<cell at {Ops.IdString(this)}: {Ops.TypeName(Contents)} object at {Ops.IdString(Contents)}>";
}

/// <summary>A module: a name and a dictionary (its globals), which is also its instance dict.</summary>
[PyClass("module")]
public sealed partial class PyModule : PyObject
{
    public PyModule(string name, PyDict? dict = null)
        : base(PyType.Module)
    {
        Globals = dict ?? new PyDict();
        InstanceDict = Globals;
        Name = name;
        if (!Globals.ContainsKey(PyStr.From("__name__")))
        {
            Globals.Set("__name__", PyStr.From(name));
            Globals.Set("__doc__", Value.None);
            Globals.Set("__package__", Value.None);
            Globals.Set("__loader__", Value.None);
            Globals.Set("__spec__", Value.None);
        }
    }

    public string Name { get; set; }

    /// <summary>The module's namespace, also its instance dict.</summary>
    public PyDict Globals { get; }

    /// <summary>Defined in C# (repr says "(built-in)").</summary>
    public bool IsBuiltin { get; init; }

    public override bool HasGenericGetAttr => false;

    /// <summary>Attribute lookup with the module-level <c>__getattr__</c> fallback (PEP 562).</summary>
    public override bool TryGetAttribute(string name, out Value value)
    {
        if (Ops.GenericTryGetAttr(this, name, out value))
        {
            return true;
        }

        if (Globals.TryGetValue("__getattr__", out Value hook))
        {
            value = Ops.Call(hook, PyStr.From(name));
            return true;
        }

        return false;
    }

    public override PyException MissingAttribute(string name) =>
        PyErr.AttributeError($"module '{Name}' has no attribute '{name}'", this, name);

    public override string ToString() => ReprText.Module(this);
}
