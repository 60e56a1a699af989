using Jit.Runtime;
using Jit.Runtime.Objects;

namespace Jit.Vm;

/// <summary>What a coroutine's <c>__await__()</c> returns: an iterator that drives the coroutine,
/// forwarding send, throw and close to it.</summary>
[PyClass("coroutine_wrapper")]
public sealed class PyCoroutineWrapper : PyIterator
{
    private static readonly PyType WrapperType = PyType.Builtin("coroutine_wrapper", TypeFlags.Builtin | TypeFlags.Layout | TypeFlags.Iterator);

    private readonly PyGenerator _coroutine;

    public PyCoroutineWrapper(PyGenerator coroutine)
        : base(WrapperType)
    {
        _coroutine = coroutine;
    }

    public override bool TryNext(out Value value) => _coroutine.Resume(Value.None, out value);

    [PyMethod("send")]
    private static Value Send(ReadOnlySpan<Value> args, string[]? kwnames) => Forward("send", args, kwnames);

    [PyMethod("throw")]
    private static Value Throw(ReadOnlySpan<Value> args, string[]? kwnames) => Forward("throw", args, kwnames);

    [PyMethod("close")]
    private static Value Close(ReadOnlySpan<Value> args, string[]? kwnames) => Forward("close", args, kwnames);

    private static Value Forward(string method, ReadOnlySpan<Value> args, string[]? kwnames) =>
        Ops.Call(Ops.GetAttr(((PyCoroutineWrapper)args[0].Object)._coroutine, method), args[1..], kwnames);
}

/// <summary>The coroutine-only attribute: <c>__await__</c>.</summary>
[PyClass("coroutine")]
internal static class CoroutineMethods
{
    [PyMethod("__await__")]
    private static Value Await(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("__await__", args, kwnames, self: true);
        return new PyCoroutineWrapper((PyGenerator)args[0].Object);
    }
}
