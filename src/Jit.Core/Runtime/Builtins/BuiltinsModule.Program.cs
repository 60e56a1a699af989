using Jit.Runtime.Objects;

namespace Jit.Runtime.Builtins;

/// <summary>Builtins that use the running program's state: the standard streams (print, input)
/// and the current frame (globals, locals, vars, dir).</summary>
public static partial class BuiltinsModule
{
    /// <summary><c>print(*objects, sep=' ', end='\n', file=None, flush=False)</c>: writes to
    /// <c>sys.stdout</c> unless <c>file</c> is given; nothing when that is None.</summary>
    [BuiltinFunction("print")]
    private static Value Print(PyContext context, ReadOnlySpan<Value> args, string[]? kwnames)
    {
        int positional = ArgParser.PositionalCount(args, kwnames);
        Value sep = Value.None;
        Value end = Value.None;
        Value file = Value.None;
        Value flush = Value.False;
        if (kwnames is not null)
        {
            for (int i = 0; i < kwnames.Length; i++)
            {
                Value value = args[positional + i];
                switch (kwnames[i])
                {
                    case "sep":
                        sep = value;
                        break;
                    case "end":
                        end = value;
                        break;
                    case "file":
                        file = value;
                        break;
                    case "flush":
                        flush = value;
                        break;
                    default:
                        throw PyErr.TypeError($"'{kwnames[i]}' is an invalid keyword argument for print()");
                }
            }
        }

        if (file.IsNone)
        {
            file = context.Sys.Globals.TryGetValue("stdout", out Value stdout)
                ? stdout
                : throw PyErr.RuntimeError("lost sys.stdout");
            if (file.IsNone)
            {
                return Value.None;
            }
        }

        string separator = StringOrDefault(sep, " ", "sep");
        string terminator = StringOrDefault(end, "\n", "end");
        PyTextStream? stream = file.ObjectOrNull as PyTextStream;
        for (int i = 0; i < positional; i++)
        {
            if (i > 0)
            {
                WriteTo(file, stream, separator);
            }

            WriteTo(file, stream, Ops.Str(args[i]));
        }

        WriteTo(file, stream, terminator);
        if (Ops.IsTrue(flush))
        {
            if (stream is not null)
            {
                stream.Flush();
            }
            else
            {
                Ops.CallMethod(file, "flush");
            }
        }

        return Value.None;

        static string StringOrDefault(Value value, string defaultText, string name) => value switch
        {
            { IsNone: true } => defaultText,
            _ when value.ObjectOrNull is PyStr s => s.Text,
            _ => throw PyErr.TypeError($"{name} must be None or a string, not {Ops.TypeName(value)}"),
        };
    }

    /// <summary><c>input(prompt='')</c>: the prompt goes to <c>sys.stdout</c>, a line is read from
    /// <c>sys.stdin</c> without its newline; EOFError at the end of input.</summary>
    [BuiltinFunction("input")]
    private static Value Input(PyContext context, ReadOnlySpan<Value> args, string[]? kwnames)
    {
        int count = ArgParser.Unpack("input", args, kwnames, 0, 1);
        PyDict sys = context.Sys.Globals;
        Value stdin = sys.TryGetValue("stdin", out Value i) ? i : Value.None;
        Value stdout = sys.TryGetValue("stdout", out Value o) ? o : Value.None;
        if (stdin.IsNone)
        {
            throw PyErr.RuntimeError("input(): lost sys.stdin");
        }

        if (stdout.IsNone)
        {
            throw PyErr.RuntimeError("input(): lost sys.stdout");
        }

        if (sys.TryGetValue("stderr", out Value stderr) && !stderr.IsNone)
        {
            FlushQuietly(stderr);
        }

        if (count == 1)
        {
            WriteTo(stdout, stdout.ObjectOrNull as PyTextStream, Ops.Str(args[0]));
        }

        FlushQuietly(stdout);
        string line;
        if (stdin.ObjectOrNull is PyTextStream stream)
        {
            line = stream.ReadLine();
        }
        else
        {
            Value result = Ops.CallMethod(stdin, "readline");
            line = result.ObjectOrNull is PyStr s ? s.Text : throw PyErr.TypeError("object.readline() returned non-string");
        }

        if (line.Length == 0)
        {
            throw PyErr.EOFError("EOF when reading a line");
        }

        return PyStr.From(line.EndsWith('\n') ? line[..^1] : line);

        static void FlushQuietly(Value file)
        {
            if (file.ObjectOrNull is PyTextStream s)
            {
                s.Flush();
                return;
            }

            try
            {
                Ops.CallMethod(file, "flush");
            }
            catch (PyException)
            {
                // As in CPython, a stream that cannot flush does not stop input().
            }
        }
    }

    /// <summary><c>globals()</c>: asks the interpreter for the running frame's globals.</summary>
    [BuiltinFunction("globals")]
    private static Value Globals(PyContext context, ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("globals", args, kwnames);
        return context.CurrentGlobals?.Invoke() ?? throw PyErr.SystemError("globals(): no current frame");
    }

    /// <summary><c>locals()</c>: asks the interpreter (<see cref="PyContext.CurrentLocals"/>).</summary>
    [BuiltinFunction("locals")]
    private static Value Locals(PyContext context, ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("locals", args, kwnames);
        return CurrentLocals(context);
    }

    [BuiltinFunction("vars")]
    private static Value Vars(PyContext context, ReadOnlySpan<Value> args, string[]? kwnames)
    {
        int count = ArgParser.Unpack("vars", args, kwnames, 0, 1);
        if (count == 0)
        {
            return CurrentLocals(context);
        }

        return Ops.TryGetAttr(args[0], "__dict__", out Value dict)
            ? dict
            : throw PyErr.TypeError("vars() argument must have __dict__ attribute");
    }

    /// <summary><c>dir([obj])</c>: the sorted names of <c>type(obj).__dir__(obj)</c>, or of the
    /// current local scope.</summary>
    [BuiltinFunction("dir")]
    private static Value Dir(PyContext context, ReadOnlySpan<Value> args, string[]? kwnames)
    {
        int count = ArgParser.Unpack("dir", args, kwnames, 0, 1);
        Value names;
        if (count == 0)
        {
            Value locals = CurrentLocals(context);
            names = locals.ObjectOrNull is PyDict dict ? new PyList(dict.KeysArray()) : Ops.CallMethod(locals, "keys");
        }
        else
        {
            Value method = args[0].Type.Lookup("__dir__");
            if (method.IsUnbound)
            {
                throw PyErr.TypeError("object does not provide __dir__");
            }

            names = Ops.CallSpecial(method, args[0], default, null);
        }

        var list = new PyList(Ops.ToArray(names));
        list.Sort(default, reverse: false);
        return list;
    }

    private static Value CurrentLocals(PyContext context) =>
        context.CurrentLocals?.Invoke() ?? throw PyErr.SystemError("locals(): no current frame");

    /// <summary>Writes to a stream: the standard streams directly, anything else through its
    /// <c>write</c> method.</summary>
    private static void WriteTo(Value file, PyTextStream? stream, string text)
    {
        if (stream is not null)
        {
            stream.Write(text);
        }
        else
        {
            Ops.CallMethod(file, "write", PyStr.From(text));
        }
    }
}
