using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using Jit.Runtime.Formatting;
using Jit.Runtime.Objects;

namespace Jit.Runtime;

/// <summary>Truth, hash, repr/str, len and conversions to C# numbers.</summary>
public static partial class Ops
{
    private static Tuple<int, BigInteger>? s_powerOfTen;

    /// <summary>Truthiness: <c>__bool__</c>, else <c>__len__</c> != 0, else true.</summary>
    public static bool IsTrue(Value value)
    {
        if (value.IsInt)
        {
            return value.Int != 0;
        }

        if (value.IsFloat)
        {
            return value.Float != 0;
        }

        PyObject obj = value.Object;
        if (obj is PyBool b)
        {
            return b.Value;
        }

        if (obj is PyNone)
        {
            return false;
        }

        PyType type = obj.Type;
        if (!type.IsHeapType)
        {
            switch (obj)
            {
                case PyStr s:
                    return s.Text.Length != 0;
                case PyList l:
                    return l.Count != 0;
                case PyTuple t:
                    return t.Count != 0;
                case PyDict d:
                    return d.Count != 0;
                case PyInt:
                    return true;
            }
        }

        Value boolMethod = type.LookupSpecial(SpecialMethod.Bool);
        if (!boolMethod.IsUnbound)
        {
            Value result = CallSpecial(boolMethod, value, default, null);
            if (result.ObjectOrNull is PyBool rb)
            {
                return rb.Value;
            }

            throw PyErr.TypeError($"__bool__ should return bool, returned {TypeName(result)}");
        }

        Value lenMethod = type.LookupSpecial(SpecialMethod.Len);
        if (!lenMethod.IsUnbound)
        {
            return LenResult(CallSpecial(lenMethod, value, default, null)) != 0;
        }

        return true;
    }

    /// <summary><c>len(v)</c>.</summary>
    public static long Len(Value value)
    {
        if (value.ObjectOrNull is PyObject obj && !obj.Type.IsHeapType)
        {
            switch (obj)
            {
                case PyStr s:
                    return s.Length;
                case PyList l:
                    return l.Count;
                case PyTuple t:
                    return t.Count;
                case PyDict d:
                    return d.Count;
            }
        }

        Value lenMethod = value.Type.LookupSpecial(SpecialMethod.Len);
        if (lenMethod.IsUnbound)
        {
            throw PyErr.TypeError($"object of type '{TypeName(value)}' has no len()");
        }

        return LenResult(CallSpecial(lenMethod, value, default, null));
    }

    /// <summary><c>hash(v)</c>, CPython's exact value for numbers, str, bytes and tuples.</summary>
    public static long Hash(Value value)
    {
        if (value.IsInt)
        {
            return PyHash.Int(value.Int);
        }

        if (value.IsFloat)
        {
            return PyHash.Float(value.Float);
        }

        PyObject obj = value.Object;
        PyType type = obj.Type;
        if (!type.IsHeapType)
        {
            switch (obj)
            {
                case PyStr s:
                    return s.Hash;
                case PyBool b:
                    return b.Value ? 1 : 0;
                case PyInt i:
                    return PyHash.BigInt(i.Integer);
                case PyTuple t:
                    return HashTuple(t);
                case PyType or PyNone or PyBuiltinFunction:
                    return PyHash.Pointer(obj);
            }
        }

        Value hashMethod = type.LookupSpecial(SpecialMethod.Hash);
        if (hashMethod.IsNone || hashMethod.IsUnbound)
        {
            throw PyErr.TypeError($"unhashable type: '{type.Name}'");
        }

        if (hashMethod.Is(ObjectSlots.Hash))
        {
            return PyHash.Pointer(obj);
        }

        Value result = CallSpecial(hashMethod, value, default, null);
        if (result.IsInt)
        {
            return result.Int == -1 ? -2 : result.Int;
        }

        if (result.ObjectOrNull is PyBool rb)
        {
            return rb.Value ? 1 : 0;
        }

        if (result.ObjectOrNull is PyInt big)
        {
            return PyHash.BigInt(big.Integer);
        }

        throw PyErr.TypeError("__hash__ method should return an integer");
    }

    /// <summary>The 3.11 tuple hash.</summary>
    public static long HashTuple(PyTuple tuple)
    {
        EnsureStack("while calling a Python object");
        ulong acc = PyHash.TupleStart;
        foreach (Value item in tuple.Items)
        {
            acc = PyHash.Mix(acc, Hash(item));
        }

        return PyHash.Finish(acc, tuple.Count);
    }

    /// <summary><c>repr(v)</c>.</summary>
    public static string Repr(Value value)
    {
        if (value.IsInt)
        {
            return value.Int.ToString(CultureInfo.InvariantCulture);
        }

        if (value.IsFloat)
        {
            return FloatFormatter.Repr(value.Float);
        }

        EnsureStack("while getting the repr of an object");
        PyObject obj = value.Object;
        PyType type = obj.Type;
        if (!type.IsHeapType)
        {
            switch (obj)
            {
                case PyStr s:
                    return PyRepr.Str(s.Text);
                case PyNone:
                    return "None";
                case PyBool b:
                    return b.Value ? "True" : "False";
                case PyInt i:
                    return IntToString(i.Integer);
            }
        }

        Value reprMethod = type.LookupSpecial(SpecialMethod.Repr);
        Value result = CallSpecial(reprMethod, value, default, null);
        return result.ObjectOrNull is PyStr rs
            ? rs.Text
            : throw PyErr.TypeError($"__repr__ returned non-string (type {TypeName(result)})");
    }

    /// <summary><c>str(v)</c>.</summary>
    public static string Str(Value value)
    {
        if (value.ObjectOrNull is PyStr s && ReferenceEquals(s.Type, PyType.Str))
        {
            return s.Text;
        }

        if (!value.IsObject || value.Object is PyNone or PyBool || (value.Object is PyInt && !value.Type.IsHeapType))
        {
            return Repr(value);
        }

        Value strMethod = value.Type.LookupSpecial(SpecialMethod.Str);
        Value result = CallSpecial(strMethod, value, default, null);
        return result.ObjectOrNull is PyStr rs
            ? rs.Text
            : throw PyErr.TypeError($"__str__ returned non-string (type {TypeName(result)})");
    }

    /// <summary><c>format(value, spec)</c> (f-string replacement fields): <c>type(value).__format__</c>,
    /// which must return a str.</summary>
    public static string Format(Value value, string spec)
    {
        if (spec.Length == 0 && value.ObjectOrNull is PyStr s && ReferenceEquals(s.Type, PyType.Str))
        {
            return s.Text;
        }

        Value method = value.Type.Lookup("__format__");
        if (method.IsUnbound)
        {
            throw PyErr.TypeError($"Type {TypeName(value)} doesn't define __format__");
        }

        Value result = CallSpecial(method, value, [PyStr.From(spec)], null);
        return result.ObjectOrNull is PyStr rs
            ? rs.Text
            : throw PyErr.TypeError($"__format__ must return a str, not {TypeName(result)}");
    }

    /// <summary>Starts the repr of a container that may contain itself: false means it is already
    /// being printed (print <c>[...]</c>). Pair a true result with <see cref="LeaveRepr"/>.</summary>
    public static bool EnterRepr(PyObject obj)
    {
        PyContext? context = PyContext.CurrentOrNull;
        return context is null || context.ReprActive.Add(obj);
    }

    public static void LeaveRepr(PyObject obj) => PyContext.CurrentOrNull?.ReprActive.Remove(obj);

    /// <summary>Decimal text of an int, subject to <c>sys.set_int_max_str_digits</c>.</summary>
    public static string IntToString(BigInteger value)
    {
        int limit = PyContext.CurrentOrNull?.IntMaxStrDigits ?? PyContext.DefaultIntMaxStrDigits;
        if (limit > 0 && value.GetBitLength() > 3 * limit && BigInteger.Abs(value) >= PowerOfTen(limit))
        {
            throw PyErr.ValueError($"Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
        }

        return value.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>10^exponent, cached for the int/str conversion limit.</summary>
    public static BigInteger PowerOfTen(int exponent)
    {
        Tuple<int, BigInteger>? cached = s_powerOfTen;
        if (cached is not null && cached.Item1 == exponent)
        {
            return cached.Item2;
        }

        BigInteger result = BigInteger.Pow(10, exponent);
        s_powerOfTen = Tuple.Create(exponent, result);
        return result;
    }

    /// <summary>True for int and bool values (any int subclass included).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsIntLike(Value value) => value.IsInt || value.ObjectOrNull is PyInt or PyBool;

    /// <summary>The exact integer of an int-like value (see <see cref="IsIntLike"/>).</summary>
    public static BigInteger ToBigInteger(Value value) => value.IsInt
        ? value.Int
        : value.Object switch
        {
            PyInt i => i.Integer,
            PyBool b => b.Value ? BigInteger.One : BigInteger.Zero,
            _ => throw new InvalidOperationException("not an int"),
        };

    /// <summary>An int-like value as a long, if it fits.</summary>
    public static bool TryGetLong(Value value, out long result)
    {
        if (value.IsInt)
        {
            result = value.Int;
            return true;
        }

        switch (value.ObjectOrNull)
        {
            case PyBool b:
                result = b.Value ? 1 : 0;
                return true;
            case PyInt i when i.Integer >= long.MinValue && i.Integer <= long.MaxValue:
                result = (long)i.Integer;
                return true;
            default:
                result = 0;
                return false;
        }
    }

    /// <summary><c>operator.index(v)</c>: the int behind <c>__index__</c>, normalised.</summary>
    public static Value Index(Value value)
    {
        if (value.IsInt)
        {
            return value;
        }

        switch (value.ObjectOrNull)
        {
            case PyBool b:
                return Value.FromInt(b.Value ? 1 : 0);
            case PyInt i:
                return ReferenceEquals(i.Type, PyType.Int) ? value : PyInt.Make(i.Integer);
        }

        Value indexMethod = value.Type.LookupSpecial(SpecialMethod.Index);
        if (indexMethod.IsUnbound)
        {
            throw PyErr.TypeError($"'{TypeName(value)}' object cannot be interpreted as an integer");
        }

        Value result = CallSpecial(indexMethod, value, default, null);
        if (!IsIntLike(result))
        {
            throw PyErr.TypeError($"__index__ returned non-int (type {TypeName(result)})");
        }

        return PyInt.Make(ToBigInteger(result));
    }

    /// <summary>True when the value has <c>__index__</c> (ints, bools, user classes defining it).</summary>
    public static bool HasIndex(Value value) => IsIntLike(value) || (value.IsObject && !value.Type.LookupSpecial(SpecialMethod.Index).IsUnbound);

    /// <summary>CPython's PyNumber_AsSsize_t: <c>__index__</c> as a long. Past 64 bits it raises
    /// <paramref name="overflow"/> (IndexError, OverflowError) with "cannot fit 'int' into an
    /// index-sized integer", or by default OverflowError "Python int too large to convert to C
    /// ssize_t".</summary>
    public static long AsSsize(Value value, PyType? overflow = null)
    {
        if (value.IsInt)
        {
            return value.Int;
        }

        Value index = Index(value);
        if (index.IsInt)
        {
            return index.Int;
        }

        throw overflow is null
            ? PyErr.OverflowError("Python int too large to convert to C ssize_t")
            : PyErr.New(overflow, $"cannot fit '{TypeName(value)}' into an index-sized integer");
    }

    /// <summary>A slice bound: <c>__index__</c> clamped to the long range.</summary>
    public static long ClampIndex(Value value)
    {
        if (value.IsInt)
        {
            return value.Int;
        }

        if (!HasIndex(value))
        {
            throw PyErr.TypeError("slice indices must be integers or None or have an __index__ method");
        }

        Value index = Index(value);
        return index.IsInt ? index.Int : ((PyInt)index.Object).Integer.Sign < 0 ? long.MinValue : long.MaxValue;
    }

    /// <summary>A C int argument (<c>int(x)</c> in Argument Clinic): <c>__index__</c> in the int range,
    /// OverflowError "Python int too large to convert to C int" otherwise.</summary>
    public static int AsInt32(Value value)
    {
        long result = AsSsize(value);
        return result is >= int.MinValue and <= int.MaxValue
            ? (int)result
            : throw PyErr.OverflowError("Python int too large to convert to C int");
    }

    /// <summary>The value as a C double, as <c>float(x)</c> of a number: floats, ints (with
    /// "int too large to convert to float"), <c>__float__</c>, then <c>__index__</c>.</summary>
    public static double ToDouble(Value value)
    {
        if (value.IsFloat)
        {
            return value.Float;
        }

        if (value.IsInt)
        {
            return value.Int;
        }

        switch (value.ObjectOrNull)
        {
            case PyFloat f:
                return f.Double;
            case PyBool b:
                return b.Value ? 1 : 0;
            case PyInt i:
                return BigToDouble(i.Integer);
        }

        Value floatMethod = value.Type.Lookup("__float__");
        if (!floatMethod.IsUnbound)
        {
            Value result = CallSpecial(floatMethod, value, default, null);
            if (result.IsFloat)
            {
                return result.Float;
            }

            if (result.ObjectOrNull is PyFloat rf)
            {
                return rf.Double;
            }

            throw PyErr.TypeError($"{TypeName(value)}.__float__ returned non-float (type {TypeName(result)})");
        }

        if (!value.Type.LookupSpecial(SpecialMethod.Index).IsUnbound)
        {
            Value index = Index(value);
            return index.IsInt ? index.Int : BigToDouble(((PyInt)index.Object).Integer);
        }

        throw PyErr.TypeError($"must be real number, not {TypeName(value)}");
    }

    /// <summary>True for values that <see cref="ToDouble"/> accepts without calling Python code
    /// (floats, ints, bools).</summary>
    public static bool IsRealLike(Value value) => value.IsFloat || value.IsInt || value.ObjectOrNull is PyFloat or PyInt or PyBool;

    /// <summary>int to float, correctly rounded, OverflowError beyond the float range.</summary>
    public static double BigToDouble(BigInteger value)
    {
        double result = BigToDoubleUnchecked(value);
        return double.IsInfinity(result)
            ? throw PyErr.OverflowError("int too large to convert to float")
            : result;
    }

    /// <summary>int to float rounded half to even (BigInteger's own conversion truncates), infinity
    /// when out of range.</summary>
    public static double BigToDoubleUnchecked(BigInteger value)
    {
        BigInteger magnitude = BigInteger.Abs(value);
        long bits = (long)magnitude.GetBitLength();
        if (bits <= 53)
        {
            return (double)value;
        }

        // Keep 54 bits (53 and a rounding bit); the rest only matters as a sticky bit.
        int shift = (int)Math.Min(bits - 54, int.MaxValue - 1);
        BigInteger top = magnitude >> shift;
        bool sticky = !(magnitude & ((BigInteger.One << shift) - 1)).IsZero;
        long mantissa = (long)(top >> 1);
        if (!top.IsEven && (sticky || (mantissa & 1) != 0))
        {
            mantissa++;
        }

        double result = Math.ScaleB(mantissa, shift + 1);
        return value.Sign < 0 ? -result : result;
    }

    private static long LenResult(Value result)
    {
        if (!IsIntLike(result) && !(result.IsObject && !result.Type.LookupSpecial(SpecialMethod.Index).IsUnbound))
        {
            throw PyErr.TypeError($"'{TypeName(result)}' object cannot be interpreted as an integer");
        }

        Value index = Index(result);
        if (!index.IsInt)
        {
            throw PyErr.OverflowError("cannot fit 'int' into an index-sized integer");
        }

        return index.Int < 0 ? throw PyErr.ValueError("__len__() should return >= 0") : index.Int;
    }
}
