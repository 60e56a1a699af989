using System.Reflection;
using Jit.Runtime.Objects;

namespace Jit.Runtime.Builtins;

/// <summary>Marks a static method of <see cref="BuiltinsModule"/> as the builtins-module function
/// <paramref name="name"/>: a <see cref="BuiltinBody"/>, or a <see cref="ContextBody"/> for
/// functions that use the program's state (print, input, globals, ...).</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class BuiltinFunctionAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}

/// <summary>The body of a builtin bound to its program's context.</summary>
internal delegate Value ContextBody(PyContext context, ReadOnlySpan<Value> args, string[]? kwnames);

/// <summary>
/// The <c>builtins</c> module: the functions (marked <see cref="BuiltinFunctionAttribute"/> in the
/// partial files by concern), the built-in types, the exception classes and the constants.
/// Most function objects are shared by all programs; those that use the program's state (print,
/// input, globals, ...) are made for each context and bound to it.
/// Not here: <c>__build_class__</c>, <c>__import__</c>, <c>compile</c>/<c>eval</c>/<c>exec</c>
/// (the compiler adds them) and <c>open</c>.
/// </summary>
public static partial class BuiltinsModule
{
    private static readonly Lazy<(string Name, PyBuiltinFunction? Shared, ContextBody? Bound)[]> s_functions = new(FindFunctions);

    /// <summary>A new builtins module for <paramref name="context"/> (use <see cref="PyContext.Builtins"/>).</summary>
    public static PyModule Create(PyContext context)
    {
        var module = new PyModule("builtins") { IsBuiltin = true };
        PyDict dict = module.Globals;
        dict.Set("__doc__", PyStr.From("Built-in functions, types, exceptions, and other objects."));
        foreach ((string name, PyBuiltinFunction? shared, ContextBody? bound) in s_functions.Value)
        {
            dict.Set(name, shared ?? new PyBuiltinFunction(name, (args, kwnames) => bound!(context, args, kwnames), "builtins"));
        }

        foreach (PyType type in (ReadOnlySpan<PyType>)[
            PyType.Object, PyType.TypeType, PyType.Int, PyType.Bool, PyType.Float, PyType.Complex, PyType.Str,
            PyType.Bytes, PyType.ByteArray, PyType.List, PyType.Tuple, PyType.Dict, PyType.Set, PyType.FrozenSet,
            PyType.Range, PyType.Slice, PyType.Property, PyType.ClassMethod, PyType.StaticMethod, PyType.Super,
            IteratorTypes.Enumerate, IteratorTypes.Zip, IteratorTypes.Map, IteratorTypes.Filter, IteratorTypes.Reversed])
        {
            dict.Set(type.Name, type);
        }

        foreach (PyType exception in PyExc.All)
        {
            dict.Set(exception.Name, exception);
        }

        // CPython's builtins holds the keyword constants too (builtins.True), though the compiler
        // never looks them up.
        dict.Set("None", Value.None);
        dict.Set("True", Value.True);
        dict.Set("False", Value.False);
        dict.Set("Ellipsis", PyEllipsis.Instance);
        dict.Set("NotImplemented", PyNotImplemented.Instance);
        dict.Set("__debug__", Value.True);
        dict.Set("EnvironmentError", PyExc.OSError);
        dict.Set("IOError", PyExc.OSError);
        return module;
    }

    private static (string, PyBuiltinFunction?, ContextBody?)[] FindFunctions()
    {
        var functions = new List<(string, PyBuiltinFunction?, ContextBody?)>();
        const BindingFlags flags = BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public;
        foreach (MethodInfo method in typeof(BuiltinsModule).GetMethods(flags))
        {
            if (method.GetCustomAttribute<BuiltinFunctionAttribute>() is not { } attribute)
            {
                continue;
            }

            functions.Add(method.GetParameters()[0].ParameterType == typeof(PyContext)
                ? (attribute.Name, null, method.CreateDelegate<ContextBody>())
                : (attribute.Name, new PyBuiltinFunction(attribute.Name, method.CreateDelegate<BuiltinBody>(), "builtins"), null));
        }

        functions.Sort((a, b) => string.CompareOrdinal(a.Item1, b.Item1));
        return functions.ToArray();
    }
}
