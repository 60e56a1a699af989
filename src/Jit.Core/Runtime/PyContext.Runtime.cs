using Jit.Runtime.Objects;

namespace Jit.Runtime;

/// <summary>Per-program state of the runtime core.</summary>
public sealed partial class PyContext
{
    public const int DefaultIntMaxStrDigits = 4300;

    private readonly HashSet<PyObject> _reprActive = new(ReferenceEqualityComparer.Instance);

    /// <summary>The context of this thread, or null outside a running program (unit tests).</summary>
    public static PyContext? CurrentOrNull => t_current;

    /// <summary><c>sys.get_int_max_str_digits()</c>: 0 means no limit.</summary>
    public int IntMaxStrDigits { get; set; } = DefaultIntMaxStrDigits;

    /// <summary>Supplies <c>super()</c>'s implicit arguments (the <c>__class__</c> cell and the first
    /// argument of the running function); set by the interpreter.</summary>
    public Func<(PyType Type, Value Self)>? ZeroArgumentSuper { get; set; }

    /// <summary>The globals of the running Python function (for <c>type(name, bases, dict)</c>'s
    /// <c>__module__</c>); set by the interpreter.</summary>
    public Func<PyDict?>? CurrentGlobals { get; set; }

    /// <summary>Objects whose repr is being computed on this thread (to print <c>[...]</c>).</summary>
    internal HashSet<PyObject> ReprActive => _reprActive;
}
