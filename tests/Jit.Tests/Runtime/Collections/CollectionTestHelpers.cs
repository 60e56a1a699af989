using System.Globalization;
using System.Runtime.CompilerServices;
using Jit.Runtime;
using Jit.Runtime.Objects;

namespace Jit.Tests.Runtime.Collections;

/// <summary>Shorthands for the collection tests: build values, call methods and builtins, and
/// read the CPython-generated data files next to this source file.</summary>
internal static class C
{
    private static readonly PyContext s_context = new(TextWriter.Null, TextWriter.Null, TextReader.Null);

    /// <summary>Makes sure a program context is current on this thread (recursion guards of
    /// reprs live in it).</summary>
    public static PyContext Enter()
    {
        PyContext.Current = PyContext.CurrentOrNull ?? s_context;
        return PyContext.Current;
    }

    public static Value I(long value) => Value.FromInt(value);

    public static Value F(double value) => Value.FromFloat(value);

    public static Value S(string value) => PyStr.From(value);

    public static PyList L(params long[] items) => new(items.Select(i => Value.FromInt(i)).ToArray());

    public static PyList List(params Value[] items) => new(items);

    public static PyTuple T(params Value[] items) => PyTuple.Create(items);

    public static Value Slice(Value start, Value stop, Value step) => new PySlice(start, stop, step);

    public static string Repr(Value value) => Ops.Repr(value);

    public static Value Call(Value obj, string method, params Value[] args) => Ops.CallMethod(obj, method, args);

    /// <summary>A builtin of a shared test context (print and input get their own contexts).</summary>
    public static Value Builtin(string name) => s_context.Builtins.Globals[PyStr.From(name)];

    public static Value B(string name, params Value[] args) => Ops.Call(Builtin(name), args);

    /// <summary>Calls with keyword arguments: <paramref name="keywords"/> name the last values.</summary>
    public static Value CallKw(Value callable, Value[] args, params string[] keywords) => Ops.Call(callable, args, keywords);

    public static string Error(Func<Value> action) => H.Error(action);

    public static string Error(Action action) => H.Error(action);

    /// <summary>A value from its Python repr: ints, floats (nan, inf) and 'strings'.</summary>
    public static Value Parse(string token)
    {
        if (token.StartsWith('\''))
        {
            return PyStr.From(token[1..^1]);
        }

        if (long.TryParse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long integer))
        {
            return Value.FromInt(integer);
        }

        return token switch
        {
            "nan" => Value.FromFloat(double.NaN),
            "inf" => Value.FromFloat(double.PositiveInfinity),
            "-inf" => Value.FromFloat(double.NegativeInfinity),
            _ => Value.FromFloat(double.Parse(token, CultureInfo.InvariantCulture)),
        };
    }

    public static string[] DataLines(string file, [CallerFilePath] string path = "") =>
        File.ReadAllLines(Path.Combine(Path.GetDirectoryName(path)!, file));
}
