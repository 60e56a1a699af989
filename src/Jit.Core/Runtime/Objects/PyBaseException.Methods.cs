namespace Jit.Runtime.Objects;

/// <summary>Methods of BaseException and the built-in subclasses with extra attributes.</summary>
public sealed partial class PyBaseException
{
    /// <summary>Sets the attributes that the built-in <c>__init__</c> of this exception's most
    /// derived built-in class derives from its arguments.</summary>
    internal static void InitFields(PyBaseException error, ReadOnlySpan<Value> args)
    {
        foreach (PyType type in error.Type.Mro)
        {
            if (type == PyExc.StopIteration)
            {
                error.SetField("value", args.Length > 0 ? args[0] : Value.None);
                return;
            }

            if (type == PyExc.SystemExit)
            {
                error.SetField("code", args.Length == 0 ? Value.None : args.Length == 1 ? args[0] : error.Args);
                return;
            }

            if (type == PyExc.ImportError)
            {
                error.SetField("msg", args.Length == 1 ? args[0] : Value.None);
                error.SetField("name", Value.None);
                error.SetField("path", Value.None);
                return;
            }

            if (type == PyExc.OSError)
            {
                InitOSError(error, args);
                return;
            }

            if (type == PyExc.SyntaxError)
            {
                InitSyntaxError(error, args);
                return;
            }

            if (type == PyExc.UnicodeDecodeError || type == PyExc.UnicodeEncodeError)
            {
                if (args.Length == 5)
                {
                    error.SetField("encoding", args[0]);
                    error.SetField("object", args[1]);
                    error.SetField("start", args[2]);
                    error.SetField("end", args[3]);
                    error.SetField("reason", args[4]);
                }

                return;
            }

            if (type == PyExc.NameError)
            {
                error.SetField("name", Value.None);
                return;
            }

            if (type == PyExc.AttributeError)
            {
                error.SetField("name", Value.None);
                error.SetField("obj", Value.None);
                return;
            }
        }
    }

    [PyMethod("__new__")]
    private static Value New(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        if (args.Length == 0 || args[0].ObjectOrNull is not PyType cls)
        {
            throw PyErr.TypeError("BaseException.__new__(X): X is not a type object");
        }

        if (!cls.IsSubtypeOf(PyExc.BaseException))
        {
            throw PyErr.TypeError($"BaseException.__new__({cls.Name}) is not a subtype of BaseException");
        }

        int positional = args.Length - 1 - (kwnames?.Length ?? 0);
        var error = new PyBaseException(cls, PyTuple.Create(args.Slice(1, positional)));
        InitFields(error, args.Slice(1, positional));
        return error;
    }

    [PyMethod("__init__")]
    private static Value Init(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        PyBaseException self = Self(args);
        if (kwnames is not null)
        {
            throw PyErr.TypeError($"{self.Type.Name}() takes no keyword arguments");
        }

        self.Args = PyTuple.Create(args[1..]);
        return Value.None;
    }

    [PyMethod("__str__")]
    private static Value Str(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("__str__", args, kwnames, self: true);
        return PyStr.From(BaseStr(Self(args)));
    }

    [PyMethod("__repr__")]
    private static Value Repr(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("__repr__", args, kwnames, self: true);
        PyBaseException self = Self(args);
        string name = self.Type.Name;
        return PyStr.From(self.Args.Count == 1
            ? $"{name}({Ops.Repr(self.Args[0])})"
            : name + TupleRepr(self.Args));
    }

    [PyMethod("with_traceback")]
    private static Value WithTraceback(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("BaseException.with_traceback", args, kwnames, 1, self: true);
        PyBaseException self = Self(args);
        SetTraceback(self, args[1]);
        return self;
    }

    [PyMethod("add_note")]
    private static Value AddNote(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("BaseException.add_note", args, kwnames, 1, self: true);
        PyBaseException self = Self(args);
        if (args[1].ObjectOrNull is not PyStr)
        {
            throw PyErr.TypeError($"note must be a str, not '{Ops.TypeName(args[1])}'");
        }

        if (!Ops.TryGetAttr(self, "__notes__", out Value notes))
        {
            notes = new PyList();
            self.SetField("__notes__", notes);
        }

        if (notes.ObjectOrNull is not PyList list)
        {
            throw PyErr.TypeError("Cannot add note: __notes__ is not a list");
        }

        list.Append(args[1]);
        return Value.None;
    }

    [PyGetter("args")]
    private static Value GetArgs(Value self) => ((PyBaseException)self.Object).Args;

    [PySetter("args")]
    private static void SetArgs(Value self, Value value)
    {
        if (value.IsUnbound)
        {
            throw PyErr.TypeError("args may not be deleted");
        }

        ((PyBaseException)self.Object).Args = PyTuple.Create(Ops.ToArray(value));
    }

    [PyGetter("__dict__")]
    private static Value GetDict(Value self) => self.Object.InstanceDict ??= new PyDict();

    [PyGetter("__traceback__")]
    private static Value GetTraceback(Value self) => ((PyBaseException)self.Object).Traceback;

    [PySetter("__traceback__")]
    private static void SetTracebackAttribute(Value self, Value value)
    {
        if (value.IsUnbound)
        {
            throw PyErr.TypeError("__traceback__ may not be deleted");
        }

        SetTraceback((PyBaseException)self.Object, value);
    }

    [PyGetter("__cause__")]
    private static Value GetCause(Value self) => ((PyBaseException)self.Object).Cause;

    [PySetter("__cause__")]
    private static void SetCause(Value self, Value value)
    {
        if (value.IsUnbound)
        {
            throw PyErr.TypeError("__cause__ may not be deleted");
        }

        if (!value.IsNone && value.ObjectOrNull is not PyBaseException)
        {
            throw PyErr.TypeError("exception cause must be None or derive from BaseException");
        }

        var error = (PyBaseException)self.Object;
        error.Cause = value;
        error.SuppressContext = true;
    }

    [PyGetter("__context__")]
    private static Value GetContext(Value self) => ((PyBaseException)self.Object).Context;

    [PySetter("__context__")]
    private static void SetContext(Value self, Value value)
    {
        if (value.IsUnbound)
        {
            throw PyErr.TypeError("__context__ may not be deleted");
        }

        if (!value.IsNone && value.ObjectOrNull is not PyBaseException)
        {
            throw PyErr.TypeError("exception context must be None or derive from BaseException");
        }

        ((PyBaseException)self.Object).Context = value;
    }

    [PyGetter("__suppress_context__")]
    private static Value GetSuppressContext(Value self) => Value.FromBool(((PyBaseException)self.Object).SuppressContext);

    [PySetter("__suppress_context__")]
    private static void SetSuppressContext(Value self, Value value) =>
        ((PyBaseException)self.Object).SuppressContext = !value.IsUnbound && Ops.IsTrue(value);

    /// <summary>str() of BaseException: "", str(arg) or str(args).</summary>
    internal static string BaseStr(PyBaseException error) => error.Args.Count switch
    {
        0 => string.Empty,
        1 => Ops.Str(error.Args[0]),
        _ => TupleRepr(error.Args),
    };

    internal static PyBaseException Self(ReadOnlySpan<Value> args) => (PyBaseException)args[0].Object;

    private static void SetTraceback(PyBaseException error, Value traceback)
    {
        if (!traceback.IsNone && traceback.Type != PyType.Traceback)
        {
            throw PyErr.TypeError("__traceback__ must be a traceback or None");
        }

        error.Traceback = traceback;
    }

    private static string TupleRepr(PyTuple tuple) => tuple.Count == 1
        ? $"({Ops.Repr(tuple[0])},)"
        : "(" + string.Join(", ", tuple.Items.Select(item => Ops.Repr(item))) + ")";

    private static void InitOSError(PyBaseException error, ReadOnlySpan<Value> args)
    {
        Value none = Value.None;
        error.SetField("errno", args.Length is >= 2 and <= 5 ? args[0] : none);
        error.SetField("strerror", args.Length is >= 2 and <= 5 ? args[1] : none);
        error.SetField("filename", args.Length is >= 3 and <= 5 ? args[2] : none);
        error.SetField("filename2", args.Length == 5 ? args[4] : none);
        if (args.Length is >= 3 and <= 5)
        {
            // args keeps only (errno, strerror) when a filename is given, as CPython does.
            error.Args = PyTuple.Create(args[..2]);
        }
    }

    private static void InitSyntaxError(PyBaseException error, ReadOnlySpan<Value> args)
    {
        Value none = Value.None;
        error.SetField("msg", args.Length >= 1 ? args[0] : none);
        Value[] details = args.Length == 2 ? Ops.ToArray(args[1]) : [];
        if (args.Length == 2 && details.Length is < 4 or > 6)
        {
            throw PyErr.IndexError("tuple index out of range");
        }

        error.SetField("filename", details.Length > 0 ? details[0] : none);
        error.SetField("lineno", details.Length > 1 ? details[1] : none);
        error.SetField("offset", details.Length > 2 ? details[2] : none);
        error.SetField("text", details.Length > 3 ? details[3] : none);
        error.SetField("end_lineno", details.Length > 4 ? details[4] : none);
        error.SetField("end_offset", details.Length > 5 ? details[5] : none);
        error.SetField("print_file_and_line", none);
    }

    [PyClass("KeyError")]
    private static class KeyErrorMethods
    {
        [PyMethod("__str__")]
        private static Value Str(ReadOnlySpan<Value> args, string[]? kwnames)
        {
            ArgParser.NoArguments("__str__", args, kwnames, self: true);
            PyBaseException self = Self(args);
            return PyStr.From(self.Args.Count == 1 ? Ops.Repr(self.Args[0]) : BaseStr(self));
        }
    }

    [PyClass("StopIteration")]
    [PyClass("SystemExit")]
    private static class FieldInitMethods
    {
        [PyMethod("__init__")]
        private static Value Init(ReadOnlySpan<Value> args, string[]? kwnames)
        {
            PyBaseException self = Self(args);
            if (kwnames is not null)
            {
                throw PyErr.TypeError($"{self.Type.Name}() takes no keyword arguments");
            }

            self.Args = PyTuple.Create(args[1..]);
            InitFields(self, args[1..]);
            return Value.None;
        }
    }

    [PyClass("BaseExceptionGroup")]
    private static class ExceptionGroupMethods
    {
        [PyMethod("__new__")]
        private static Value New(ReadOnlySpan<Value> args, string[]? kwnames)
        {
            var cls = (PyType)args[0].Object;
            ArgParser.NoKeywords(cls.Name, kwnames);
            ArgParser.Unpack(cls.Name, args, kwnames, 2, 2, self: true);
            if (args[1].ObjectOrNull is not PyStr)
            {
                throw PyErr.TypeError($"argument 1 must be str, not {Ops.TypeName(args[1])}");
            }

            Value[] exceptions = args[2].ObjectOrNull is PyList or PyTuple
                ? Ops.ToArray(args[2])
                : throw PyErr.TypeError("second argument (exceptions) must be a sequence");
            if (exceptions.Length == 0)
            {
                throw PyErr.ValueError("second argument (exceptions) must be a non-empty sequence");
            }

            bool allExceptions = true;
            for (int i = 0; i < exceptions.Length; i++)
            {
                if (exceptions[i].ObjectOrNull is not PyBaseException item)
                {
                    throw PyErr.ValueError($"Item {i} of second argument (exceptions) is not an exception");
                }

                allExceptions &= item.Type.IsSubtypeOf(PyExc.Exception);
            }

            if (ReferenceEquals(cls, PyExc.BaseExceptionGroup) && allExceptions)
            {
                cls = PyExc.ExceptionGroup;
            }
            else if (cls.IsSubtypeOf(PyExc.Exception) && !allExceptions)
            {
                throw PyErr.TypeError("Cannot nest BaseExceptions in an ExceptionGroup");
            }

            var group = new PyBaseException(cls, PyTuple.Create(args[1], new PyTuple(exceptions)));
            group.SetField("message", args[1]);
            group.SetField("exceptions", new PyTuple(exceptions));
            return group;
        }

        [PyMethod("__init__")]
        private static Value Init(ReadOnlySpan<Value> args, string[]? kwnames) => Value.None;

        [PyMethod("__str__")]
        private static Value Str(ReadOnlySpan<Value> args, string[]? kwnames)
        {
            ArgParser.NoArguments("__str__", args, kwnames, self: true);
            PyBaseException self = Self(args);
            int count = self.GetField("exceptions").ObjectOrNull is PyTuple t ? t.Count : 0;
            return PyStr.From($"{Ops.Str(self.GetField("message"))} ({count} sub-exception{(count == 1 ? string.Empty : "s")})");
        }
    }

    [PyClass("UnicodeDecodeError")]
    [PyClass("UnicodeEncodeError")]
    private static class UnicodeErrorMethods
    {
        [PyMethod("__init__")]
        private static Value Init(ReadOnlySpan<Value> args, string[]? kwnames)
        {
            PyBaseException self = Self(args);
            ArgParser.NoKeywords(self.Type.Name, kwnames);
            if (args.Length != 6)
            {
                throw PyErr.TypeError($"function takes exactly 5 arguments ({args.Length - 1} given)");
            }

            self.Args = PyTuple.Create(args[1..]);
            InitFields(self, args[1..]);
            return Value.None;
        }

        [PyMethod("__str__")]
        private static Value Str(ReadOnlySpan<Value> args, string[]? kwnames)
        {
            ArgParser.NoArguments("__str__", args, kwnames, self: true);
            PyBaseException self = Self(args);
            Value obj = self.GetField("object");
            if (obj.IsNone)
            {
                return PyStr.From(BaseStr(self));
            }

            string encoding = Ops.Str(self.GetField("encoding"));
            long start = Ops.AsSsize(self.GetField("start"));
            long end = Ops.AsSsize(self.GetField("end"));
            string reason = Ops.Str(self.GetField("reason"));
            bool decode = self.Type.IsSubtypeOf(PyExc.UnicodeDecodeError);
            if (end == start + 1)
            {
                string what = decode
                    ? $"byte 0x{PyBytes.BytesOf(obj, out _)[(int)start]:x2}"
                    : $"character '{EscapeCodePoint(((PyStr)obj.Object).CodePointAt((int)start))}'";
                return PyStr.From($"'{encoding}' codec can't {(decode ? "decode" : "encode")} {what} in position {start}: {reason}");
            }

            return PyStr.From($"'{encoding}' codec can't {(decode ? "decode bytes" : "encode characters")} in position {start}-{end - 1}: {reason}");
        }

        private static string EscapeCodePoint(int c) => c switch
        {
            < 0x100 => $"\\x{c:x2}",
            < 0x10000 => $"\\u{c:x4}",
            _ => $"\\U{c:x8}",
        };
    }

    [PyClass("ImportError")]
    private static class ImportErrorMethods
    {
        private static readonly ArgSpec s_init = new("ImportError", ["name", "path"], keywordOnly: 0);

        [PyMethod("__init__")]
        private static Value Init(ReadOnlySpan<Value> args, string[]? kwnames)
        {
            PyBaseException self = Self(args);
            int positional = args.Length - 1 - (kwnames?.Length ?? 0);
            var bound = default(ArgBuffer);
            s_init.Bind(args.Slice(1 + positional), kwnames, bound, positionalGiven: 0);
            self.Args = PyTuple.Create(args.Slice(1, positional));
            self.SetField("msg", positional == 1 ? args[1] : Value.None);
            self.SetField("name", bound[0].IsUnbound ? Value.None : bound[0]);
            self.SetField("path", bound[1].IsUnbound ? Value.None : bound[1]);
            return Value.None;
        }

        [PyMethod("__str__")]
        private static Value Str(ReadOnlySpan<Value> args, string[]? kwnames)
        {
            ArgParser.NoArguments("__str__", args, kwnames, self: true);
            PyBaseException self = Self(args);
            Value msg = self.GetField("msg");
            return msg.IsNone ? PyStr.From(BaseStr(self)) : PyStr.From(Ops.Str(msg));
        }
    }

    [PyClass("NameError")]
    private static class NameErrorMethods
    {
        private static readonly ArgSpec s_init = new("NameError", ["name"], keywordOnly: 0);

        [PyMethod("__init__")]
        private static Value Init(ReadOnlySpan<Value> args, string[]? kwnames)
        {
            PyBaseException self = Self(args);
            int positional = args.Length - 1 - (kwnames?.Length ?? 0);
            var bound = default(ArgBuffer);
            s_init.Bind(args.Slice(1 + positional), kwnames, bound, positionalGiven: 0);
            self.Args = PyTuple.Create(args.Slice(1, positional));
            self.SetField("name", bound[0].IsUnbound ? Value.None : bound[0]);
            return Value.None;
        }
    }

    [PyClass("AttributeError")]
    private static class AttributeErrorMethods
    {
        private static readonly ArgSpec s_init = new("AttributeError", ["name", "obj"], keywordOnly: 0);

        [PyMethod("__init__")]
        private static Value Init(ReadOnlySpan<Value> args, string[]? kwnames)
        {
            PyBaseException self = Self(args);
            int positional = args.Length - 1 - (kwnames?.Length ?? 0);
            var bound = default(ArgBuffer);
            s_init.Bind(args.Slice(1 + positional), kwnames, bound, positionalGiven: 0);
            self.Args = PyTuple.Create(args.Slice(1, positional));
            self.SetField("name", bound[0].IsUnbound ? Value.None : bound[0]);
            self.SetField("obj", bound[1].IsUnbound ? Value.None : bound[1]);
            return Value.None;
        }
    }

    [PyClass("OSError")]
    private static class OSErrorMethods
    {
        private static readonly Dictionary<long, PyType> s_byErrno = new()
        {
            [11] = PyExc.BlockingIOError,
            [114] = PyExc.BlockingIOError,
            [115] = PyExc.BlockingIOError,
            [10] = PyExc.ChildProcessError,
            [32] = PyExc.BrokenPipeError,
            [108] = PyExc.BrokenPipeError,
            [103] = PyExc.ConnectionAbortedError,
            [111] = PyExc.ConnectionRefusedError,
            [104] = PyExc.ConnectionResetError,
            [17] = PyExc.FileExistsError,
            [2] = PyExc.FileNotFoundError,
            [21] = PyExc.IsADirectoryError,
            [20] = PyExc.NotADirectoryError,
            [4] = PyExc.InterruptedError,
            [13] = PyExc.PermissionError,
            [1] = PyExc.PermissionError,
            [3] = PyExc.ProcessLookupError,
            [110] = PyExc.TimeoutError,
        };

        /// <summary>OSError(errno, ...) picks the subclass for the errno, as CPython does.</summary>
        [PyMethod("__new__")]
        private static Value New(ReadOnlySpan<Value> args, string[]? kwnames)
        {
            var cls = (PyType)args[0].Object;
            int positional = ArgParser.PositionalCount(args, kwnames) - 1;
            if (ReferenceEquals(cls, PyExc.OSError) && positional >= 2 && Ops.TryGetLong(args[1], out long errno) &&
                s_byErrno.TryGetValue(errno, out PyType? subclass))
            {
                cls = subclass;
            }

            var error = new PyBaseException(cls, PyTuple.Create(args.Slice(1, positional)));
            InitFields(error, args.Slice(1, positional));
            return error;
        }

        [PyMethod("__init__")]
        private static Value Init(ReadOnlySpan<Value> args, string[]? kwnames)
        {
            PyBaseException self = Self(args);
            if (kwnames is not null)
            {
                throw PyErr.TypeError($"{self.Type.Name}() takes no keyword arguments");
            }

            self.Args = PyTuple.Create(args[1..]);
            InitOSError(self, args[1..]);
            return Value.None;
        }

        [PyMethod("__str__")]
        private static Value Str(ReadOnlySpan<Value> args, string[]? kwnames)
        {
            ArgParser.NoArguments("__str__", args, kwnames, self: true);
            PyBaseException self = Self(args);
            Value errno = self.GetField("errno");
            Value strerror = self.GetField("strerror");
            Value filename = self.GetField("filename");
            Value filename2 = self.GetField("filename2");
            if (!filename.IsNone)
            {
                string text = $"[Errno {Ops.Str(errno)}] {Ops.Str(strerror)}: {Ops.Repr(filename)}";
                return PyStr.From(filename2.IsNone ? text : $"{text} -> {Ops.Repr(filename2)}");
            }

            if (!errno.IsNone && !strerror.IsNone)
            {
                return PyStr.From($"[Errno {Ops.Str(errno)}] {Ops.Str(strerror)}");
            }

            return PyStr.From(BaseStr(self));
        }
    }

    [PyClass("SyntaxError")]
    private static class SyntaxErrorMethods
    {
        [PyMethod("__init__")]
        private static Value Init(ReadOnlySpan<Value> args, string[]? kwnames)
        {
            PyBaseException self = Self(args);
            if (kwnames is not null)
            {
                throw PyErr.TypeError($"{self.Type.Name}() takes no keyword arguments");
            }

            self.Args = PyTuple.Create(args[1..]);
            InitSyntaxError(self, args[1..]);
            return Value.None;
        }

        [PyMethod("__str__")]
        private static Value Str(ReadOnlySpan<Value> args, string[]? kwnames)
        {
            ArgParser.NoArguments("__str__", args, kwnames, self: true);
            PyBaseException self = Self(args);
            Value msg = self.GetField("msg");
            string text = msg.IsNone ? BaseStr(self) : Ops.Str(msg);
            Value filename = self.GetField("filename");
            Value lineno = self.GetField("lineno");
            string? file = filename.ObjectOrNull is PyStr f ? Path.GetFileName(f.Text) : null;
            bool hasLine = Ops.IsIntLike(lineno);
            return PyStr.From((file, hasLine) switch
            {
                (not null, true) => $"{text} ({file}, line {Ops.Repr(lineno)})",
                (not null, false) => $"{text} ({file})",
                (null, true) => $"{text} (line {Ops.Repr(lineno)})",
                _ => text,
            });
        }
    }
}
