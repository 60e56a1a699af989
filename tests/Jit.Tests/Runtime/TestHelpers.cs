using System.Numerics;
using Jit.Runtime;
using Jit.Runtime.Objects;

namespace Jit.Tests.Runtime;

/// <summary>A stand-in for the compiler's PyFunction: a callable that binds as a method.</summary>
internal sealed class TestFunction : PyObject
{
    private readonly Func<Value[], Value> _body;

    public TestFunction(Func<Value[], Value> body)
        : base(PyType.Function)
    {
        _body = body;
    }

    public override bool IsMethodDescriptor => true;

    public override Value Call(ReadOnlySpan<Value> args, string[]? kwnames) => _body(args.ToArray());

    public override Value DescriptorGet(Value instance, PyType owner) =>
        instance.IsUnbound ? this : new PyBoundMethod(this, instance);
}

internal static class H
{
    public static Value I(long value) => Value.FromInt(value);

    public static Value F(double value) => Value.FromFloat(value);

    public static Value S(string value) => PyStr.From(value);

    public static Value Big(string digits) => PyInt.Make(BigInteger.Parse(digits));

    public static Value Fn(Func<Value[], Value> body) => new TestFunction(body);

    public static PyType Class(string name, params (string Name, Value Value)[] members) => Class(name, [], members);

    public static PyType Class(string name, PyType[] bases, params (string Name, Value Value)[] members)
    {
        var ns = new PyDict();
        ns.Set("__module__", S("__main__"));
        foreach ((string key, Value value) in members)
        {
            ns.Set(key, value);
        }

        return PyType.CreateClass(name, bases, ns);
    }

    /// <summary>"TypeName: message" of the Python exception raised by <paramref name="action"/>.</summary>
    public static string Error(Action action)
    {
        PyException? error = null;
        try
        {
            action();
        }
        catch (PyException e)
        {
            // Inspect it after the catch block: .NET runs catch blocks before popping the frames
            // that threw, so a RecursionError's handler still sits on the deep stack.
            error = e;
        }

        if (error is null)
        {
            return "no error";
        }

        string message = Ops.Str(error.Error);
        return message.Length == 0 ? error.Error.Type.Name : $"{error.Error.Type.Name}: {message}";
    }

    public static string Error(Func<Value> action) => Error(() => { action(); });

    public static string Repr(Value value) => Ops.Repr(value);

    /// <summary>The reprs of a tuple's items, comma-separated (tuple repr belongs to collections).</summary>
    public static string Items(Value tuple) => string.Join(", ", ((PyTuple)tuple.Object).Items.Select(Ops.Repr));
}
