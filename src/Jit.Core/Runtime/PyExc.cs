using Jit.Runtime.Objects;

namespace Jit.Runtime;

/// <summary>The built-in exception classes of CPython 3.11, in its hierarchy.</summary>
public static class PyExc
{
    private const TypeFlags Open = TypeFlags.BaseType;
    private const TypeFlags Layout = TypeFlags.BaseType | TypeFlags.Layout;

    public static readonly PyType BaseException = PyType.Builtin("BaseException", Layout);
    public static readonly PyType BaseExceptionGroup = PyType.Builtin("BaseExceptionGroup", Layout, BaseException);
    public static readonly PyType GeneratorExit = PyType.Builtin("GeneratorExit", Open, BaseException);
    public static readonly PyType KeyboardInterrupt = PyType.Builtin("KeyboardInterrupt", Open, BaseException);
    public static readonly PyType SystemExit = PyType.Builtin("SystemExit", Layout, BaseException);
    public static readonly PyType Exception = PyType.Builtin("Exception", Open, BaseException);

    public static readonly PyType ExceptionGroup = PyType.Builtin("ExceptionGroup", Open, [BaseExceptionGroup, Exception]);

    public static readonly PyType ArithmeticError = PyType.Builtin("ArithmeticError", Open, Exception);
    public static readonly PyType FloatingPointError = PyType.Builtin("FloatingPointError", Open, ArithmeticError);
    public static readonly PyType OverflowError = PyType.Builtin("OverflowError", Open, ArithmeticError);
    public static readonly PyType ZeroDivisionError = PyType.Builtin("ZeroDivisionError", Open, ArithmeticError);
    public static readonly PyType AssertionError = PyType.Builtin("AssertionError", Open, Exception);
    public static readonly PyType AttributeError = PyType.Builtin("AttributeError", Layout, Exception);
    public static readonly PyType BufferError = PyType.Builtin("BufferError", Open, Exception);
    public static readonly PyType EOFError = PyType.Builtin("EOFError", Open, Exception);
    public static readonly PyType ImportError = PyType.Builtin("ImportError", Layout, Exception);
    public static readonly PyType ModuleNotFoundError = PyType.Builtin("ModuleNotFoundError", Open, ImportError);
    public static readonly PyType LookupError = PyType.Builtin("LookupError", Open, Exception);
    public static readonly PyType IndexError = PyType.Builtin("IndexError", Open, LookupError);
    public static readonly PyType KeyError = PyType.Builtin("KeyError", Open, LookupError);
    public static readonly PyType MemoryError = PyType.Builtin("MemoryError", Open, Exception);
    public static readonly PyType NameError = PyType.Builtin("NameError", Layout, Exception);
    public static readonly PyType UnboundLocalError = PyType.Builtin("UnboundLocalError", Open, NameError);

    public static readonly PyType OSError = PyType.Builtin("OSError", Layout, Exception);
    public static readonly PyType BlockingIOError = PyType.Builtin("BlockingIOError", Open, OSError);
    public static readonly PyType ChildProcessError = PyType.Builtin("ChildProcessError", Open, OSError);
    public static readonly PyType ConnectionError = PyType.Builtin("ConnectionError", Open, OSError);
    public static readonly PyType BrokenPipeError = PyType.Builtin("BrokenPipeError", Open, ConnectionError);
    public static readonly PyType ConnectionAbortedError = PyType.Builtin("ConnectionAbortedError", Open, ConnectionError);
    public static readonly PyType ConnectionRefusedError = PyType.Builtin("ConnectionRefusedError", Open, ConnectionError);
    public static readonly PyType ConnectionResetError = PyType.Builtin("ConnectionResetError", Open, ConnectionError);
    public static readonly PyType FileExistsError = PyType.Builtin("FileExistsError", Open, OSError);
    public static readonly PyType FileNotFoundError = PyType.Builtin("FileNotFoundError", Open, OSError);
    public static readonly PyType InterruptedError = PyType.Builtin("InterruptedError", Open, OSError);
    public static readonly PyType IsADirectoryError = PyType.Builtin("IsADirectoryError", Open, OSError);
    public static readonly PyType NotADirectoryError = PyType.Builtin("NotADirectoryError", Open, OSError);
    public static readonly PyType PermissionError = PyType.Builtin("PermissionError", Open, OSError);
    public static readonly PyType ProcessLookupError = PyType.Builtin("ProcessLookupError", Open, OSError);
    public static readonly PyType TimeoutError = PyType.Builtin("TimeoutError", Open, OSError);

    public static readonly PyType ReferenceError = PyType.Builtin("ReferenceError", Open, Exception);
    public static readonly PyType RuntimeError = PyType.Builtin("RuntimeError", Open, Exception);
    public static readonly PyType NotImplementedError = PyType.Builtin("NotImplementedError", Open, RuntimeError);
    public static readonly PyType RecursionError = PyType.Builtin("RecursionError", Open, RuntimeError);
    public static readonly PyType StopAsyncIteration = PyType.Builtin("StopAsyncIteration", Open, Exception);
    public static readonly PyType StopIteration = PyType.Builtin("StopIteration", Layout, Exception);
    public static readonly PyType SyntaxError = PyType.Builtin("SyntaxError", Layout, Exception);
    public static readonly PyType IndentationError = PyType.Builtin("IndentationError", Open, SyntaxError);
    public static readonly PyType TabError = PyType.Builtin("TabError", Open, IndentationError);
    public static readonly PyType SystemError = PyType.Builtin("SystemError", Open, Exception);
    public static readonly PyType TypeError = PyType.Builtin("TypeError", Open, Exception);
    public static readonly PyType ValueError = PyType.Builtin("ValueError", Open, Exception);
    public static readonly PyType UnicodeError = PyType.Builtin("UnicodeError", Open, ValueError);
    public static readonly PyType UnicodeDecodeError = PyType.Builtin("UnicodeDecodeError", Layout, UnicodeError);
    public static readonly PyType UnicodeEncodeError = PyType.Builtin("UnicodeEncodeError", Layout, UnicodeError);
    public static readonly PyType UnicodeTranslateError = PyType.Builtin("UnicodeTranslateError", Layout, UnicodeError);

    public static readonly PyType Warning = PyType.Builtin("Warning", Open, Exception);
    public static readonly PyType BytesWarning = PyType.Builtin("BytesWarning", Open, Warning);
    public static readonly PyType DeprecationWarning = PyType.Builtin("DeprecationWarning", Open, Warning);
    public static readonly PyType EncodingWarning = PyType.Builtin("EncodingWarning", Open, Warning);
    public static readonly PyType FutureWarning = PyType.Builtin("FutureWarning", Open, Warning);
    public static readonly PyType ImportWarning = PyType.Builtin("ImportWarning", Open, Warning);
    public static readonly PyType PendingDeprecationWarning = PyType.Builtin("PendingDeprecationWarning", Open, Warning);
    public static readonly PyType ResourceWarning = PyType.Builtin("ResourceWarning", Open, Warning);
    public static readonly PyType RuntimeWarning = PyType.Builtin("RuntimeWarning", Open, Warning);
    public static readonly PyType SyntaxWarning = PyType.Builtin("SyntaxWarning", Open, Warning);
    public static readonly PyType UnicodeWarning = PyType.Builtin("UnicodeWarning", Open, Warning);
    public static readonly PyType UserWarning = PyType.Builtin("UserWarning", Open, Warning);

    /// <summary>Every class above, for the builtins module.</summary>
    public static IEnumerable<PyType> All =>
        typeof(PyExc).GetFields().Where(f => f.FieldType == typeof(PyType)).Select(f => (PyType)f.GetValue(null)!);
}
