namespace Jit.Runtime.Objects;

/// <summary>Base of every heap Python object. The type pointer is a plain field so a type check is
/// one load and one compare, and <c>obj.__class__ = C</c> can reassign it.</summary>
public abstract class PyObject
{
    protected PyObject(PyType type)
    {
        Type = type;
    }

    public PyType Type { get; set; }
}
