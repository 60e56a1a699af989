namespace Jit.Runtime.Objects;

/// <summary>An exception object (an instance of BaseException or a subclass, user classes
/// included). Raising it throws a <see cref="PyException"/> that carries it. Attributes specific to
/// a subclass (StopIteration.value, OSError.errno, SyntaxError.lineno, ...) are set by that
/// class's <c>__init__</c> and live in the instance dictionary.</summary>
[PyClass("BaseException")]
public sealed partial class PyBaseException : PyObject
{
    private PyException? _exception;

    public PyBaseException(PyType type, PyTuple args)
        : base(type)
    {
        Args = args;
    }

    /// <summary><c>args</c>.</summary>
    public PyTuple Args { get; set; }

    /// <summary><c>__cause__</c> (None or an exception); setting it sets <see cref="SuppressContext"/>.</summary>
    public Value Cause { get; set; } = Value.None;

    /// <summary><c>__context__</c>: the exception being handled when this one was raised.</summary>
    public Value Context { get; set; } = Value.None;

    public bool SuppressContext { get; set; }

    /// <summary><c>__traceback__</c>: None or the interpreter's traceback object.</summary>
    public Value Traceback { get; set; } = Value.None;

    /// <summary>The .NET exception that raises this object (one per object, so re-raising does not
    /// allocate a new one).</summary>
    public PyException Exception => _exception ??= new PyException(this);

    /// <summary>An instance attribute set by a subclass <c>__init__</c>, or None.</summary>
    public Value GetField(string name) => InstanceDict is not null && InstanceDict.TryGetValue(name, out Value value) ? value : Value.None;

    public void SetField(string name, Value value) => (InstanceDict ??= new PyDict()).Set(name, value);
}
