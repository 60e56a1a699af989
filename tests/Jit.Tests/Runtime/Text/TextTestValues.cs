using System.Numerics;
using System.Text;
using Jit.Runtime;
using Jit.Runtime.Objects;

namespace Jit.Tests.Runtime.Text;

/// <summary>A call <c>receiver.method(*args, **kwargs)</c> and CPython's outcome. A mutation runs
/// on a fresh bytearray made from the receiver's bytes and also shows the bytearray afterwards.</summary>
internal sealed record MethodCase(Value Receiver, string Method, Value[] Args, (string Name, Value Value)[] Kwargs, string Expected, bool Mutates = false);

/// <summary>Builders for the generated cases, and a repr that covers list, tuple and dict (whose
/// own reprs belong to another branch).</summary>
internal static class TextTestValues
{
    public static readonly Value StrType = PyType.Str;

    public static readonly Value BytesType = PyType.Bytes;

    public static readonly Value ByteArrayType = PyType.ByteArray;

    public static Value S(string value) => PyStr.From(value);

    public static Value I(long value) => Value.FromInt(value);

    public static Value Big(string digits) => PyInt.Make(BigInteger.Parse(digits));

    public static Value F(double value) => Value.FromFloat(value);

    public static Value Complex(double real, double imag) => new PyComplex(real, imag);

    public static Value Bytes(string latin1) => new PyBytes(Encoding.Latin1.GetBytes(latin1));

    public static Value ByteArray(string latin1) => new PyByteArray(Encoding.Latin1.GetBytes(latin1));

    public static Value Slice(Value start, Value stop, Value step) => new PySlice(start, stop, step);

    public static Value Tuple(params Value[] items) => new PyTuple(items);

    public static Value List(params Value[] items) => new PyList(items);

    public static Value Dict(params Value[] keysAndValues)
    {
        var dict = new PyDict();
        for (int i = 0; i < keysAndValues.Length; i += 2)
        {
            dict.Set(keysAndValues[i], keysAndValues[i + 1]);
        }

        return dict;
    }

    public static MethodCase Case(Value receiver, string method, Value[] args, (string, Value)[] kwargs, string expected) =>
        new(receiver, method, args, kwargs, expected);

    public static MethodCase Mutation(Value bytes, string method, Value[] args, string expected) =>
        new(bytes, method, args, [], expected, Mutates: true);

    /// <summary>Runs the call: the repr of its result, or "!Error: message".</summary>
    public static string Run(MethodCase c)
    {
        Value receiver = c.Mutates ? new PyByteArray(((PyBytes)c.Receiver.Object).Data.ToArray()) : c.Receiver;
        string result;
        try
        {
            Value method = Ops.GetAttr(receiver, c.Method);
            Value[] args = [.. c.Args, .. c.Kwargs.Select(k => k.Value)];
            string[]? kwnames = c.Kwargs.Length == 0 ? null : c.Kwargs.Select(k => k.Name).ToArray();
            result = Repr(Ops.Call(method, args, kwnames));
        }
        catch (PyException e)
        {
            result = $"!{e.Error.Type.Name}: {Ops.Str(e.Error)}";
        }

        return c.Mutates ? result + " -> " + Repr(receiver) : result;
    }

    public static string Repr(Value value) => value.ObjectOrNull switch
    {
        PyList list => "[" + string.Join(", ", list.ToArray().Select(Repr)) + "]",
        PyTuple { Count: 1 } tuple => "(" + Repr(tuple[0]) + ",)",
        PyTuple tuple => "(" + string.Join(", ", tuple.Items.Select(Repr)) + ")",
        PyDict dict => DictRepr(dict),
        _ => Ops.Repr(value),
    };

    private static string DictRepr(PyDict dict)
    {
        var parts = new List<string>();
        foreach ((Value key, Value item) in dict)
        {
            parts.Add(Repr(key) + ": " + Repr(item));
        }

        return "{" + string.Join(", ", parts) + "}";
    }
}
