using System.Numerics;
using Jit.Runtime.Formatting;

namespace Jit.Runtime.Objects;

/// <summary>The methods of int (and, through inheritance, bool).</summary>
public sealed partial class PyInt
{
    private static readonly ArgSpec s_new = new("int", ["x", "base"], positionalOnly: 1);
    private static readonly ArgSpec s_round = new("__round__", ["ndigits"]);
    private static readonly ArgSpec s_toBytes = new("to_bytes", ["length", "byteorder", "signed"], keywordOnly: 2);
    private static readonly ArgSpec s_fromBytes = new("from_bytes", ["bytes", "byteorder", "signed"], required: 1, keywordOnly: 2);

    /// <summary><c>int(x)</c> of any object: ints, floats (truncated), str/bytes (parsed),
    /// <c>__int__</c>, <c>__index__</c>, <c>__trunc__</c>.</summary>
    public static Value FromObject(Value x)
    {
        if (x.IsInt)
        {
            return x;
        }

        if (x.IsFloat)
        {
            return FromDouble(x.Float);
        }

        switch (x.Object)
        {
            case PyBool b:
                return Runtime.Value.FromInt(b.Value ? 1 : 0);
            case PyInt i when !i.Type.IsHeapType:
                return x;
            case PyStr s:
                return NumberParsing.ParseInt(s.Text, 10, PyRepr.Str(s.Text));
            case PyBytes bytes:
                return NumberParsing.ParseInt(Latin1(bytes.Data), 10, PyRepr.Bytes(bytes.Data));
            case PyByteArray array:
                return NumberParsing.ParseInt(Latin1(array.AsSpan()), 10, "bytearray(" + PyRepr.Bytes(array.AsSpan()) + ")");
        }

        foreach (string name in (ReadOnlySpan<string>)["__int__", "__index__"])
        {
            Value method = x.Type.Lookup(name);
            if (!method.IsUnbound)
            {
                Value result = Ops.CallSpecial(method, x, default, null);
                if (!Ops.IsIntLike(result))
                {
                    throw PyErr.TypeError($"{name} returned non-int (type {Ops.TypeName(result)})");
                }

                return PyInt.Make(Ops.ToBigInteger(result));
            }
        }

        Value trunc = x.Type.Lookup("__trunc__");
        if (!trunc.IsUnbound)
        {
            Value result = Ops.CallSpecial(trunc, x, default, null);
            return Ops.IsIntLike(result) ? PyInt.Make(Ops.ToBigInteger(result)) : Ops.Index(result);
        }

        throw PyErr.TypeError($"int() argument must be a string, a bytes-like object or a real number, not '{Ops.TypeName(x)}'");
    }

    /// <summary>A float truncated toward zero (int(1.9) == 1).</summary>
    public static Value FromDouble(double value)
    {
        if (double.IsNaN(value))
        {
            throw PyErr.ValueError("cannot convert float NaN to integer");
        }

        if (double.IsInfinity(value))
        {
            throw PyErr.OverflowError("cannot convert float infinity to integer");
        }

        double truncated = Math.Truncate(value);
        if (truncated >= -9.2233720368547758e18 && truncated < 9.2233720368547758e18)
        {
            return Runtime.Value.FromInt((long)truncated);
        }

        return Make(new BigInteger(truncated));
    }

    /// <summary>round(int, ndigits) for a negative ndigits: half to even at 10^-ndigits.</summary>
    public static Value RoundInt(BigInteger value, BigInteger ndigits)
    {
        if (ndigits.Sign >= 0)
        {
            return Make(value);
        }

        if (-ndigits > 100000)
        {
            return Runtime.Value.FromInt(0);
        }

        BigInteger power = BigInteger.Pow(10, (int)-ndigits);
        BigInteger quotient = Numbers.FloorDivide(value, power);
        BigInteger remainder = value - (quotient * power);
        BigInteger twice = remainder * 2;
        if (twice > power || (twice == power && !quotient.IsEven))
        {
            quotient += 1;
        }

        return Make(quotient * power);
    }

    private static string Latin1(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[bytes.Length];
        for (int i = 0; i < bytes.Length; i++)
        {
            chars[i] = (char)bytes[i];
        }

        return new string(chars);
    }

    [PyTypeInit]
    private static void InitType(PyType type, IDictionary<string, Value> members)
    {
        foreach (BinaryOp op in Enum.GetValues<BinaryOp>())
        {
            if (op == BinaryOp.MatrixMultiply)
            {
                continue;
            }

            BinaryOp captured = op;
            members[Ops.MethodName(op)] = PyBuiltinFunction.Method(Ops.MethodName(op), type, (args, kwnames) => IntBinary(captured, args, kwnames, reflected: false));
            members[Ops.ReflectedMethodName(op)] = PyBuiltinFunction.Method(Ops.ReflectedMethodName(op), type, (args, kwnames) => IntBinary(captured, args, kwnames, reflected: true));
        }

        foreach (CompareOp op in Enum.GetValues<CompareOp>())
        {
            CompareOp captured = op;
            string name = "__" + op.ToString().ToLowerInvariant() + "__";
            members[name] = PyBuiltinFunction.Method(name, type, (args, kwnames) =>
            {
                SlotArgs(args, kwnames, 1);
                return Ops.IsIntLike(args[1])
                    ? Runtime.Value.FromBool(Ops.CompareNumbers(captured, args[0], args[1])!.Value)
                    : PyNotImplemented.Instance;
            });
        }
    }

    /// <summary>Arity check of a slot wrapper: "expected 1 argument, got 0".</summary>
    internal static void SlotArgs(ReadOnlySpan<Value> args, string[]? kwnames, int count)
    {
        ArgParser.NoKeywords("wrapper", kwnames);
        if (args.Length - 1 != count)
        {
            throw PyErr.TypeError($"expected {count} argument{(count == 1 ? string.Empty : "s")}, got {args.Length - 1}");
        }
    }

    private static Value IntBinary(BinaryOp op, ReadOnlySpan<Value> args, string[]? kwnames, bool reflected)
    {
        if (op == BinaryOp.Power && args.Length == 3 && kwnames is null)
        {
            return reflected || args[2].IsNone
                ? IntBinary(op, args[..2], null, reflected)
                : Ops.IsIntLike(args[1]) && Ops.IsIntLike(args[2])
                    ? Numbers.ModPow(Ops.ToBigInteger(args[0]), Ops.ToBigInteger(args[1]), Ops.ToBigInteger(args[2]))
                    : PyNotImplemented.Instance;
        }

        SlotArgs(args, kwnames, 1);
        if (!Ops.IsIntLike(args[1]))
        {
            return PyNotImplemented.Instance;
        }

        return reflected ? Numbers.BinaryAny(op, args[1], args[0]) : Numbers.BinaryAny(op, args[0], args[1]);
    }

    private static Value Exact(Value self) => self.IsInt ? self : Make(Ops.ToBigInteger(self));

    [PyMethod("__new__")]
    private static Value New(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        var cls = (PyType)args[0].Object;
        var bound = default(ArgBuffer);
        s_new.Bind(args[1..], kwnames, bound);
        Value result;
        if (bound[1].IsUnbound)
        {
            result = bound[0].IsUnbound ? Runtime.Value.FromInt(0) : FromObject(bound[0]);
        }
        else
        {
            long numberBase = Ops.AsSsize(bound[1]);
            if (numberBase != 0 && (numberBase < 2 || numberBase > 36))
            {
                throw PyErr.ValueError("int() base must be >= 2 and <= 36, or 0");
            }

            result = bound[0].ObjectOrNull switch
            {
                PyStr s => NumberParsing.ParseInt(s.Text, (int)numberBase, PyRepr.Str(s.Text)),
                PyBytes b => NumberParsing.ParseInt(Latin1(b.Data), (int)numberBase, PyRepr.Bytes(b.Data)),
                PyByteArray a => NumberParsing.ParseInt(Latin1(a.AsSpan()), (int)numberBase, "bytearray(" + PyRepr.Bytes(a.AsSpan()) + ")"),
                _ => bound[0].IsUnbound
                    ? throw PyErr.TypeError("int() missing string argument")
                    : throw PyErr.TypeError("int() can't convert non-string with explicit base"),
            };
        }

        if (ReferenceEquals(cls, PyType.Int))
        {
            return result;
        }

        if (!cls.IsSubtypeOf(PyType.Int))
        {
            throw PyErr.TypeError($"int.__new__({cls.Name}): {cls.Name} is not a subtype of int");
        }

        return new PyInt(cls, Ops.ToBigInteger(result));
    }

    [PyMethod("__repr__")]
    private static Value Repr(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("int.__repr__", args, kwnames, self: true);
        return PyStr.From(Ops.IntToString(Ops.ToBigInteger(args[0])));
    }

    [PyMethod("__hash__")]
    private static Value Hash(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("int.__hash__", args, kwnames, self: true);
        return Runtime.Value.FromInt(PyHash.BigInt(Ops.ToBigInteger(args[0])));
    }

    [PyMethod("__bool__")]
    private static Value Bool(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("int.__bool__", args, kwnames, self: true);
        return Runtime.Value.FromBool(!Ops.ToBigInteger(args[0]).IsZero);
    }

    [PyMethod("__int__")]
    [PyMethod("__index__")]
    [PyMethod("__pos__")]
    [PyMethod("__trunc__")]
    [PyMethod("__floor__")]
    [PyMethod("__ceil__")]
    [PyMethod("conjugate")]
    private static Value Int(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("int.__int__", args, kwnames, self: true);
        return Exact(args[0]);
    }

    [PyMethod("__float__")]
    private static Value Float(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("int.__float__", args, kwnames, self: true);
        return Runtime.Value.FromFloat(Ops.BigToDouble(Ops.ToBigInteger(args[0])));
    }

    [PyMethod("__neg__")]
    private static Value Neg(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("int.__neg__", args, kwnames, self: true);
        return Make(-Ops.ToBigInteger(args[0]));
    }

    [PyMethod("__invert__")]
    private static Value Invert(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("int.__invert__", args, kwnames, self: true);
        return Make(-Ops.ToBigInteger(args[0]) - 1);
    }

    [PyMethod("__abs__")]
    private static Value Abs(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("int.__abs__", args, kwnames, self: true);
        return Make(BigInteger.Abs(Ops.ToBigInteger(args[0])));
    }

    [PyMethod("__divmod__")]
    private static Value DivMod(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        SlotArgs(args, kwnames, 1);
        return Ops.IsIntLike(args[1]) ? Numbers.DivModAny(args[0], args[1]) : PyNotImplemented.Instance;
    }

    [PyMethod("__rdivmod__")]
    private static Value RDivMod(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        SlotArgs(args, kwnames, 1);
        return Ops.IsIntLike(args[1]) ? Numbers.DivModAny(args[1], args[0]) : PyNotImplemented.Instance;
    }

    [PyMethod("__round__")]
    private static Value Round(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        var bound = default(ArgBuffer);
        s_round.Bind(args[1..], kwnames, bound);
        if (bound[0].IsUnbound || bound[0].IsNone)
        {
            return Exact(args[0]);
        }

        return RoundInt(Ops.ToBigInteger(args[0]), Ops.ToBigInteger(Ops.Index(bound[0])));
    }

    [PyMethod("__getnewargs__")]
    private static Value GetNewArgs(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("int.__getnewargs__", args, kwnames, self: true);
        return PyTuple.Create(Exact(args[0]));
    }

    [PyMethod("bit_length")]
    private static Value BitLength(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("int.bit_length", args, kwnames, self: true);
        if (args[0].IsInt)
        {
            long v = args[0].Int;
            ulong magnitude = v < 0 ? (ulong)(-(v + 1)) + 1 : (ulong)v;
            return Runtime.Value.FromInt(64 - BitOperations.LeadingZeroCount(magnitude));
        }

        return Runtime.Value.FromInt((long)BigInteger.Abs(Ops.ToBigInteger(args[0])).GetBitLength());
    }

    [PyMethod("bit_count")]
    private static Value BitCount(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("int.bit_count", args, kwnames, self: true);
        BigInteger magnitude = BigInteger.Abs(Ops.ToBigInteger(args[0]));
        long count = 0;
        foreach (byte b in magnitude.ToByteArray(isUnsigned: true))
        {
            count += BitOperations.PopCount(b);
        }

        return Runtime.Value.FromInt(count);
    }

    [PyMethod("as_integer_ratio")]
    private static Value AsIntegerRatio(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("int.as_integer_ratio", args, kwnames, self: true);
        return PyTuple.Create(Exact(args[0]), Runtime.Value.FromInt(1));
    }

    [PyMethod("to_bytes")]
    private static Value ToBytes(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        var bound = default(ArgBuffer);
        s_toBytes.Bind(args[1..], kwnames, bound);
        long length = bound[0].IsUnbound ? 1 : Ops.AsSsize(bound[0]);
        bool little = ByteOrder(bound[1]);
        bool signed = !bound[2].IsUnbound && Ops.IsTrue(bound[2]);
        if (length < 0)
        {
            throw PyErr.ValueError("length argument must be non-negative");
        }

        BigInteger value = Ops.ToBigInteger(args[0]);
        if (!signed && value.Sign < 0)
        {
            throw PyErr.OverflowError("can't convert negative int to unsigned");
        }

        byte[] raw = value.ToByteArray(isUnsigned: !signed, isBigEndian: false);
        if (value.IsZero)
        {
            raw = [];
        }

        if (raw.Length > length)
        {
            throw PyErr.OverflowError("int too big to convert");
        }

        var result = new byte[length];
        raw.CopyTo(result, 0);
        if (value.Sign < 0)
        {
            result.AsSpan(raw.Length).Fill(0xff);
        }

        if (!little)
        {
            Array.Reverse(result);
        }

        return new PyBytes(result);
    }

    [PyClassMethod("from_bytes")]
    private static Value FromBytes(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        var cls = (PyType)args[0].Object;
        var bound = default(ArgBuffer);
        s_fromBytes.Bind(args[1..], kwnames, bound);
        bool little = ByteOrder(bound[1]);
        bool signed = !bound[2].IsUnbound && Ops.IsTrue(bound[2]);
        byte[] bytes = bound[0].ObjectOrNull switch
        {
            PyBytes b => b.Data,
            PyByteArray a => a.ToArray(),
            PyStr => throw PyErr.TypeError("cannot convert 'str' object to bytes"),
            _ => Ops.ToArray(bound[0]).Select(v => (byte)Ops.AsSsize(v)).ToArray(),
        };
        var value = new BigInteger(bytes, isUnsigned: !signed, isBigEndian: !little);
        Value result = Make(value);
        return ReferenceEquals(cls, PyType.Int) ? result : Ops.Call(cls, result);
    }

    [PyGetter("real")]
    [PyGetter("numerator")]
    private static Value Real(Value self) => Exact(self);

    [PyGetter("imag")]
    private static Value Imag(Value self) => Runtime.Value.FromInt(0);

    [PyGetter("denominator")]
    private static Value Denominator(Value self) => Runtime.Value.FromInt(1);

    private static bool ByteOrder(Value value)
    {
        if (value.IsUnbound)
        {
            return false;
        }

        if (value.ObjectOrNull is not PyStr s)
        {
            throw PyErr.TypeError($"to_bytes() argument 'byteorder' must be str, not {Ops.TypeName(value)}");
        }

        return s.Text switch
        {
            "little" => true,
            "big" => false,
            _ => throw PyErr.ValueError("byteorder must be either 'little' or 'big'"),
        };
    }
}

/// <summary>The methods bool adds to int.</summary>
[PyClass("bool")]
internal static class BoolMethods
{
    [PyMethod("__new__")]
    private static Value New(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoKeywords("bool", kwnames);
        int count = ArgParser.Unpack("bool", args, kwnames, 0, 1, self: true);
        return Value.FromBool(count == 1 && Ops.IsTrue(args[1]));
    }

    [PyMethod("__repr__")]
    private static Value Repr(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("bool.__repr__", args, kwnames, self: true);
        return PyStr.From(((PyBool)args[0].Object).Value ? "True" : "False");
    }

    [PyTypeInit]
    private static void InitType(PyType type, IDictionary<string, Value> members)
    {
        foreach (BinaryOp op in (ReadOnlySpan<BinaryOp>)[BinaryOp.And, BinaryOp.Or, BinaryOp.Xor])
        {
            BinaryOp captured = op;
            members[Ops.MethodName(op)] = PyBuiltinFunction.Method(Ops.MethodName(op), type, (args, kwnames) => Logical(captured, args, kwnames));
            members[Ops.ReflectedMethodName(op)] = PyBuiltinFunction.Method(Ops.ReflectedMethodName(op), type, (args, kwnames) => Logical(captured, args, kwnames));
        }
    }

    private static Value Logical(BinaryOp op, ReadOnlySpan<Value> args, string[]? kwnames)
    {
        PyInt.SlotArgs(args, kwnames, 1);
        if (args[0].ObjectOrNull is PyBool a && args[1].ObjectOrNull is PyBool b)
        {
            return Value.FromBool(op switch
            {
                BinaryOp.And => a.Value & b.Value,
                BinaryOp.Or => a.Value | b.Value,
                _ => a.Value ^ b.Value,
            });
        }

        return Ops.IsIntLike(args[1]) ? Numbers.BinaryAny(op, args[0], args[1]) : PyNotImplemented.Instance;
    }
}
