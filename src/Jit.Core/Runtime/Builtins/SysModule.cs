using Jit.Runtime.Objects;

namespace Jit.Runtime.Builtins;

/// <summary>
/// A minimal <c>sys</c> module: the standard streams over the context's readers and writers,
/// argv, exit, the recursion limit, version and platform facts, <c>sys.modules</c>.
/// </summary>
public static class SysModule
{
    public const string Version = "3.11.7 (main, Jit) [.NET]";

    private static readonly PyType s_versionInfoType = StructSequence.CreateType("version_info", ["major", "minor", "micro", "releaselevel", "serial"]);
    private static readonly PyType s_intInfoType = StructSequence.CreateType("int_info", ["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"]);
    private static readonly PyType s_floatInfoType = StructSequence.CreateType(
        "float_info",
        ["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"]);

    /// <summary>A new sys module for <paramref name="context"/> (use <see cref="PyContext.Sys"/>).</summary>
    public static PyModule Create(PyContext context)
    {
        var module = new PyModule("sys") { IsBuiltin = true };
        PyDict dict = module.Globals;
        var stdin = new PyTextStream("<stdin>", context.Stdin);
        var stdout = new PyTextStream("<stdout>", context.Stdout);
        var stderr = new PyTextStream("<stderr>", context.Stderr);
        dict.Set("stdin", stdin);
        dict.Set("stdout", stdout);
        dict.Set("stderr", stderr);
        dict.Set("__stdin__", stdin);
        dict.Set("__stdout__", stdout);
        dict.Set("__stderr__", stderr);
        dict.Set("argv", new PyList(context.Argv.Select(a => (Value)PyStr.From(a)).ToArray()));
        dict.Set("orig_argv", new PyList(context.Argv.Select(a => (Value)PyStr.From(a)).ToArray()));
        dict.Set("modules", context.Modules);
        dict.Set("path", new PyList([PyStr.From(string.Empty)]));
        dict.Set("meta_path", new PyList());
        dict.Set("path_hooks", new PyList());
        dict.Set("maxsize", Value.FromInt(long.MaxValue));
        dict.Set("maxunicode", Value.FromInt(0x10ffff));
        dict.Set("byteorder", PyStr.From(BitConverter.IsLittleEndian ? "little" : "big"));
        dict.Set("platform", PyStr.From(OperatingSystem.IsWindows() ? "win32" : OperatingSystem.IsMacOS() ? "darwin" : "linux"));
        dict.Set("version", PyStr.From(Version));
        dict.Set("hexversion", Value.FromInt(0x030b07f0));
        dict.Set("api_version", Value.FromInt(1013));
        dict.Set("version_info", StructSequence.Create(s_versionInfoType, [Value.FromInt(3), Value.FromInt(11), Value.FromInt(7), PyStr.From("final"), Value.FromInt(0)]));
        dict.Set("float_info", StructSequence.Create(s_floatInfoType, [
            Value.FromFloat(double.MaxValue), Value.FromInt(1024), Value.FromInt(308),
            Value.FromFloat(2.2250738585072014e-308), Value.FromInt(-1021), Value.FromInt(-307),
            Value.FromInt(15), Value.FromInt(53), Value.FromFloat(2.220446049250313e-16),
            Value.FromInt(2), Value.FromInt(1)]));
        dict.Set("int_info", StructSequence.Create(s_intInfoType, [Value.FromInt(30), Value.FromInt(4), Value.FromInt(PyContext.DefaultIntMaxStrDigits), Value.FromInt(640)]));
        var implementation = new PyModule("implementation");
        implementation.Globals.Set("name", PyStr.From("jit"));
        implementation.Globals.Set("cache_tag", Value.None);
        implementation.Globals.Set("version", dict.TryGetValue("version_info", out Value versionInfo) ? versionInfo : Value.None);
        dict.Set("implementation", implementation);
        AddFunction(dict, "getsizeof", (args, kwnames) => Value.FromInt(args.Length > 0 && args[0].ObjectOrNull is PyObject o ? 56 + (8 * (o is PyList l ? l.Count : o is PyTuple t ? t.Items.Length : 0)) : 28));
        dict.Set("builtin_module_names", PyTuple.Create([PyStr.From("builtins"), PyStr.From("sys")]));
        dict.Set("executable", PyStr.From(string.Empty));
        dict.Set("prefix", PyStr.From(string.Empty));
        dict.Set("dont_write_bytecode", Value.True);
        AddFunction(dict, "exit", Exit);
        AddFunction(dict, "intern", Intern);
        AddFunction(dict, "getdefaultencoding", (args, kwnames) =>
        {
            ArgParser.NoArguments("getdefaultencoding", args, kwnames);
            return PyStr.From("utf-8");
        });
        AddFunction(dict, "getrecursionlimit", (args, kwnames) =>
        {
            ArgParser.NoArguments("sys.getrecursionlimit", args, kwnames);
            return Value.FromInt(context.RecursionLimit);
        });
        AddFunction(dict, "setrecursionlimit", (args, kwnames) =>
        {
            ArgParser.Exactly("setrecursionlimit", args, kwnames, 1);
            int limit = Ops.AsInt32(args[0]);
            context.RecursionLimit = limit >= 1 ? limit : throw PyErr.ValueError("recursion limit must be greater or equal than 1");
            return Value.None;
        });
        AddFunction(dict, "get_int_max_str_digits", (args, kwnames) =>
        {
            ArgParser.NoArguments("sys.get_int_max_str_digits", args, kwnames);
            return Value.FromInt(context.IntMaxStrDigits);
        });
        AddFunction(dict, "set_int_max_str_digits", (args, kwnames) =>
        {
            ArgParser.Exactly("set_int_max_str_digits", args, kwnames, 1);
            int digits = Ops.AsInt32(args[0]);
            context.IntMaxStrDigits = digits == 0 || digits >= 640
                ? digits
                : throw PyErr.ValueError("maxdigits must be 0 or larger than 640");
            return Value.None;
        });
        return module;
    }

    private static void AddFunction(PyDict dict, string name, BuiltinBody body) =>
        dict.Set(name, new PyBuiltinFunction(name, body, "sys"));

    /// <summary><c>sys.exit([status])</c>: raises SystemExit.</summary>
    private static Value Exit(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        int count = ArgParser.Unpack("exit", args, kwnames, 0, 1);
        // Like PyErr_SetObject, a tuple argument becomes the exception's args rather than args[0].
        throw count == 0 || args[0].IsNone ? PyErr.New(PyExc.SystemExit)
            : args[0].ObjectOrNull is PyTuple tuple ? PyErr.New(PyExc.SystemExit, tuple.Items) : PyErr.SystemExit(args[0]);
    }

    private static Value Intern(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("intern", args, kwnames, 1);
        return args[0].ObjectOrNull is PyStr s && ReferenceEquals(s.Type, PyType.Str)
            ? args[0]
            : throw PyErr.TypeError($"intern() argument must be str, not {Ops.TypeName(args[0])}");
    }
}

/// <summary>CPython's struct sequences (<c>sys.version_info</c>, <c>sys.float_info</c>): tuples
/// whose items are also named attributes, printed as <c>sys.name(field=value, ...)</c>.</summary>
internal static class StructSequence
{
    public static PyType CreateType(string name, string[] fields)
    {
        PyType type = PyType.Builtin(name, TypeFlags.None, PyType.Tuple, "sys");
        for (int i = 0; i < fields.Length; i++)
        {
            int index = i;
            type.SetMember(fields[i], new PyGetSetDescriptor(fields[i], type, self => ((PyTuple)self.Object)[index], null));
        }

        type.SetMember("n_fields", Value.FromInt(fields.Length));
        type.SetMember("n_sequence_fields", Value.FromInt(fields.Length));
        type.SetMember("__repr__", PyBuiltinFunction.Method("__repr__", type, (args, kwnames) =>
        {
            ArgParser.NoArguments("__repr__", args, kwnames, self: true);
            var tuple = (PyTuple)args[0].Object;
            IEnumerable<string> parts = fields.Select((field, i) => field + "=" + Ops.Repr(tuple[i]));
            return PyStr.From($"sys.{name}({string.Join(", ", parts)})");
        }));
        return type;
    }

    public static PyTuple Create(PyType type, Value[] items) => new(type, items);
}
