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

    /// <summary>The last lines of a traceback, as CPython prints them: "ValueError: msg" (the class
    /// qualified by its module unless builtins or __main__), just the name when str() is empty,
    /// the SyntaxError source line with carets, then one line per <c>__notes__</c> entry. Each line
    /// ends with a newline.</summary>
    public static string FormatExceptionOnly(PyBaseException error)
    {
        PyType type = error.Type;
        string module = type.ModuleName;
        string name = module is "builtins" or "__main__" ? type.QualName : $"{module}.{type.QualName}";
        var text = new System.Text.StringBuilder();
        if (type.IsSubtypeOf(PyExc.SyntaxError))
        {
            FormatSyntaxError(error, name, text);
        }
        else
        {
            string message = SafeExceptionStr(error);
            text.Append(message.Length == 0 ? name : $"{name}: {message}").Append('\n');
        }

        if (Ops.TryGetAttr(error, "__notes__", out Value notes) && notes.ObjectOrNull is PyList list)
        {
            foreach (Value note in list.ToArray())
            {
                text.Append(note.ObjectOrNull is PyStr s ? s.Text : Ops.SafeStr(note)).Append('\n');
            }
        }

        return text.ToString();
    }

    private static string SafeExceptionStr(PyBaseException error)
    {
        try
        {
            return Ops.Str(error);
        }
        catch (PyException)
        {
            return "<exception str() failed>";
        }
    }

    /// <summary>traceback.py's _format_syntax_error.</summary>
    private static void FormatSyntaxError(PyBaseException error, string name, System.Text.StringBuilder text)
    {
        Value filename = error.GetField("filename");
        Value lineno = error.GetField("lineno");
        string suffix = string.Empty;
        if (!lineno.IsNone)
        {
            string file = filename.ObjectOrNull is PyStr f && f.Text.Length > 0 ? f.Text : "<string>";
            text.Append($"  File \"{file}\", line {Ops.Str(lineno)}\n");
        }
        else if (!filename.IsNone)
        {
            suffix = $" ({Ops.Str(filename)})";
        }

        if (error.GetField("text").ObjectOrNull is PyStr line)
        {
            string rtext = line.Text.TrimEnd('\n');
            string ltext = rtext.TrimStart(' ', '\n', '\f');
            int spaces = rtext.Length - ltext.Length;
            text.Append("    ").Append(ltext).Append('\n');
            if (Ops.TryGetLong(error.GetField("offset"), out long offset))
            {
                long endOffset = Ops.TryGetLong(error.GetField("end_offset"), out long end) && end != 0 ? end : offset;
                if (offset == endOffset || endOffset == -1)
                {
                    endOffset = offset + 1;
                }

                long column = offset - 1 - spaces;
                long endColumn = endOffset - 1 - spaces;
                if (column >= 0)
                {
                    text.Append("    ");
                    for (int i = 0; i < column && i < ltext.Length; i++)
                    {
                        text.Append(char.IsWhiteSpace(ltext[i]) ? ltext[i] : ' ');
                    }

                    text.Append('^', (int)Math.Max(0, endColumn - column)).Append('\n');
                }
            }
        }

        Value msg = error.GetField("msg");
        string message = msg.IsNone ? "<no detail available>" : Ops.Str(msg);
        text.Append($"{name}: {message}{suffix}\n");
    }
}
