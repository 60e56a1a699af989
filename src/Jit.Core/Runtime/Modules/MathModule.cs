using System.Numerics;
using Jit.Runtime.Objects;

namespace Jit.Runtime.Modules;

/// <summary>The <c>math</c> module with CPython's results and errors ("math domain error",
/// "math range error"); integer functions are exact.</summary>
internal static class MathModule
{
    public static PyModule Create()
    {
        var m = new NativeModule("math");
        m.Constant("pi", Value.FromFloat(Math.PI)).Constant("e", Value.FromFloat(Math.E)).Constant("tau", Value.FromFloat(Math.Tau))
            .Constant("inf", Value.FromFloat(double.PositiveInfinity)).Constant("nan", Value.FromFloat(double.NaN));
        m.Function("sqrt", x => x < 0 ? throw Domain() : Math.Sqrt(x))
            .Function("exp", Math.Exp).Function("expm1", x => x == 0 ? x : Math.Abs(x) < 1e-5 ? x + (x * x / 2) + (x * x * x / 6) : Math.Exp(x) - 1)
            .Function("sin", Math.Sin).Function("cos", Math.Cos).Function("tan", Math.Tan)
            .Function("asin", x => Math.Abs(x) > 1 ? throw Domain() : Math.Asin(x))
            .Function("acos", x => Math.Abs(x) > 1 ? throw Domain() : Math.Acos(x))
            .Function("atan", Math.Atan).Function("sinh", Math.Sinh).Function("cosh", Math.Cosh).Function("tanh", Math.Tanh)
            .Function("asinh", Math.Asinh).Function("acosh", x => x < 1 ? throw Domain() : Math.Acosh(x))
            .Function("atanh", x => Math.Abs(x) >= 1 ? throw Domain() : Math.Atanh(x))
            .Function("fabs", Math.Abs).Function("degrees", x => x * (180.0 / Math.PI)).Function("radians", x => x * (Math.PI / 180.0))
            .Function("log2", x => x <= 0 ? throw Domain() : Math.Log2(x)).Function("log10", x => x <= 0 ? throw Domain() : Math.Log10(x))
            .Function("log1p", x => x <= -1 ? throw Domain() : LogOnePlus(x))
            .Function("erf", Erf).Function("erfc", x => 1 - Erf(x))
            .Function("gamma", Gamma).Function("lgamma", x => Math.Log(Math.Abs(Gamma(x))));
        m.Function("log", Log).Function("pow", Pow).Function("atan2", Binary("atan2", Math.Atan2))
            .Function("copysign", Binary("copysign", Math.CopySign)).Function("fmod", Binary("fmod", Fmod))
            .Function("hypot", Hypot).Function("floor", (a, k) => Rounding("floor", a, k, "__floor__", Math.Floor))
            .Function("ceil", (a, k) => Rounding("ceil", a, k, "__ceil__", Math.Ceiling))
            .Function("trunc", Trunc).Function("isfinite", Predicate("isfinite", double.IsFinite))
            .Function("isinf", Predicate("isinf", double.IsInfinity)).Function("isnan", Predicate("isnan", double.IsNaN))
            .Function("factorial", Factorial).Function("gcd", Gcd).Function("lcm", Lcm).Function("isqrt", Isqrt)
            .Function("comb", Comb).Function("perm", Perm).Function("fsum", Fsum).Function("prod", Prod)
            .Function("isclose", IsClose).Function("modf", Modf).Function("frexp", Frexp).Function("ldexp", Ldexp)
            .Function("dist", Dist).Function("cbrt", Math.Cbrt).Function("exp2", x => Math.Pow(2, x)).Function("ulp", Ulp)
            .Function("nextafter", Binary("nextafter", NextAfter)).Function("remainder", Binary("remainder", Remainder));
        return m.Module;
    }

    public static PyException Domain() => PyErr.ValueError("math domain error");

    /// <summary>CPython raises OverflowError when a finite argument gives an infinite result.</summary>
    public static double Checked(double result, double argument) =>
        double.IsInfinity(result) && double.IsFinite(argument) ? throw PyErr.OverflowError("math range error")
        : double.IsNaN(result) && !double.IsNaN(argument) ? throw Domain() : result;

    private static double LogOnePlus(double x) => Math.Abs(x) < 1e-4 ? x - (x * x / 2) + (x * x * x / 3) : Math.Log(1 + x);

    private static BuiltinBody Binary(string name, Func<double, double, double> body) => (args, kwnames) =>
    {
        ArgParser.Exactly(name, args, kwnames, 2);
        return Value.FromFloat(body(Ops.ToDouble(args[0]), Ops.ToDouble(args[1])));
    };

    private static BuiltinBody Predicate(string name, Func<double, bool> body) => (args, kwnames) =>
    {
        ArgParser.Exactly(name, args, kwnames, 1);
        return Value.FromBool(body(Ops.ToDouble(args[0])));
    };

    private static double NextAfter(double x, double y) =>
        double.IsNaN(x) || double.IsNaN(y) ? double.NaN : x == y ? y : x < y ? Math.BitIncrement(x) : Math.BitDecrement(x);

    // IEEERemainder rounds the quotient to the nearest even integer, as C's remainder().
    private static double Remainder(double x, double y) =>
        double.IsNaN(x) || double.IsNaN(y) ? double.NaN
        : double.IsInfinity(x) || y == 0 ? throw Domain()
        : double.IsInfinity(y) ? x : Math.IEEERemainder(x, y);

    private static double Ulp(double x)
    {
        x = Math.Abs(x);
        return double.IsNaN(x) || double.IsInfinity(x) ? x
            : x == double.MaxValue ? x - Math.BitDecrement(x) : Math.BitIncrement(x) - x;
    }

    // C#'s % on doubles is C's fmod.
    private static double Fmod(double x, double y) => double.IsInfinity(x) || y == 0 ? throw Domain() : x % y;

    private static Value Log(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        if (args.Length is < 1 or > 2)
        {
            throw PyErr.TypeError($"log expected 1 or 2 arguments, got {args.Length}");
        }

        double value = LogOf(args[0]);
        if (args.Length == 1)
        {
            return Value.FromFloat(value);
        }

        double baseLog = LogOf(args[1]);
        return baseLog == 0.0 ? throw PyErr.ZeroDivisionError("float division by zero") : Value.FromFloat(value / baseLog);
    }

    // Natural log, exact enough for ints beyond the double range.
    private static double LogOf(Value x)
    {
        if (Ops.IsIntLike(x) && !x.IsInt)
        {
            BigInteger big = Ops.ToBigInteger(x);
            return big.Sign <= 0 ? throw Domain() : BigInteger.Log(big);
        }

        double d = Ops.ToDouble(x);
        return d <= 0 ? throw Domain() : Math.Log(d);
    }

    private static Value Pow(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("pow", args, kwnames, 2);
        double x = Ops.ToDouble(args[0]);
        double y = Ops.ToDouble(args[1]);
        if (x == 0 && y < 0)
        {
            throw Domain();
        }

        if (x < 0 && double.IsFinite(x) && double.IsFinite(y) && y != Math.Floor(y))
        {
            throw Domain();
        }

        double result = Math.Pow(x, y);
        return Value.FromFloat(double.IsInfinity(result) && double.IsFinite(x) && double.IsFinite(y) ? throw PyErr.OverflowError("math range error") : result);
    }

    private static Value Hypot(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        double sum = 0;
        double max = 0;
        foreach (Value arg in args)
        {
            max = Math.Max(max, Math.Abs(Ops.ToDouble(arg)));
        }

        if (max == 0 || double.IsInfinity(max))
        {
            return Value.FromFloat(max);
        }

        foreach (Value arg in args)
        {
            double scaled = Ops.ToDouble(arg) / max;
            sum += scaled * scaled;
        }

        return Value.FromFloat(max * Math.Sqrt(sum));
    }

    private static Value Dist(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("dist", args, kwnames, 2);
        Value[] p = Ops.ToArray(args[0]);
        Value[] q = Ops.ToArray(args[1]);
        if (p.Length != q.Length)
        {
            throw PyErr.ValueError("both points must have the same number of dimensions");
        }

        var differences = new Value[p.Length];
        for (int i = 0; i < p.Length; i++)
        {
            differences[i] = Value.FromFloat(Ops.ToDouble(p[i]) - Ops.ToDouble(q[i]));
        }

        return Hypot(differences, null);
    }

    private static Value Rounding(string name, ReadOnlySpan<Value> args, string[]? kwnames, string dunder, Func<double, double> round)
    {
        ArgParser.Exactly(name, args, kwnames, 1);
        Value x = args[0];
        if (Ops.IsIntLike(x))
        {
            return x.IsInt ? x : PyInt.Make(Ops.ToBigInteger(x));
        }

        if (!x.IsFloat && x.ObjectOrNull is not PyFloat && Ops.TryCallSpecial(x, dunder, [], out Value result))
        {
            return result;
        }

        double d = Ops.ToDouble(x);
        if (double.IsNaN(d))
        {
            throw PyErr.ValueError("cannot convert float NaN to integer");
        }

        if (double.IsInfinity(d))
        {
            throw PyErr.OverflowError("cannot convert float infinity to integer");
        }

        return PyInt.FromDouble(round(d));
    }

    private static Value Trunc(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("trunc", args, kwnames, 1);
        if (!args[0].IsFloat && args[0].ObjectOrNull is not PyFloat && Ops.TryCallSpecial(args[0], "__trunc__", [], out Value result))
        {
            return result;
        }

        return Rounding("trunc", args, kwnames, "__trunc__", Math.Truncate);
    }

    private static BigInteger ExactInt(Value x, string name)
    {
        if (!Ops.IsIntLike(x))
        {
            if (x.IsFloat || x.ObjectOrNull is PyFloat)
            {
                throw PyErr.TypeError("'float' object cannot be interpreted as an integer");
            }

            return Ops.ToBigInteger(Ops.Index(x));
        }

        return Ops.ToBigInteger(x);
    }

    private static Value Factorial(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("factorial", args, kwnames, 1);
        BigInteger n = ExactInt(args[0], "factorial");
        if (n < 0)
        {
            throw PyErr.ValueError("factorial() not defined for negative values");
        }

        BigInteger result = BigInteger.One;
        for (int i = 2; i <= (int)n; i++)
        {
            result *= i;
        }

        return PyInt.Make(result);
    }

    private static Value Gcd(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        BigInteger result = BigInteger.Zero;
        foreach (Value arg in args)
        {
            result = BigInteger.GreatestCommonDivisor(result, ExactInt(arg, "gcd"));
        }

        return PyInt.Make(result);
    }

    private static Value Lcm(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        BigInteger result = BigInteger.One;
        foreach (Value arg in args)
        {
            BigInteger n = BigInteger.Abs(ExactInt(arg, "lcm"));
            if (n.IsZero)
            {
                return Value.FromInt(0);
            }

            result = result / BigInteger.GreatestCommonDivisor(result, n) * n;
        }

        return PyInt.Make(result);
    }

    private static Value Isqrt(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("isqrt", args, kwnames, 1);
        BigInteger n = ExactInt(args[0], "isqrt");
        if (n < 0)
        {
            throw PyErr.ValueError("isqrt() argument must be nonnegative");
        }

        if (n.IsZero)
        {
            return Value.FromInt(0);
        }

        // Newton's method from an overestimate.
        BigInteger x = BigInteger.One << (int)((n.GetBitLength() + 1) / 2);
        while (true)
        {
            BigInteger y = (x + (n / x)) >> 1;
            if (y >= x)
            {
                return PyInt.Make(x);
            }

            x = y;
        }
    }

    private static Value Comb(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("comb", args, kwnames, 2);
        BigInteger n = ExactInt(args[0], "comb");
        BigInteger k = ExactInt(args[1], "comb");
        if (n < 0 || k < 0)
        {
            throw PyErr.ValueError(n < 0 ? "n must be a non-negative integer" : "k must be a non-negative integer");
        }

        if (k > n)
        {
            return Value.FromInt(0);
        }

        k = BigInteger.Min(k, n - k);
        BigInteger result = BigInteger.One;
        for (BigInteger i = 1; i <= k; i++)
        {
            result = result * (n - k + i) / i;
        }

        return PyInt.Make(result);
    }

    private static Value Perm(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        if (args.Length is < 1 or > 2)
        {
            throw PyErr.TypeError($"perm expected at most 2 arguments, got {args.Length}");
        }

        BigInteger n = ExactInt(args[0], "perm");
        BigInteger k = args.Length == 1 || args[1].IsNone ? n : ExactInt(args[1], "perm");
        if (n < 0 || k < 0)
        {
            throw PyErr.ValueError(n < 0 ? "n must be a non-negative integer" : "k must be a non-negative integer");
        }

        if (k > n)
        {
            return Value.FromInt(0);
        }

        BigInteger result = BigInteger.One;
        for (BigInteger i = n - k + 1; i <= n; i++)
        {
            result *= i;
        }

        return PyInt.Make(result);
    }

    // Shewchuk's exact summation with partials, as CPython's math.fsum.
    private static Value Fsum(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("fsum", args, kwnames, 1);
        var partials = new List<double>();
        PyIterator iterator = Ops.GetIter(args[0]);
        while (iterator.TryNext(out Value item))
        {
            double x = Ops.ToDouble(item);
            int i = 0;
            foreach (double p in partials.ToArray())
            {
                double y = p;
                if (Math.Abs(x) < Math.Abs(y))
                {
                    (x, y) = (y, x);
                }

                double hi = x + y;
                double lo = y - (hi - x);
                if (lo != 0)
                {
                    partials[i++] = lo;
                }

                x = hi;
            }

            partials.RemoveRange(i, partials.Count - i);
            partials.Add(x);
        }

        double sum = 0;
        for (int j = partials.Count - 1; j >= 0; j--)
        {
            double x = sum;
            double y = partials[j];
            sum = x + y;
            double lo = y - (sum - x);
            if (lo != 0)
            {
                // Round half-even correction as CPython does.
                if (j > 0 && ((lo < 0 && partials[j - 1] < 0) || (lo > 0 && partials[j - 1] > 0)))
                {
                    double twice = lo * 2;
                    double candidate = sum + twice;
                    if (twice == candidate - sum)
                    {
                        sum = candidate;
                    }
                }

                break;
            }
        }

        return Value.FromFloat(sum);
    }

    private static Value Prod(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        Value result = Value.FromInt(1);
        int positional = args.Length - (kwnames?.Length ?? 0);
        if (kwnames is not null)
        {
            for (int i = 0; i < kwnames.Length; i++)
            {
                result = kwnames[i] == "start" ? args[positional + i] : throw PyErr.TypeError($"prod() got an unexpected keyword argument '{kwnames[i]}'");
            }
        }

        PyIterator iterator = Ops.GetIter(args[0]);
        while (iterator.TryNext(out Value item))
        {
            result = Ops.Multiply(result, item);
        }

        return result;
    }

    private static Value IsClose(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        int positional = args.Length - (kwnames?.Length ?? 0);
        double a = Ops.ToDouble(args[0]);
        double b = Ops.ToDouble(args[1]);
        double relTol = 1e-9;
        double absTol = 0;
        for (int i = 0; i < (kwnames?.Length ?? 0); i++)
        {
            double value = Ops.ToDouble(args[positional + i]);
            if (kwnames![i] == "rel_tol")
            {
                relTol = value;
            }
            else
            {
                absTol = value;
            }
        }

        if (relTol < 0 || absTol < 0)
        {
            throw PyErr.ValueError("tolerances must be non-negative");
        }

        if (a == b)
        {
            return Value.True;
        }

        if (double.IsInfinity(a) || double.IsInfinity(b))
        {
            return Value.False;
        }

        double diff = Math.Abs(b - a);
        return Value.FromBool(diff <= Math.Abs(relTol * b) || diff <= Math.Abs(relTol * a) || diff <= absTol);
    }

    private static Value Modf(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("modf", args, kwnames, 1);
        double x = Ops.ToDouble(args[0]);
        if (double.IsInfinity(x))
        {
            return PyTuple.Create(Value.FromFloat(Math.CopySign(0.0, x)), Value.FromFloat(x));
        }

        double whole = Math.Truncate(x);
        return PyTuple.Create(Value.FromFloat(Math.CopySign(x - whole, x)), Value.FromFloat(whole));
    }

    private static Value Frexp(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("frexp", args, kwnames, 1);
        double x = Ops.ToDouble(args[0]);
        if (x == 0 || double.IsNaN(x) || double.IsInfinity(x))
        {
            return PyTuple.Create(Value.FromFloat(x), Value.FromInt(0));
        }

        int exponent = Math.ILogB(x) + 1;
        double mantissa = Math.ScaleB(x, -exponent);
        if (Math.Abs(mantissa) >= 1)
        {
            mantissa /= 2;
            exponent++;
        }

        return PyTuple.Create(Value.FromFloat(mantissa), Value.FromInt(exponent));
    }

    private static Value Ldexp(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("ldexp", args, kwnames, 2);
        double x = Ops.ToDouble(args[0]);
        long exponent = (long)Math.Clamp((double)Ops.ToBigInteger(args[1]), int.MinValue, int.MaxValue);
        double result = Math.ScaleB(x, (int)exponent);
        return Value.FromFloat(double.IsInfinity(result) && double.IsFinite(x) ? throw PyErr.OverflowError("math range error") : result);
    }

    private static double Erf(double x)
    {
        // Abramowitz-Stegun 7.1.26 is too coarse; use the series / continued fraction split.
        double ax = Math.Abs(x);
        if (ax < 1.5)
        {
            double sum = x;
            double term = x;
            double x2 = x * x;
            for (int n = 1; n < 100; n++)
            {
                term *= -x2 / n;
                double add = term / ((2 * n) + 1);
                sum += add;
                if (Math.Abs(add) < 1e-17 * Math.Abs(sum))
                {
                    break;
                }
            }

            return 2 / Math.Sqrt(Math.PI) * sum;
        }

        // Continued fraction for erfc.
        double fraction = 0;
        for (int n = 60; n >= 1; n--)
        {
            fraction = n / 2.0 / (ax + fraction);
        }

        double erfc = Math.Exp(-ax * ax) / Math.Sqrt(Math.PI) / (ax + fraction);
        return x > 0 ? 1 - erfc : erfc - 1;
    }

    private static double Gamma(double x)
    {
        if (x == Math.Floor(x) && x <= 0)
        {
            throw Domain();
        }

        if (x < 0.5)
        {
            return Math.PI / (Math.Sin(Math.PI * x) * Gamma(1 - x));
        }

        // Lanczos approximation (g = 7, n = 9).
        double[] g = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
        x -= 1;
        double a = g[0];
        double t = x + 7.5;
        for (int i = 1; i < 9; i++)
        {
            a += g[i] / (x + i);
        }

        return Math.Sqrt(2 * Math.PI) * Math.Pow(t, x + 0.5) * Math.Exp(-t) * a;
    }
}
