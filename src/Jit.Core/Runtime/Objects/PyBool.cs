namespace Jit.Runtime.Objects;

/// <summary>The two bool objects. bool is a subclass of int: arithmetic treats them as 0 and 1.</summary>
public sealed class PyBool : PyObject
{
    public static readonly PyBool TrueObject = new(true);
    public static readonly PyBool FalseObject = new(false);

    private PyBool(bool value)
        : base(PyType.Bool)
    {
        Value = value;
    }

    public bool Value { get; }

    public override string ToString() => Value ? "True" : "False";
}
