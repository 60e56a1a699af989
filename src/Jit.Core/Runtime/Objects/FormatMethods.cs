using Jit.Runtime.Formatting;

namespace Jit.Runtime.Objects;

/// <summary><c>__format__</c> of int (and bool), float and complex: the format-spec mini-language
/// (Formatting/SpecFormatter.cs). An empty spec means <c>str(self)</c>.</summary>
internal static class FormatMethods
{
    /// <summary>The spec argument of a <c>__format__</c> method, checked as CPython does.</summary>
    public static string SpecArgument(string name, ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly(name, args, kwnames, 1, self: true);
        return args[1].ObjectOrNull is PyStr spec
            ? spec.Text
            : throw PyErr.TypeError($"__format__() argument must be str, not {Ops.TypeName(args[1])}");
    }

    [PyClass("int")]
    private static class IntFormat
    {
        [PyMethod("__format__")]
        private static Value Format(ReadOnlySpan<Value> args, string[]? kwnames)
        {
            string spec = SpecArgument("int.__format__", args, kwnames);
            Value self = args[0];
            return PyStr.From(spec.Length == 0
                ? Ops.Str(self)
                : SpecFormatter.FormatInt(Ops.ToBigInteger(self), spec, Ops.TypeName(self)));
        }
    }

    [PyClass("complex")]
    private static class ComplexFormat
    {
        [PyMethod("__format__")]
        private static Value Format(ReadOnlySpan<Value> args, string[]? kwnames)
        {
            string spec = SpecArgument("complex.__format__", args, kwnames);
            Value self = args[0];
            return PyStr.From(spec.Length == 0
                ? Ops.Str(self)
                : SpecFormatter.FormatComplex(((PyComplex)self.Object).Complex, spec, Ops.TypeName(self)));
        }
    }

    [PyClass("float")]
    private static class FloatFormat
    {
        [PyMethod("__format__")]
        private static Value Format(ReadOnlySpan<Value> args, string[]? kwnames)
        {
            string spec = SpecArgument("float.__format__", args, kwnames);
            Value self = args[0];
            return PyStr.From(spec.Length == 0
                ? Ops.Str(self)
                : SpecFormatter.FormatFloat(self.IsFloat ? self.Float : ((PyFloat)self.Object).Double, spec, Ops.TypeName(self)));
        }
    }
}
