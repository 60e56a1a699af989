using System.Globalization;
using System.Numerics;
using System.Text;
using Jit.Runtime.Formatting;

namespace Jit.Runtime.Objects;

/// <summary>The methods of float.</summary>
public sealed partial class PyFloat
{
    private static readonly ArgSpec s_round = new("__round__", ["ndigits"]);

    /// <summary><c>float(x)</c> of any object.</summary>
    public static double FromObject(Value x)
    {
        if (x.IsFloat)
        {
            return x.Float;
        }

        switch (x.ObjectOrNull)
        {
            case PyStr s:
                return NumberParsing.ParseFloat(s.Text, PyRepr.Str(s.Text));
            case PyBytes b:
                return NumberParsing.ParseFloat(Encoding.Latin1.GetString(b.Data), PyRepr.Bytes(b.Data));
            case PyByteArray a:
                return NumberParsing.ParseFloat(Encoding.Latin1.GetString(a.AsSpan()), "bytearray(" + PyRepr.Bytes(a.AsSpan()) + ")");
        }

        if (!Ops.IsRealLike(x) && x.Type.Lookup("__float__").IsUnbound && x.Type.Lookup("__index__").IsUnbound)
        {
            throw PyErr.TypeError($"float() argument must be a string or a real number, not '{Ops.TypeName(x)}'");
        }

        return Ops.ToDouble(x);
    }

    /// <summary>round(x, ndigits) correctly rounded: half to even on the exact decimal value of x.</summary>
    public static double Round(double x, long ndigits)
    {
        if (!double.IsFinite(x) || x == 0)
        {
            return x;
        }

        if (ndigits > 323)
        {
            return x;
        }

        if (ndigits < -308)
        {
            return 0.0 * x;
        }

        // x = mantissa * 2^exponent exactly.
        long bits = BitConverter.DoubleToInt64Bits(x);
        int rawExponent = (int)((bits >> 52) & 0x7ff);
        long mantissa = bits & 0xfffffffffffffL;
        if (rawExponent == 0)
        {
            rawExponent = 1;
        }
        else
        {
            mantissa |= 1L << 52;
        }

        int exponent = rawExponent - 1075;
        BigInteger numerator = mantissa;
        BigInteger denominator = BigInteger.One;
        if (exponent > 0)
        {
            numerator <<= exponent;
        }
        else
        {
            denominator <<= -exponent;
        }

        if (ndigits >= 0)
        {
            numerator *= BigInteger.Pow(10, (int)ndigits);
        }
        else
        {
            denominator *= BigInteger.Pow(10, (int)-ndigits);
        }

        BigInteger quotient = BigInteger.DivRem(numerator, denominator, out BigInteger remainder);
        BigInteger twice = remainder * 2;
        if (twice > denominator || (twice == denominator && !quotient.IsEven))
        {
            quotient += 1;
        }

        string text = quotient.ToString(CultureInfo.InvariantCulture) + "e" + (-ndigits).ToString(CultureInfo.InvariantCulture);
        double result = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (double.IsInfinity(result))
        {
            throw PyErr.OverflowError("rounded value too large to represent");
        }

        return x < 0 ? -result : result;
    }

    /// <summary>float.hex().</summary>
    public static string Hex(double x)
    {
        if (double.IsNaN(x))
        {
            return "nan";
        }

        if (double.IsInfinity(x))
        {
            return x > 0 ? "inf" : "-inf";
        }

        string sign = double.IsNegative(x) ? "-" : string.Empty;
        if (x == 0)
        {
            return sign + "0x0.0p+0";
        }

        long bits = BitConverter.DoubleToInt64Bits(Math.Abs(x));
        int rawExponent = (int)(bits >> 52);
        long fraction = bits & 0xfffffffffffffL;
        string lead = rawExponent == 0 ? "0" : "1";
        int exponent = rawExponent == 0 ? -1022 : rawExponent - 1023;
        return $"{sign}0x{lead}.{fraction:x13}p{(exponent >= 0 ? "+" : string.Empty)}{exponent}";
    }

    /// <summary>float.fromhex().</summary>
    public static double FromHex(string text)
    {
        string s = NumberParsing.StripWhitespace(text).ToLowerInvariant();
        if (NumberParsing.TryParseFloat(s, out double special) && (double.IsInfinity(special) || double.IsNaN(special)))
        {
            return special;
        }

        int i = 0;
        bool negative = false;
        if (i < s.Length && s[i] is '+' or '-')
        {
            negative = s[i] == '-';
            i++;
        }

        if (s.AsSpan(i).StartsWith("0x"))
        {
            i += 2;
        }

        BigInteger mantissa = BigInteger.Zero;
        int digits = 0;
        int fractionDigits = 0;
        bool dot = false;
        for (; i < s.Length; i++)
        {
            char c = s[i];
            if (c == '.' && !dot)
            {
                dot = true;
                continue;
            }

            int d = c is >= '0' and <= '9' ? c - '0' : c is >= 'a' and <= 'f' ? c - 'a' + 10 : -1;
            if (d < 0)
            {
                break;
            }

            mantissa = (mantissa * 16) + d;
            digits++;
            if (dot)
            {
                fractionDigits++;
            }
        }

        long exponent = 0;
        if (i < s.Length && s[i] == 'p')
        {
            i++;
            int start = i;
            if (i < s.Length && s[i] is '+' or '-')
            {
                i++;
            }

            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                i++;
            }

            if (!long.TryParse(s.AsSpan(start, i - start), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exponent))
            {
                throw PyErr.ValueError("invalid hexadecimal floating-point string");
            }
        }

        if (digits == 0 || i != s.Length)
        {
            throw PyErr.ValueError("invalid hexadecimal floating-point string");
        }

        double value = ScaleExact(mantissa, exponent - (4L * fractionDigits));
        if (double.IsInfinity(value))
        {
            throw PyErr.OverflowError("hexadecimal value too large to represent as a float");
        }

        return negative ? -value : value;
    }

    /// <summary>mantissa * 2^exponent correctly rounded to a double.</summary>
    private static double ScaleExact(BigInteger mantissa, long exponent)
    {
        if (mantissa.IsZero)
        {
            return 0;
        }

        if (exponent >= 0)
        {
            return exponent > 2000 ? double.PositiveInfinity : Ops.BigToDoubleUnchecked(mantissa << (int)exponent);
        }

        return exponent < -2200 ? 0 : Numbers.TrueDivide(mantissa, BigInteger.One << (int)-exponent);
    }

    private static double Self(ReadOnlySpan<Value> args) => args[0].IsFloat ? args[0].Float : ((PyFloat)args[0].Object).Double;

    [PyTypeInit]
    private static void InitType(PyType type, IDictionary<string, Value> members)
    {
        foreach (BinaryOp op in (ReadOnlySpan<BinaryOp>)[BinaryOp.Add, BinaryOp.Subtract, BinaryOp.Multiply, BinaryOp.TrueDivide, BinaryOp.FloorDivide, BinaryOp.Remainder, BinaryOp.Power])
        {
            BinaryOp captured = op;
            members[Ops.MethodName(op)] = PyBuiltinFunction.Method(Ops.MethodName(op), type, (args, kwnames) => FloatBinary(captured, args, kwnames, reflected: false));
            members[Ops.ReflectedMethodName(op)] = PyBuiltinFunction.Method(Ops.ReflectedMethodName(op), type, (args, kwnames) => FloatBinary(captured, args, kwnames, reflected: true));
        }

        foreach (CompareOp op in Enum.GetValues<CompareOp>())
        {
            CompareOp captured = op;
            string name = "__" + op.ToString().ToLowerInvariant() + "__";
            members[name] = PyBuiltinFunction.Method(name, type, (args, kwnames) =>
            {
                PyInt.SlotArgs(args, kwnames, 1);
                bool? result = Ops.CompareNumbers(captured, args[0], args[1]);
                return result is bool b ? Value.FromBool(b) : PyNotImplemented.Instance;
            });
        }
    }

    private static Value FloatBinary(BinaryOp op, ReadOnlySpan<Value> args, string[]? kwnames, bool reflected)
    {
        if (op == BinaryOp.Power && args.Length == 3 && kwnames is null)
        {
            if (!args[2].IsNone)
            {
                throw PyErr.TypeError("pow() 3rd argument not allowed unless all arguments are integers");
            }

            args = args[..2];
        }

        PyInt.SlotArgs(args, kwnames, 1);
        if (!Ops.IsRealLike(args[1]))
        {
            return PyNotImplemented.Instance;
        }

        Value self = Value.FromFloat(Self(args));
        Value other = Value.FromFloat(Ops.ToDouble(args[1]));
        return reflected ? Numbers.BinaryAny(op, other, self) : Numbers.BinaryAny(op, self, other);
    }

    [PyMethod("__new__")]
    private static Value New(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        var cls = (PyType)args[0].Object;
        ArgParser.NoKeywords("float", kwnames);
        int count = ArgParser.Unpack("float", args, kwnames, 0, 1, self: true);
        double value = count == 0 ? 0.0 : FromObject(args[1]);
        if (ReferenceEquals(cls, PyType.Float))
        {
            return Value.FromFloat(value);
        }

        if (!cls.IsSubtypeOf(PyType.Float))
        {
            throw PyErr.TypeError($"float.__new__({cls.Name}): {cls.Name} is not a subtype of float");
        }

        return new PyFloat(cls, value);
    }

    [PyMethod("__repr__")]
    private static Value Repr(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("float.__repr__", args, kwnames, self: true);
        return PyStr.From(FloatFormatter.Repr(Self(args)));
    }

    [PyMethod("__hash__")]
    private static Value Hash(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("float.__hash__", args, kwnames, self: true);
        return Value.FromInt(PyHash.Float(Self(args)));
    }

    [PyMethod("__bool__")]
    private static Value Bool(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("float.__bool__", args, kwnames, self: true);
        return Value.FromBool(Self(args) != 0);
    }

    [PyMethod("__int__")]
    [PyMethod("__trunc__")]
    private static Value Int(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("float.__int__", args, kwnames, self: true);
        return PyInt.FromDouble(Self(args));
    }

    [PyMethod("__floor__")]
    private static Value Floor(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("float.__floor__", args, kwnames, self: true);
        return PyInt.FromDouble(Math.Floor(Self(args)));
    }

    [PyMethod("__ceil__")]
    private static Value Ceil(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("float.__ceil__", args, kwnames, self: true);
        return PyInt.FromDouble(Math.Ceiling(Self(args)));
    }

    [PyMethod("__float__")]
    [PyMethod("__pos__")]
    [PyMethod("conjugate")]
    private static Value Float(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("float.__float__", args, kwnames, self: true);
        return Value.FromFloat(Self(args));
    }

    [PyMethod("__neg__")]
    private static Value Neg(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("float.__neg__", args, kwnames, self: true);
        return Value.FromFloat(-Self(args));
    }

    [PyMethod("__abs__")]
    private static Value Abs(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("float.__abs__", args, kwnames, self: true);
        return Value.FromFloat(Math.Abs(Self(args)));
    }

    [PyMethod("__divmod__")]
    private static Value DivMod(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        PyInt.SlotArgs(args, kwnames, 1);
        return Ops.IsRealLike(args[1]) ? Numbers.DivModAny(Value.FromFloat(Self(args)), args[1]) : PyNotImplemented.Instance;
    }

    [PyMethod("__rdivmod__")]
    private static Value RDivMod(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        PyInt.SlotArgs(args, kwnames, 1);
        return Ops.IsRealLike(args[1]) ? Numbers.DivModAny(Value.FromFloat(Ops.ToDouble(args[1])), Value.FromFloat(Self(args))) : PyNotImplemented.Instance;
    }

    [PyMethod("__round__")]
    private static Value RoundMethod(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        var bound = default(ArgBuffer);
        s_round.Bind(args[1..], kwnames, bound);
        double x = Self(args);
        if (bound[0].IsUnbound || bound[0].IsNone)
        {
            return PyInt.FromDouble(Math.Round(x, MidpointRounding.ToEven));
        }

        return Value.FromFloat(Round(x, Ops.AsSsize(bound[0])));
    }

    [PyMethod("is_integer")]
    private static Value IsInteger(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("float.is_integer", args, kwnames, self: true);
        double x = Self(args);
        return Value.FromBool(double.IsFinite(x) && Math.Floor(x) == x);
    }

    [PyMethod("as_integer_ratio")]
    private static Value AsIntegerRatio(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("float.as_integer_ratio", args, kwnames, self: true);
        double x = Self(args);
        if (double.IsInfinity(x))
        {
            throw PyErr.OverflowError("cannot convert Infinity to integer ratio");
        }

        if (double.IsNaN(x))
        {
            throw PyErr.ValueError("cannot convert NaN to integer ratio");
        }

        if (x == 0)
        {
            return PyTuple.Create(Value.FromInt(0), Value.FromInt(1));
        }

        long bits = BitConverter.DoubleToInt64Bits(x);
        int rawExponent = (int)((bits >> 52) & 0x7ff);
        long mantissa = bits & 0xfffffffffffffL;
        if (rawExponent == 0)
        {
            rawExponent = 1;
        }
        else
        {
            mantissa |= 1L << 52;
        }

        int exponent = rawExponent - 1075;
        int shift = Math.Min(BitOperations.TrailingZeroCount(mantissa), Math.Max(0, -exponent));
        mantissa >>= shift;
        exponent += shift;
        BigInteger numerator = x < 0 ? -(BigInteger)mantissa : mantissa;
        BigInteger denominator = BigInteger.One;
        if (exponent > 0)
        {
            numerator <<= exponent;
        }
        else
        {
            denominator <<= -exponent;
        }

        return PyTuple.Create(PyInt.Make(numerator), PyInt.Make(denominator));
    }

    [PyMethod("hex")]
    private static Value HexMethod(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("float.hex", args, kwnames, self: true);
        return PyStr.From(Hex(Self(args)));
    }

    [PyClassMethod("fromhex")]
    private static Value FromHexMethod(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("float.fromhex", args, kwnames, 1, self: true);
        if (args[1].ObjectOrNull is not PyStr s)
        {
            throw PyErr.TypeError($"fromhex() argument must be str, not {Ops.TypeName(args[1])}");
        }

        Value result = Value.FromFloat(FromHex(s.Text));
        return ReferenceEquals(args[0].Object, PyType.Float) ? result : Ops.Call(args[0], result);
    }

    [PyMethod("__getnewargs__")]
    private static Value GetNewArgs(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("float.__getnewargs__", args, kwnames, self: true);
        return PyTuple.Create(Value.FromFloat(Self(args)));
    }

    [PyGetter("real")]
    private static Value Real(Value self) => Value.FromFloat(self.IsFloat ? self.Float : ((PyFloat)self.Object).Double);

    [PyGetter("imag")]
    private static Value Imag(Value self) => Value.FromFloat(0.0);
}
