namespace Jit.Runtime.Objects;

/// <summary>A Python type object: name, bases, method resolution order and attribute dictionary.
/// Built-in types are static singletons created before any other object.</summary>
public sealed class PyType : PyObject
{
    public static readonly PyType TypeType = new("type");
    public static readonly PyType Object = new("object");
    public static readonly PyType Int = new("int");
    public static readonly PyType Bool = new("bool");
    public static readonly PyType Float = new("float");
    public static readonly PyType NoneType = new("NoneType");

    private PyType(string name)
        : base(null!)
    {
        Name = name;
        // The type of every built-in type is `type`, which is its own type.
        base.Type = TypeType ?? this;
    }

    public string Name { get; }

    public override string ToString() => $"<class '{Name}'>";
}
