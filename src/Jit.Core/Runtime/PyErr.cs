using Jit.Runtime.Objects;

namespace Jit.Runtime;

/// <summary>Builds Python exceptions with CPython 3.11's messages: <c>throw PyErr.TypeError("...")</c>.
/// Every factory returns the <see cref="PyException"/> to throw.</summary>
public static class PyErr
{
    /// <summary>An instance of built-in exception class <paramref name="type"/> with these args,
    /// initialised as its <c>__init__</c> would (StopIteration.value, OSError.errno, ...).</summary>
    public static PyException New(PyType type, params ReadOnlySpan<Value> args)
    {
        var error = new PyBaseException(type, PyTuple.Create(args));
        PyBaseException.InitFields(error, args);
        return error.Exception;
    }

    public static PyException New(PyType type, string message) => New(type, PyStr.From(message));

    public static PyException TypeError(string message) => New(PyExc.TypeError, message);

    public static PyException ValueError(string message) => New(PyExc.ValueError, message);

    public static PyException IndexError(string message) => New(PyExc.IndexError, message);

    public static PyException KeyError(Value key) => New(PyExc.KeyError, key);

    public static PyException ZeroDivisionError(string message) => New(PyExc.ZeroDivisionError, message);

    public static PyException OverflowError(string message) => New(PyExc.OverflowError, message);

    public static PyException RuntimeError(string message) => New(PyExc.RuntimeError, message);

    public static PyException RecursionError(string message) => New(PyExc.RecursionError, message);

    public static PyException NotImplementedError(string message) => New(PyExc.NotImplementedError, message);

    public static PyException SystemError(string message) => New(PyExc.SystemError, message);

    public static PyException MemoryError() => New(PyExc.MemoryError);

    public static PyException EOFError(string message) => New(PyExc.EOFError, message);

    public static PyException UnicodeError(string message) => New(PyExc.UnicodeError, message);

    public static PyException AssertionError() => New(PyExc.AssertionError);

    public static PyException AssertionError(Value message) => New(PyExc.AssertionError, message);

    /// <summary>StopIteration without a value (an exhausted iterator).</summary>
    public static PyException StopIteration() => New(PyExc.StopIteration);

    /// <summary>StopIteration carrying a generator's return value.</summary>
    public static PyException StopIteration(Value value) => New(PyExc.StopIteration, value);

    public static PyException AttributeError(string message) => New(PyExc.AttributeError, message);

    /// <summary>AttributeError with its <c>name</c> and <c>obj</c> attributes set (used by the
    /// traceback printer's "Did you mean" suggestions).</summary>
    public static PyException AttributeError(string message, PyObject? obj, string name)
    {
        PyException e = New(PyExc.AttributeError, message);
        e.Error.SetField("name", PyStr.From(name));
        e.Error.SetField("obj", obj is null ? Value.None : obj);
        return e;
    }

    /// <summary>"'X' object has no attribute 'y'" (or "type object 'X' ..." for a class).</summary>
    public static PyException NoAttribute(Value obj, string name)
    {
        string message = obj.ObjectOrNull is PyType type
            ? $"type object '{type.Name}' has no attribute '{name}'"
            : $"'{obj.Type.Name}' object has no attribute '{name}'";
        PyException e = New(PyExc.AttributeError, message);
        e.Error.SetField("name", PyStr.From(name));
        e.Error.SetField("obj", obj);
        return e;
    }

    /// <summary>"name 'x' is not defined".</summary>
    public static PyException NameError(string name)
    {
        PyException e = New(PyExc.NameError, $"name '{name}' is not defined");
        e.Error.SetField("name", PyStr.From(name));
        return e;
    }

    /// <summary>"cannot access local variable 'x' where it is not associated with a value".</summary>
    public static PyException UnboundLocalError(string name)
    {
        PyException e = New(PyExc.UnboundLocalError, $"cannot access local variable '{name}' where it is not associated with a value");
        e.Error.SetField("name", PyStr.From(name));
        return e;
    }

    /// <summary>"cannot access free variable 'x' where it is not associated with a value in enclosing scope".</summary>
    public static PyException UnboundFreeVariable(string name)
    {
        PyException e = New(PyExc.NameError, $"cannot access free variable '{name}' where it is not associated with a value in enclosing scope");
        e.Error.SetField("name", PyStr.From(name));
        return e;
    }

    public static PyException ImportError(string message, string? name = null)
    {
        PyException e = New(PyExc.ImportError, message);
        e.Error.SetField("name", name is null ? Value.None : PyStr.From(name));
        return e;
    }

    /// <summary>"No module named 'x'".</summary>
    public static PyException ModuleNotFoundError(string name)
    {
        PyException e = New(PyExc.ModuleNotFoundError, $"No module named '{name}'");
        e.Error.SetField("name", PyStr.From(name));
        return e;
    }

    /// <summary>An OSError subclass from errno, as <c>OSError(errno, strerror, filename)</c>:
    /// str() gives "[Errno 2] No such file or directory: 'x'".</summary>
    public static PyException OSError(PyType type, int errno, string strerror, string? filename = null) =>
        filename is null
            ? New(type, Value.FromInt(errno), PyStr.From(strerror))
            : New(type, Value.FromInt(errno), PyStr.From(strerror), PyStr.From(filename));

    public static PyException FileNotFoundError(string filename) =>
        OSError(PyExc.FileNotFoundError, 2, "No such file or directory", filename);

    /// <summary>SyntaxError (or IndentationError/TabError) with CPython's attributes.</summary>
    public static PyException SyntaxError(PyType type, string message, string? filename, int lineno, int offset, string? text, int endLineno, int endOffset)
    {
        PyTuple details = new([
            filename is null ? Value.None : PyStr.From(filename),
            Value.FromInt(lineno),
            Value.FromInt(offset),
            text is null ? Value.None : PyStr.From(text),
            Value.FromInt(endLineno),
            Value.FromInt(endOffset),
        ]);
        return New(type, PyStr.From(message), details);
    }

    public static PyException SystemExit(Value code) => New(PyExc.SystemExit, code);

    /// <summary>"'utf-8' codec can't decode byte 0xff in position 0: invalid start byte".</summary>
    public static PyException UnicodeDecodeError(string encoding, byte[] data, int start, int end, string reason) =>
        New(PyExc.UnicodeDecodeError, PyStr.From(encoding), new PyBytes(data), Value.FromInt(start), Value.FromInt(end), PyStr.From(reason));

    /// <summary>"'ascii' codec can't encode character 'é' in position 0: ordinal not in range(128)";
    /// positions count code points.</summary>
    public static PyException UnicodeEncodeError(string encoding, string text, int start, int end, string reason) =>
        New(PyExc.UnicodeEncodeError, PyStr.From(encoding), PyStr.From(text), Value.FromInt(start), Value.FromInt(end), PyStr.From(reason));
}
