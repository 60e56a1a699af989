using System.Numerics;
using System.Runtime.CompilerServices;
using Jit.Runtime.Objects;

namespace Jit.Runtime;

/// <summary>The binary operators, in the order of CPython's <c>NB_*</c> oparg of BINARY_OP.</summary>
public enum BinaryOp
{
    Add,
    And,
    FloorDivide,
    LeftShift,
    MatrixMultiply,
    Multiply,
    Remainder,
    Or,
    Power,
    RightShift,
    Subtract,
    TrueDivide,
    Xor,
}

/// <summary>The unary operators.</summary>
public enum UnaryOp
{
    Negative,
    Positive,
    Invert,
    Not,
}

/// <summary>Arithmetic: inline int and float fast paths, then the numeric tower (int, bool, float,
/// complex), then the generic <c>__op__</c>/<c>__rop__</c> protocol.</summary>
public static partial class Ops
{
    private static readonly string[] s_opSymbols = ["+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"];
    private static readonly string[] s_opNames =
        ["add", "and", "floordiv", "lshift", "matmul", "mul", "mod", "or", "pow", "rshift", "sub", "truediv", "xor"];

    private static readonly string[] s_dunder = s_opNames.Select(n => $"__{n}__").ToArray();
    private static readonly string[] s_rdunder = s_opNames.Select(n => $"__r{n}__").ToArray();
    private static readonly string[] s_idunder = s_opNames.Select(n => $"__i{n}__").ToArray();

    /// <summary>The operator's symbol ("+", "//", ...).</summary>
    public static string Symbol(BinaryOp op) => s_opSymbols[(int)op];

    /// <summary>The special method name of the operator ("__add__").</summary>
    public static string MethodName(BinaryOp op) => s_dunder[(int)op];

    /// <summary>The reflected special method name ("__radd__").</summary>
    public static string ReflectedMethodName(BinaryOp op) => s_rdunder[(int)op];

    /// <summary>The in-place special method name ("__iadd__").</summary>
    public static string InPlaceMethodName(BinaryOp op) => s_idunder[(int)op];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Value Add(Value a, Value b)
    {
        if (a.IsInt && b.IsInt)
        {
            long x = a.Int;
            long y = b.Int;
            long r = x + y;
            if (((x ^ r) & (y ^ r)) >= 0)
            {
                return Value.FromInt(r);
            }

            return PyInt.Make((BigInteger)x + y);
        }

        if (a.IsFloat && b.IsFloat)
        {
            return Value.FromFloat(a.Float + b.Float);
        }

        return Binary(BinaryOp.Add, a, b);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Value Subtract(Value a, Value b)
    {
        if (a.IsInt && b.IsInt)
        {
            long x = a.Int;
            long y = b.Int;
            long r = x - y;
            if (((x ^ y) & (x ^ r)) >= 0)
            {
                return Value.FromInt(r);
            }

            return PyInt.Make((BigInteger)x - y);
        }

        if (a.IsFloat && b.IsFloat)
        {
            return Value.FromFloat(a.Float - b.Float);
        }

        return Binary(BinaryOp.Subtract, a, b);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Value Multiply(Value a, Value b)
    {
        if (a.IsInt && b.IsInt)
        {
            return MultiplyInts(a.Int, b.Int);
        }

        if (a.IsFloat && b.IsFloat)
        {
            return Value.FromFloat(a.Float * b.Float);
        }

        return Binary(BinaryOp.Multiply, a, b);
    }

    public static Value TrueDivide(Value a, Value b) => Binary(BinaryOp.TrueDivide, a, b);

    public static Value FloorDivide(Value a, Value b) => Binary(BinaryOp.FloorDivide, a, b);

    public static Value Remainder(Value a, Value b) => Binary(BinaryOp.Remainder, a, b);

    public static Value Power(Value a, Value b) => Binary(BinaryOp.Power, a, b);

    public static Value MatrixMultiply(Value a, Value b) => Binary(BinaryOp.MatrixMultiply, a, b);

    public static Value LeftShift(Value a, Value b) => Binary(BinaryOp.LeftShift, a, b);

    public static Value RightShift(Value a, Value b) => Binary(BinaryOp.RightShift, a, b);

    public static Value And(Value a, Value b) => Binary(BinaryOp.And, a, b);

    public static Value Or(Value a, Value b) => Binary(BinaryOp.Or, a, b);

    public static Value Xor(Value a, Value b) => Binary(BinaryOp.Xor, a, b);

    /// <summary><c>a op b</c> for any operator and operands.</summary>
    public static Value Binary(BinaryOp op, Value a, Value b) => BinaryCore(op, a, b, inPlace: false);

    /// <summary><c>a op= b</c>: <c>__iop__</c> first, then the binary operator.</summary>
    public static Value InPlace(BinaryOp op, Value a, Value b)
    {
        if (a.ObjectOrNull is PyObject o && !(o is PyStr && ReferenceEquals(o.Type, PyType.Str)))
        {
            Value method = o.Type.Lookup(s_idunder[(int)op]);
            if (!method.IsUnbound)
            {
                Value r = CallSpecial(method, a, [b], null);
                if (r.ObjectOrNull is not PyNotImplemented)
                {
                    return r;
                }
            }
        }

        return BinaryCore(op, a, b, inPlace: true);
    }

    private static Value BinaryCore(BinaryOp op, Value a, Value b, bool inPlace)
    {
        if (op == BinaryOp.Add && a.ObjectOrNull is PyStr sa && b.ObjectOrNull is PyStr sb &&
            ReferenceEquals(sa.Type, PyType.Str) && ReferenceEquals(sb.Type, PyType.Str))
        {
            return PyStr.Concat(sa, sb);
        }

        Value result = Numbers.Binary(op, a, b);
        if (!result.IsUnbound)
        {
            return result;
        }

        result = BinaryProtocol(op, a, b);
        return result.IsUnbound ? throw BinaryError(op, a, b, inPlace) : result;
    }

    /// <summary><c>-a</c>, <c>+a</c>, <c>~a</c>, <c>not a</c>.</summary>
    public static Value Unary(UnaryOp op, Value a)
    {
        if (op == UnaryOp.Not)
        {
            return Value.FromBool(!IsTrue(a));
        }

        Value result = Numbers.Unary(op, a);
        if (!result.IsUnbound)
        {
            return result;
        }

        string name = op switch
        {
            UnaryOp.Negative => "__neg__",
            UnaryOp.Positive => "__pos__",
            _ => "__invert__",
        };
        Value method = a.Type.Lookup(name);
        if (method.IsUnbound)
        {
            string symbol = op switch
            {
                UnaryOp.Negative => "-",
                UnaryOp.Positive => "+",
                _ => "~",
            };
            throw PyErr.TypeError($"bad operand type for unary {symbol}: '{TypeName(a)}'");
        }

        return CallSpecial(method, a, default, null);
    }

    public static Value Negative(Value a) =>
        a.IsInt && a.Int != long.MinValue ? Value.FromInt(-a.Int) : Unary(UnaryOp.Negative, a);

    public static Value Positive(Value a) => Unary(UnaryOp.Positive, a);

    public static Value Invert(Value a) => a.IsInt ? Value.FromInt(~a.Int) : Unary(UnaryOp.Invert, a);

    public static Value Not(Value a) => Value.FromBool(!IsTrue(a));

    /// <summary><c>abs(a)</c>.</summary>
    public static Value Abs(Value a)
    {
        Value result = Numbers.Abs(a);
        if (!result.IsUnbound)
        {
            return result;
        }

        Value method = a.Type.Lookup("__abs__");
        return method.IsUnbound
            ? throw PyErr.TypeError($"bad operand type for abs(): '{TypeName(a)}'")
            : CallSpecial(method, a, default, null);
    }

    /// <summary><c>divmod(a, b)</c>.</summary>
    public static Value DivMod(Value a, Value b)
    {
        Value result = Numbers.DivMod(a, b);
        if (!result.IsUnbound)
        {
            return result;
        }

        result = BinaryProtocolNamed("__divmod__", "__rdivmod__", a, b);
        return result.IsUnbound
            ? throw PyErr.TypeError($"unsupported operand type(s) for divmod(): '{TypeName(a)}' and '{TypeName(b)}'")
            : result;
    }

    /// <summary><c>pow(a, b, m)</c>; with m None it is <c>a ** b</c>.</summary>
    public static Value Power(Value a, Value b, Value modulus)
    {
        if (modulus.IsNone)
        {
            return Power(a, b);
        }

        if (IsIntLike(a) && IsIntLike(b) && IsIntLike(modulus))
        {
            return Numbers.ModPow(ToBigInteger(a), ToBigInteger(b), ToBigInteger(modulus));
        }

        Value method = a.Type.Lookup("__pow__");
        if (!method.IsUnbound && !(IsRealLike(a) || a.ObjectOrNull is PyComplex))
        {
            Value r = CallSpecial(method, a, [b, modulus], null);
            if (r.ObjectOrNull is not PyNotImplemented)
            {
                return r;
            }
        }

        if (IsRealLike(a) || a.ObjectOrNull is PyComplex)
        {
            throw PyErr.TypeError("pow() 3rd argument not allowed unless all arguments are integers");
        }

        throw PyErr.TypeError($"unsupported operand type(s) for ** or pow(): '{TypeName(a)}', '{TypeName(b)}', '{TypeName(modulus)}'");
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Value MultiplyInts(long x, long y)
    {
        long high = Math.BigMul(x, y, out long low);
        if (high == (low >> 63))
        {
            return Value.FromInt(low);
        }

        return PyInt.Make((BigInteger)x * y);
    }

    /// <summary>The generic protocol: <c>a.__op__(b)</c> and <c>b.__rop__(a)</c>, the reflected
    /// method first when b's type is a proper subclass of a's that overrides it. Unbound when both
    /// decline.</summary>
    private static Value BinaryProtocol(BinaryOp op, Value a, Value b) =>
        BinaryProtocolNamed(s_dunder[(int)op], s_rdunder[(int)op], a, b);

    private static Value BinaryProtocolNamed(string name, string reflected, Value a, Value b)
    {
        PyType ta = a.Type;
        PyType tb = b.Type;
        Value left = ta.Lookup(name);
        Value right = default;
        if (!ReferenceEquals(ta, tb))
        {
            right = tb.Lookup(reflected);
            if (!right.IsUnbound && tb.IsSubtypeOf(ta) && !right.Is(ta.Lookup(reflected)))
            {
                Value r = CallSpecial(right, b, [a], null);
                if (r.ObjectOrNull is not PyNotImplemented)
                {
                    return r;
                }

                right = default;
            }
        }

        if (!left.IsUnbound)
        {
            Value r = CallSpecial(left, a, [b], null);
            if (r.ObjectOrNull is not PyNotImplemented)
            {
                return r;
            }
        }

        if (!right.IsUnbound)
        {
            Value r = CallSpecial(right, b, [a], null);
            if (r.ObjectOrNull is not PyNotImplemented)
            {
                return r;
            }
        }

        return default;
    }

    private static PyException BinaryError(BinaryOp op, Value a, Value b, bool inPlace)
    {
        PyType ta = a.Type;
        if (op == BinaryOp.Add && IsConcatenable(ta))
        {
            string? name = ta.IsSubtypeOf(PyType.Str) ? "str"
                : ta.IsSubtypeOf(PyType.List) ? "list"
                : ta.IsSubtypeOf(PyType.Tuple) ? "tuple"
                : null;
            if (name is not null)
            {
                return PyErr.TypeError($"can only concatenate {name} (not \"{TypeName(b)}\") to {name}");
            }

            return PyErr.TypeError($"can't concat {TypeName(b)} to {ta.Name}");
        }

        if (op == BinaryOp.Multiply && (IsConcatenable(ta) || IsConcatenable(b.Type)))
        {
            Value other = IsConcatenable(ta) ? b : a;
            return PyErr.TypeError($"can't multiply sequence by non-int of type '{TypeName(other)}'");
        }

        string symbol = s_opSymbols[(int)op] + (inPlace ? "=" : string.Empty);
        if (op == BinaryOp.Power && !inPlace)
        {
            symbol = "** or pow()";
        }

        return PyErr.TypeError($"unsupported operand type(s) for {symbol}: '{ta.Name}' and '{TypeName(b)}'");
    }

    /// <summary>Built-in sequences that support + and * with an int (CPython's sq_concat).</summary>
    private static bool IsConcatenable(PyType type) =>
        type.IsSubtypeOf(PyType.Str) || type.IsSubtypeOf(PyType.List) || type.IsSubtypeOf(PyType.Tuple)
        || type.IsSubtypeOf(PyType.Bytes) || type.IsSubtypeOf(PyType.ByteArray);
}
