namespace Jit.Runtime.Objects;

/// <summary>The single None object.</summary>
public sealed class PyNone : PyObject
{
    public static readonly PyNone Instance = new();

    private PyNone()
        : base(PyType.NoneType)
    {
    }

    public override string ToString() => "None";
}
