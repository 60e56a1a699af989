using System.Numerics;
using Jit.Runtime.Formatting;

namespace Jit.Runtime.Objects;

/// <summary>The methods of complex.</summary>
public sealed partial class PyComplex
{
    private static readonly ArgSpec s_new = new("complex", ["real", "imag"]);

    /// <summary>Parses <c>complex("1+2j")</c>.</summary>
    public static Complex Parse(string text)
    {
        string s = NumberParsing.StripWhitespace(text);
        if (s.StartsWith('(') && s.EndsWith(')'))
        {
            s = NumberParsing.StripWhitespace(s[1..^1]);
        }

        if (s.Length > 0 && s[^1] is 'j' or 'J')
        {
            string body = s[..^1];
            // Split at the last sign that is not part of an exponent.
            for (int i = body.Length - 1; i > 0; i--)
            {
                if (body[i] is '+' or '-' && body[i - 1] is not ('e' or 'E'))
                {
                    if (NumberParsing.TryParseFloat(body[..i], out double real) && TryImag(body[i..], out double imag))
                    {
                        return new Complex(real, imag);
                    }

                    throw Malformed();
                }
            }

            return TryImag(body, out double pure) ? new Complex(0, pure) : throw Malformed();
        }

        return NumberParsing.TryParseFloat(s, out double value) && !s.Contains(' ') ? new Complex(value, 0) : throw Malformed();

        static bool TryImag(string text, out double imag)
        {
            if (text is "" or "+")
            {
                imag = 1;
                return true;
            }

            if (text == "-")
            {
                imag = -1;
                return true;
            }

            return NumberParsing.TryParseFloat(text, out imag) && !text.Contains(' ');
        }

        static PyException Malformed() => PyErr.ValueError("complex() arg is a malformed string");
    }

    /// <summary>The complex value of a number (complex, float, int, <c>__complex__</c>, <c>__float__</c>).</summary>
    public static Complex ToComplex(Value value, string role)
    {
        if (value.ObjectOrNull is PyComplex c)
        {
            return c.Complex;
        }

        Value method = value.Type.Lookup("__complex__");
        if (!method.IsUnbound)
        {
            Value result = Ops.CallSpecial(method, value, default, null);
            return result.ObjectOrNull is PyComplex rc
                ? rc.Complex
                : throw PyErr.TypeError($"__complex__ returned non-complex (type {Ops.TypeName(result)})");
        }

        if (!Ops.IsRealLike(value) && value.Type.Lookup("__float__").IsUnbound && value.Type.Lookup("__index__").IsUnbound)
        {
            throw PyErr.TypeError($"complex() {role} must be a number, not '{Ops.TypeName(value)}'");
        }

        return new Complex(Ops.ToDouble(value), 0);
    }

    [PyTypeInit]
    private static void InitType(PyType type, IDictionary<string, Value> members)
    {
        foreach (BinaryOp op in (ReadOnlySpan<BinaryOp>)[BinaryOp.Add, BinaryOp.Subtract, BinaryOp.Multiply, BinaryOp.TrueDivide, BinaryOp.Power])
        {
            BinaryOp captured = op;
            members[Ops.MethodName(op)] = PyBuiltinFunction.Method(Ops.MethodName(op), type, (args, kwnames) => ComplexBinary(captured, args, kwnames, reflected: false));
            members[Ops.ReflectedMethodName(op)] = PyBuiltinFunction.Method(Ops.ReflectedMethodName(op), type, (args, kwnames) => ComplexBinary(captured, args, kwnames, reflected: true));
        }

        foreach (CompareOp op in Enum.GetValues<CompareOp>())
        {
            CompareOp captured = op;
            string name = "__" + op.ToString().ToLowerInvariant() + "__";
            members[name] = PyBuiltinFunction.Method(name, type, (args, kwnames) =>
            {
                PyInt.SlotArgs(args, kwnames, 1);
                if (captured is not (CompareOp.Eq or CompareOp.Ne) || !(args[1].ObjectOrNull is PyComplex || Ops.IsRealLike(args[1])))
                {
                    return PyNotImplemented.Instance;
                }

                Complex a = ((PyComplex)args[0].Object).Complex;
                bool equal = args[1].ObjectOrNull is PyComplex other
                    ? a == other.Complex
                    : a.Imaginary == 0 && Ops.CompareNumbers(CompareOp.Eq, Value.FromFloat(a.Real), args[1]) == true;
                return Value.FromBool(captured == CompareOp.Eq ? equal : !equal);
            });
        }
    }

    private static Value ComplexBinary(BinaryOp op, ReadOnlySpan<Value> args, string[]? kwnames, bool reflected)
    {
        if (op == BinaryOp.Power && args.Length == 3 && kwnames is null)
        {
            if (!args[2].IsNone)
            {
                throw PyErr.ValueError("complex modulo");
            }

            args = args[..2];
        }

        PyInt.SlotArgs(args, kwnames, 1);
        if (!(args[1].ObjectOrNull is PyComplex || Ops.IsRealLike(args[1])))
        {
            return PyNotImplemented.Instance;
        }

        Value self = new PyComplex(((PyComplex)args[0].Object).Complex);
        Value other = new PyComplex(ToComplex(args[1], "argument"));
        return reflected ? Numbers.BinaryAny(op, other, self) : Numbers.BinaryAny(op, self, other);
    }

    [PyMethod("__new__")]
    private static Value New(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        var cls = (PyType)args[0].Object;
        var bound = default(ArgBuffer);
        s_new.Bind(args[1..], kwnames, bound);
        Complex value;
        if (bound[0].ObjectOrNull is PyStr s)
        {
            if (!bound[1].IsUnbound)
            {
                throw PyErr.TypeError("complex() can't take second arg if first is a string");
            }

            value = Parse(s.Text);
        }
        else
        {
            if (bound[1].ObjectOrNull is PyStr)
            {
                throw PyErr.TypeError("complex() second arg can't be a string");
            }

            Complex real = bound[0].IsUnbound ? Complex.Zero : ToComplex(bound[0], "first argument");
            Complex imag = bound[1].IsUnbound ? Complex.Zero : ToComplex(bound[1], "second argument");
            value = new Complex(real.Real - imag.Imaginary, real.Imaginary + imag.Real);
        }

        return ReferenceEquals(cls, PyType.Complex) ? new PyComplex(value) : new PyComplex(cls, value);
    }

    [PyMethod("__repr__")]
    private static Value Repr(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("complex.__repr__", args, kwnames, self: true);
        return PyStr.From(FloatFormatter.ComplexRepr(((PyComplex)args[0].Object).Complex));
    }

    [PyMethod("__hash__")]
    private static Value Hash(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("complex.__hash__", args, kwnames, self: true);
        Complex c = ((PyComplex)args[0].Object).Complex;
        return Value.FromInt(PyHash.Complex(c.Real, c.Imaginary));
    }

    [PyMethod("__bool__")]
    private static Value Bool(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("complex.__bool__", args, kwnames, self: true);
        return Value.FromBool(((PyComplex)args[0].Object).Complex != Complex.Zero);
    }

    [PyMethod("__neg__")]
    private static Value Neg(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("complex.__neg__", args, kwnames, self: true);
        Complex c = ((PyComplex)args[0].Object).Complex;
        return new PyComplex(-c.Real, -c.Imaginary);
    }

    [PyMethod("__pos__")]
    private static Value Pos(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("complex.__pos__", args, kwnames, self: true);
        return new PyComplex(((PyComplex)args[0].Object).Complex);
    }

    [PyMethod("__abs__")]
    private static Value Abs(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("complex.__abs__", args, kwnames, self: true);
        return Value.FromFloat(Numbers.ComplexAbs(((PyComplex)args[0].Object).Complex));
    }

    [PyMethod("conjugate")]
    private static Value Conjugate(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("complex.conjugate", args, kwnames, self: true);
        Complex c = ((PyComplex)args[0].Object).Complex;
        return new PyComplex(c.Real, -c.Imaginary);
    }

    [PyMethod("__complex__")]
    private static Value AsComplex(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("complex.__complex__", args, kwnames, self: true);
        return new PyComplex(((PyComplex)args[0].Object).Complex);
    }

    [PyGetter("real")]
    private static Value RealPart(Value self) => Value.FromFloat(((PyComplex)self.Object).Real);

    [PyGetter("imag")]
    private static Value ImagPart(Value self) => Value.FromFloat(((PyComplex)self.Object).Imag);
}
