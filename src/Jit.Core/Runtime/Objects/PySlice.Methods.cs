namespace Jit.Runtime.Objects;

/// <summary>The repr of slice objects (construction, attributes and indices() are in CoreTypeMethods).</summary>
[PyClass("slice")]
internal static class SliceReprMethods
{
    [PyMethod("__repr__")]
    private static Value Repr(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("slice.__repr__", args, kwnames, self: true);
        return PyStr.From(args[0].Object.ToString()!);
    }
}
