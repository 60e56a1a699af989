using System.Numerics;
using Jit.Runtime.Objects;

namespace Jit.Runtime;

/// <summary>
/// The numeric tower with CPython's semantics: ints (inline longs with overflow to BigInteger,
/// floor division and modulo rounding toward negative infinity), floats (IEEE with Python's sign
/// rules for % and //), and complex. Methods return <see cref="Value.Unbound"/> when an operand is
/// not a number they handle, so callers fall back to the special-method protocol.
/// </summary>
public static class Numbers
{
    private enum Kind
    {
        None,
        Int,
        Float,
        Complex,
    }

    /// <summary><c>a op b</c> for exact ints, bools, floats and complexes (not subclasses: their
    /// methods may be overridden); unbound otherwise.</summary>
    public static Value Binary(BinaryOp op, Value a, Value b)
    {
        Kind ka = KindOf(a, exactOnly: true);
        Kind kb = KindOf(b, exactOnly: true);
        if (ka == Kind.None || kb == Kind.None)
        {
            return default;
        }

        if (a.ObjectOrNull is PyBool x && b.ObjectOrNull is PyBool y && op is BinaryOp.And or BinaryOp.Or or BinaryOp.Xor)
        {
            // bool's own &, |, ^ keep the result a bool.
            return Value.FromBool(op switch
            {
                BinaryOp.And => x.Value & y.Value,
                BinaryOp.Or => x.Value | y.Value,
                _ => x.Value ^ y.Value,
            });
        }

        return BinaryKinds(op, a, b, ka, kb);
    }

    /// <summary><c>a op b</c> where a and b may be instances of numeric subclasses (used by the
    /// built-in <c>int.__add__</c> etc.); unbound (NotImplemented) for non-numbers.</summary>
    public static Value BinaryAny(BinaryOp op, Value a, Value b)
    {
        Kind ka = KindOf(a, exactOnly: false);
        Kind kb = KindOf(b, exactOnly: false);
        if (ka == Kind.None || kb == Kind.None)
        {
            return default;
        }

        return BinaryKinds(op, a, b, ka, kb);
    }

    public static Value Unary(UnaryOp op, Value a)
    {
        switch (KindOf(a, exactOnly: true))
        {
            case Kind.Int:
                if (a.IsInt)
                {
                    long x = a.Int;
                    return op switch
                    {
                        UnaryOp.Negative => x == long.MinValue ? PyInt.Make(-(BigInteger)x) : Value.FromInt(-x),
                        UnaryOp.Positive => a,
                        _ => Value.FromInt(~x),
                    };
                }

                BigInteger big = Ops.ToBigInteger(a);
                return op switch
                {
                    UnaryOp.Negative => PyInt.Make(-big),
                    UnaryOp.Positive => PyInt.Make(big),
                    _ => PyInt.Make(-big - 1),
                };
            case Kind.Float:
                double f = Ops.ToDouble(a);
                return op switch
                {
                    UnaryOp.Negative => Value.FromFloat(-f),
                    UnaryOp.Positive => Value.FromFloat(f),
                    _ => default,
                };
            case Kind.Complex:
                Complex c = ((PyComplex)a.Object).Complex;
                return op switch
                {
                    UnaryOp.Negative => (Value)new PyComplex(-c.Real, -c.Imaginary),
                    UnaryOp.Positive => new PyComplex(c),
                    _ => default,
                };
            default:
                return default;
        }
    }

    public static Value Abs(Value a)
    {
        switch (KindOf(a, exactOnly: true))
        {
            case Kind.Int:
                if (a.IsInt && a.Int != long.MinValue)
                {
                    return Value.FromInt(Math.Abs(a.Int));
                }

                return PyInt.Make(BigInteger.Abs(Ops.ToBigInteger(a)));
            case Kind.Float:
                return Value.FromFloat(Math.Abs(Ops.ToDouble(a)));
            case Kind.Complex:
                return Value.FromFloat(ComplexAbs(((PyComplex)a.Object).Complex));
            default:
                return default;
        }
    }

    /// <summary>|c| with CPython's OverflowError "absolute value too large".</summary>
    public static double ComplexAbs(Complex c)
    {
        if (double.IsInfinity(c.Real) || double.IsInfinity(c.Imaginary))
        {
            return double.PositiveInfinity;
        }

        double result = double.Hypot(c.Real, c.Imaginary);
        return double.IsInfinity(result) ? throw PyErr.OverflowError("absolute value too large") : result;
    }

    public static Value DivMod(Value a, Value b)
    {
        Kind ka = KindOf(a, exactOnly: true);
        Kind kb = KindOf(b, exactOnly: true);
        return ka == Kind.None || kb == Kind.None ? default : DivModKinds(a, b, ka, kb);
    }

    /// <summary>divmod() of numbers, subclasses accepted; unbound for non-numbers and complex.</summary>
    public static Value DivModAny(Value a, Value b)
    {
        Kind ka = KindOf(a, exactOnly: false);
        Kind kb = KindOf(b, exactOnly: false);
        return ka == Kind.None || kb == Kind.None ? default : DivModKinds(a, b, ka, kb);
    }

    /// <summary><c>pow(a, b, m)</c> for ints, with modular inverse for negative b.</summary>
    public static Value ModPow(BigInteger a, BigInteger b, BigInteger m)
    {
        if (m.IsZero)
        {
            throw PyErr.ValueError("pow() 3rd argument cannot be 0");
        }

        BigInteger modulus = BigInteger.Abs(m);
        if (b.Sign < 0)
        {
            a = ModInverse(a, modulus);
            b = -b;
        }

        BigInteger r = BigInteger.ModPow(FloorMod(a, modulus), b, modulus);
        if (m.Sign < 0 && !r.IsZero)
        {
            r += m;
        }

        return PyInt.Make(r);
    }

    // ---- ints ----

    public static Value FloorDivide(long x, long y)
    {
        if (y == 0)
        {
            throw PyErr.ZeroDivisionError("integer division or modulo by zero");
        }

        if (x == long.MinValue && y == -1)
        {
            return PyInt.Make(-(BigInteger)x);
        }

        long q = x / y;
        if ((x % y != 0) && ((x ^ y) < 0))
        {
            q--;
        }

        return Value.FromInt(q);
    }

    public static long Remainder(long x, long y)
    {
        if (y == 0)
        {
            throw PyErr.ZeroDivisionError("integer modulo by zero");
        }

        if (y == -1)
        {
            return 0;
        }

        long r = x % y;
        return r != 0 && ((r ^ y) < 0) ? r + y : r;
    }

    public static BigInteger FloorDivide(BigInteger x, BigInteger y)
    {
        if (y.IsZero)
        {
            throw PyErr.ZeroDivisionError("integer division or modulo by zero");
        }

        BigInteger q = BigInteger.DivRem(x, y, out BigInteger r);
        return !r.IsZero && (r.Sign != y.Sign) ? q - 1 : q;
    }

    public static BigInteger FloorMod(BigInteger x, BigInteger y)
    {
        if (y.IsZero)
        {
            throw PyErr.ZeroDivisionError("integer modulo by zero");
        }

        BigInteger r = BigInteger.Remainder(x, y);
        return !r.IsZero && (r.Sign != y.Sign) ? r + y : r;
    }

    /// <summary>int / int, correctly rounded (as CPython's long_true_divide).</summary>
    public static double TrueDivide(BigInteger a, BigInteger b)
    {
        if (b.IsZero)
        {
            throw PyErr.ZeroDivisionError("division by zero");
        }

        const long exact = 1L << 53;
        if (BigInteger.Abs(a) <= exact && BigInteger.Abs(b) <= exact)
        {
            return (double)a / (double)b;
        }

        bool negative = (a.Sign < 0) != (b.Sign < 0);
        BigInteger n = BigInteger.Abs(a);
        BigInteger d = BigInteger.Abs(b);
        if (n.IsZero)
        {
            return negative ? -0.0 : 0.0;
        }

        // Scale so the quotient has at least 55 significant bits, then round half to even with a
        // sticky bit for the remainder.
        long shift = (long)d.GetBitLength() - (long)n.GetBitLength() + 55;
        BigInteger q;
        BigInteger r;
        if (shift >= 0)
        {
            q = BigInteger.DivRem(n << (int)shift, d, out r);
        }
        else
        {
            q = BigInteger.DivRem(n, d << (int)-shift, out r);
        }

        long exponent = (long)q.GetBitLength() - 1 - shift;
        if (exponent > 1023)
        {
            throw PyErr.OverflowError("integer division result too large for a float");
        }

        // Keep 53 bits (fewer for subnormals), rounding the rest.
        int keep = exponent >= -1022 ? 53 : (int)Math.Max(0, 53 - (-1022 - exponent));
        int drop = (int)q.GetBitLength() - keep;
        BigInteger mantissa = q >> drop;
        BigInteger rest = q - (mantissa << drop);
        BigInteger half = BigInteger.One << (drop - 1);
        if (rest > half || (rest == half && (!r.IsZero || !mantissa.IsEven)))
        {
            mantissa += 1;
        }

        double result = Math.ScaleB((double)mantissa, (int)(drop - shift));
        if (double.IsInfinity(result))
        {
            throw PyErr.OverflowError("integer division result too large for a float");
        }

        return negative ? -result : result;
    }

    public static Value Power(long x, long y)
    {
        if (y < 0)
        {
            return Value.FromFloat(FloatPower((double)x, (double)y));
        }

        long result = 1;
        long b = x;
        long e = y;
        while (true)
        {
            if ((e & 1) != 0)
            {
                long high = Math.BigMul(result, b, out long low);
                if (high != (low >> 63))
                {
                    return PyInt.Make(BigPower(x, y));
                }

                result = low;
            }

            e >>= 1;
            if (e == 0)
            {
                return Value.FromInt(result);
            }

            long bh = Math.BigMul(b, b, out long bl);
            if (bh != (bl >> 63))
            {
                return PyInt.Make(BigPower(x, y));
            }

            b = bl;
        }
    }

    public static Value Power(BigInteger x, BigInteger y)
    {
        if (y.Sign < 0)
        {
            return Value.FromFloat(FloatPower(Ops.BigToDouble(x), Ops.BigToDouble(y)));
        }

        return PyInt.Make(BigPower(x, y));
    }

    public static Value LeftShift(BigInteger x, BigInteger y)
    {
        if (y.Sign < 0)
        {
            throw PyErr.ValueError("negative shift count");
        }

        if (x.IsZero)
        {
            return Value.FromInt(0);
        }

        if (y > int.MaxValue / 2)
        {
            throw PyErr.OverflowError("too many digits in integer");
        }

        return PyInt.Make(x << (int)y);
    }

    public static Value RightShift(BigInteger x, BigInteger y)
    {
        if (y.Sign < 0)
        {
            throw PyErr.ValueError("negative shift count");
        }

        if (y > int.MaxValue)
        {
            return Value.FromInt(x.Sign < 0 ? -1 : 0);
        }

        return PyInt.Make(x >> (int)y);
    }

    // ---- floats ----

    public static double FloatFloorDivide(double x, double y)
    {
        if (y == 0)
        {
            throw PyErr.ZeroDivisionError("float floor division by zero");
        }

        return FloatDivMod(x, y).Div;
    }

    public static double FloatRemainder(double x, double y)
    {
        if (y == 0)
        {
            throw PyErr.ZeroDivisionError("float modulo");
        }

        double mod = x % y;
        if (mod != 0)
        {
            if ((y < 0) != (mod < 0))
            {
                mod += y;
            }
        }
        else
        {
            mod = Math.CopySign(0.0, y);
        }

        return mod;
    }

    /// <summary>CPython's float_divmod (without the zero check).</summary>
    public static (double Div, double Mod) FloatDivMod(double x, double y)
    {
        double mod = x % y;
        double div = (x - mod) / y;
        if (mod != 0)
        {
            if ((y < 0) != (mod < 0))
            {
                mod += y;
                div -= 1.0;
            }
        }
        else
        {
            mod = Math.CopySign(0.0, y);
        }

        double floorDiv;
        if (div != 0)
        {
            floorDiv = Math.Floor(div);
            if (div - floorDiv > 0.5)
            {
                floorDiv += 1.0;
            }
        }
        else
        {
            floorDiv = Math.CopySign(0.0, x / y);
        }

        return (floorDiv, mod);
    }

    /// <summary>float ** float with CPython's special cases; a negative base with a fractional
    /// exponent is the caller's business (it gives a complex).</summary>
    public static double FloatPower(double x, double y)
    {
        if (y == 0)
        {
            return 1.0;
        }

        if (double.IsNaN(x))
        {
            return x;
        }

        if (double.IsNaN(y))
        {
            return x == 1.0 ? 1.0 : y;
        }

        if (double.IsInfinity(y))
        {
            x = Math.Abs(x);
            if (x == 1.0)
            {
                return 1.0;
            }

            return (x > 1.0) == (y > 0) ? double.PositiveInfinity : 0.0;
        }

        bool yIsOddInteger = Math.Abs(y) < 9007199254740992.0 && Math.Floor(y) == y && Math.IEEERemainder(y, 2.0) != 0;
        if (double.IsInfinity(x))
        {
            if (y > 0)
            {
                return yIsOddInteger ? x : Math.Abs(x);
            }

            return yIsOddInteger ? Math.CopySign(0.0, x) : 0.0;
        }

        if (x == 0)
        {
            if (y < 0)
            {
                throw PyErr.ZeroDivisionError("0.0 cannot be raised to a negative power");
            }

            return yIsOddInteger ? x : 0.0;
        }

        double result = Math.Pow(x, y);
        if (double.IsInfinity(result))
        {
            throw PyErr.New(PyExc.OverflowError, Value.FromInt(34), PyStr.From("Numerical result out of range"));
        }

        return result;
    }

    // ---- complex ----

    public static Complex ComplexDivide(Complex a, Complex b)
    {
        if (b.Real == 0 && b.Imaginary == 0)
        {
            throw PyErr.ZeroDivisionError("complex division by zero");
        }

        // Smith's algorithm, as CPython's _Py_c_quot.
        double absReal = Math.Abs(b.Real);
        double absImag = Math.Abs(b.Imaginary);
        if (absReal >= absImag)
        {
            double ratio = b.Imaginary / b.Real;
            double denom = b.Real + (b.Imaginary * ratio);
            return new Complex((a.Real + (a.Imaginary * ratio)) / denom, (a.Imaginary - (a.Real * ratio)) / denom);
        }

        if (absImag >= absReal)
        {
            double ratio = b.Real / b.Imaginary;
            double denom = (b.Real * ratio) + b.Imaginary;
            return new Complex(((a.Real * ratio) + a.Imaginary) / denom, ((a.Imaginary * ratio) - a.Real) / denom);
        }

        return new Complex(double.NaN, double.NaN);
    }

    public static Complex ComplexPower(Complex a, Complex b)
    {
        if (b.Real == 0 && b.Imaginary == 0)
        {
            return Complex.One;
        }

        if (a.Real == 0 && a.Imaginary == 0)
        {
            if (b.Imaginary != 0 || b.Real < 0)
            {
                throw PyErr.ZeroDivisionError("0.0 to a negative or complex power");
            }

            return Complex.Zero;
        }

        if (b.Imaginary == 0 && b.Real == Math.Floor(b.Real) && Math.Abs(b.Real) <= 100)
        {
            // CPython multiplies out small integral powers for accuracy.
            int n = (int)b.Real;
            Complex result = Complex.One;
            Complex x = a;
            int e = Math.Abs(n);
            while (e > 0)
            {
                if ((e & 1) != 0)
                {
                    result *= x;
                }

                x *= x;
                e >>= 1;
            }

            return n < 0 ? ComplexDivide(Complex.One, result) : result;
        }

        double vabs = double.Hypot(a.Real, a.Imaginary);
        double len = Math.Pow(vabs, b.Real);
        double at = Math.Atan2(a.Imaginary, a.Real);
        double phase = at * b.Real;
        if (b.Imaginary != 0)
        {
            len /= Math.Exp(at * b.Imaginary);
            phase += b.Imaginary * Math.Log(vabs);
        }

        return new Complex(len * Math.Cos(phase), len * Math.Sin(phase));
    }

    private static Kind KindOf(Value v, bool exactOnly)
    {
        if (v.IsInt)
        {
            return Kind.Int;
        }

        if (v.IsFloat)
        {
            return Kind.Float;
        }

        PyObject o = v.Object;
        if (exactOnly && o.Type.IsHeapType)
        {
            return Kind.None;
        }

        return o switch
        {
            PyBool or PyInt => Kind.Int,
            PyFloat => Kind.Float,
            PyComplex => Kind.Complex,
            _ => Kind.None,
        };
    }

    private static Value BinaryKinds(BinaryOp op, Value a, Value b, Kind ka, Kind kb)
    {
        if (ka == Kind.Int && kb == Kind.Int)
        {
            return IntBinary(op, a, b);
        }

        if (ka == Kind.Complex || kb == Kind.Complex)
        {
            return ComplexBinary(op, ToComplex(a), ToComplex(b));
        }

        return FloatBinary(op, a, b);
    }

    private static Value IntBinary(BinaryOp op, Value a, Value b)
    {
        if (Ops.TryGetLong(a, out long x) && Ops.TryGetLong(b, out long y))
        {
            switch (op)
            {
                case BinaryOp.Add:
                    long sum = x + y;
                    return ((x ^ sum) & (y ^ sum)) >= 0 ? Value.FromInt(sum) : PyInt.Make((BigInteger)x + y);
                case BinaryOp.Subtract:
                    long difference = x - y;
                    return ((x ^ y) & (x ^ difference)) >= 0 ? Value.FromInt(difference) : PyInt.Make((BigInteger)x - y);
                case BinaryOp.Multiply:
                    return Ops.MultiplyInts(x, y);
                case BinaryOp.FloorDivide:
                    return FloorDivide(x, y);
                case BinaryOp.Remainder:
                    return Value.FromInt(Remainder(x, y));
                case BinaryOp.TrueDivide:
                    return Value.FromFloat(TrueDivide(x, y));
                case BinaryOp.Power:
                    return Power(x, y);
                case BinaryOp.LeftShift:
                    if (y < 0)
                    {
                        throw PyErr.ValueError("negative shift count");
                    }

                    if (y < 63 && (x == 0 || (x >= 0 ? x <= long.MaxValue >> (int)y : x >= long.MinValue >> (int)y)))
                    {
                        return Value.FromInt(x << (int)y);
                    }

                    return LeftShift(x, y);
                case BinaryOp.RightShift:
                    if (y < 0)
                    {
                        throw PyErr.ValueError("negative shift count");
                    }

                    return Value.FromInt(y >= 64 ? (x < 0 ? -1 : 0) : x >> (int)y);
                case BinaryOp.And:
                    return Value.FromInt(x & y);
                case BinaryOp.Or:
                    return Value.FromInt(x | y);
                case BinaryOp.Xor:
                    return Value.FromInt(x ^ y);
                default:
                    return default;
            }
        }

        BigInteger p = Ops.ToBigInteger(a);
        BigInteger q = Ops.ToBigInteger(b);
        return op switch
        {
            BinaryOp.Add => PyInt.Make(p + q),
            BinaryOp.Subtract => PyInt.Make(p - q),
            BinaryOp.Multiply => PyInt.Make(p * q),
            BinaryOp.FloorDivide => PyInt.Make(FloorDivide(p, q)),
            BinaryOp.Remainder => PyInt.Make(FloorMod(p, q)),
            BinaryOp.TrueDivide => Value.FromFloat(TrueDivide(p, q)),
            BinaryOp.Power => Power(p, q),
            BinaryOp.LeftShift => LeftShift(p, q),
            BinaryOp.RightShift => RightShift(p, q),
            BinaryOp.And => PyInt.Make(p & q),
            BinaryOp.Or => PyInt.Make(p | q),
            BinaryOp.Xor => PyInt.Make(p ^ q),
            _ => default,
        };
    }

    private static Value FloatBinary(BinaryOp op, Value a, Value b)
    {
        double x = Ops.ToDouble(a);
        double y = Ops.ToDouble(b);
        switch (op)
        {
            case BinaryOp.Add:
                return Value.FromFloat(x + y);
            case BinaryOp.Subtract:
                return Value.FromFloat(x - y);
            case BinaryOp.Multiply:
                return Value.FromFloat(x * y);
            case BinaryOp.TrueDivide:
                return y == 0 ? throw PyErr.ZeroDivisionError("float division by zero") : Value.FromFloat(x / y);
            case BinaryOp.FloorDivide:
                return Value.FromFloat(FloatFloorDivide(x, y));
            case BinaryOp.Remainder:
                return Value.FromFloat(FloatRemainder(x, y));
            case BinaryOp.Power:
                if (x < 0 && y != Math.Floor(y) && double.IsFinite(y))
                {
                    // Negative numbers raised to fractional powers become complex.
                    return new PyComplex(ComplexPower(new Complex(x, 0), new Complex(y, 0)));
                }

                return Value.FromFloat(FloatPower(x, y));
            default:
                return default;
        }
    }

    private static Value ComplexBinary(BinaryOp op, Complex x, Complex y) => op switch
    {
        BinaryOp.Add => (Value)new PyComplex(x.Real + y.Real, x.Imaginary + y.Imaginary),
        BinaryOp.Subtract => new PyComplex(x.Real - y.Real, x.Imaginary - y.Imaginary),
        BinaryOp.Multiply => new PyComplex((x.Real * y.Real) - (x.Imaginary * y.Imaginary), (x.Real * y.Imaginary) + (x.Imaginary * y.Real)),
        BinaryOp.TrueDivide => new PyComplex(ComplexDivide(x, y)),
        BinaryOp.Power => new PyComplex(ComplexPower(x, y)),
        _ => default,
    };

    private static Value DivModKinds(Value a, Value b, Kind ka, Kind kb)
    {
        if (ka == Kind.Complex || kb == Kind.Complex)
        {
            return default;
        }

        if (ka == Kind.Int && kb == Kind.Int)
        {
            if (Ops.TryGetLong(a, out long x) && Ops.TryGetLong(b, out long y) && y != 0 && !(x == long.MinValue && y == -1))
            {
                return PyTuple.Create(FloorDivide(x, y), Value.FromInt(Remainder(x, y)));
            }

            BigInteger p = Ops.ToBigInteger(a);
            BigInteger q = Ops.ToBigInteger(b);
            return PyTuple.Create(PyInt.Make(FloorDivide(p, q)), PyInt.Make(FloorMod(p, q)));
        }

        double fx = Ops.ToDouble(a);
        double fy = Ops.ToDouble(b);
        if (fy == 0)
        {
            throw PyErr.ZeroDivisionError("float divmod()");
        }

        (double div, double mod) = FloatDivMod(fx, fy);
        return PyTuple.Create(Value.FromFloat(div), Value.FromFloat(mod));
    }

    private static Complex ToComplex(Value v) => v.ObjectOrNull is PyComplex c ? c.Complex : new Complex(Ops.ToDouble(v), 0);

    private static BigInteger BigPower(BigInteger x, BigInteger y)
    {
        if (x.IsZero || x.IsOne)
        {
            return y.IsZero ? BigInteger.One : x;
        }

        if (x == BigInteger.MinusOne)
        {
            return y.IsEven ? BigInteger.One : BigInteger.MinusOne;
        }

        if (y > int.MaxValue || (long)x.GetBitLength() * (long)y > 1L << 36)
        {
            throw PyErr.MemoryError();
        }

        return BigInteger.Pow(x, (int)y);
    }

    private static BigInteger ModInverse(BigInteger a, BigInteger m)
    {
        BigInteger r0 = FloorMod(a, m);
        BigInteger r1 = m;
        BigInteger s0 = BigInteger.One;
        BigInteger s1 = BigInteger.Zero;
        while (!r1.IsZero)
        {
            BigInteger q = BigInteger.DivRem(r0, r1, out BigInteger r);
            (r0, r1) = (r1, r);
            (s0, s1) = (s1, s0 - (q * s1));
        }

        if (!r0.IsOne)
        {
            throw PyErr.ValueError("base is not invertible for the given modulus");
        }

        return FloorMod(s0, m);
    }
}
