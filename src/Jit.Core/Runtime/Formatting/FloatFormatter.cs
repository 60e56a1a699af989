using System.Globalization;
using System.Numerics;
using System.Text;

namespace Jit.Runtime.Formatting;

/// <summary>Options of <see cref="FloatFormatter.ToString"/> (CPython's <c>Py_DTSF_*</c> flags).</summary>
[Flags]
public enum FloatFlags
{
    None = 0,

    /// <summary>Always write a sign ('+' for positive numbers).</summary>
    Sign = 1,

    /// <summary>Write "1.0" rather than "1" when there is no exponent.</summary>
    AddDotZero = 2,

    /// <summary>The '#' form: keep the decimal point, and trailing zeros for 'g'.</summary>
    Alternate = 4,

    /// <summary>The 'z' option: a result that rounds to zero loses its minus sign.</summary>
    NoNegativeZero = 8,
}

/// <summary>
/// CPython's float to text conversion (PyOS_double_to_string): repr ('r': the shortest digits that
/// round-trip, fixed notation for decimal exponents in [-4, 16)), and the 'e', 'f', 'g' formats
/// with a precision, rounded half-even on the exact binary value as David Gay's dtoa does.
/// </summary>
public static class FloatFormatter
{
    public static string Repr(double value) => ToString(value, 'r', 0, FloatFlags.AddDotZero);

    /// <summary>repr() of a complex number: <c>1j</c>, <c>(1+2j)</c>, <c>(-0-1j)</c>.</summary>
    public static string ComplexRepr(Complex value)
    {
        string imag = ToString(value.Imaginary, 'r', 0, FloatFlags.None) + "j";
        if (value.Real == 0 && !double.IsNegative(value.Real))
        {
            return imag;
        }

        string real = ToString(value.Real, 'r', 0, FloatFlags.None);
        string sign = value.Imaginary >= 0 || double.IsNaN(value.Imaginary) ? "+" : string.Empty;
        if (double.IsNegative(value.Imaginary) && value.Imaginary == 0)
        {
            sign = string.Empty;
        }

        return "(" + real + sign + imag + ")";
    }

    /// <summary>
    /// Formats <paramref name="value"/> with format code <paramref name="code"/>: 'e', 'E', 'f',
    /// 'F', 'g', 'G' with <paramref name="precision"/> digits (after the point for 'e'/'f',
    /// significant for 'g'), or 'r' (shortest repr; precision must be 0).
    /// </summary>
    public static string ToString(double value, char code, int precision, FloatFlags flags)
    {
        bool upper = code is 'E' or 'F' or 'G';
        char format = char.ToLowerInvariant(code);
        var sb = new StringBuilder();

        // NaN never shows a sign of its own, whatever its sign bit (as in CPython).
        bool negative = !double.IsNaN(value) && double.IsNegative(value);
        if (!double.IsFinite(value))
        {
            AppendSign(sb, negative, flags);
            sb.Append(double.IsNaN(value) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
            return sb.ToString();
        }

        string digits;
        int decpt;
        switch (format)
        {
            case 'e':
                precision++;
                SignificantDigits(Math.Abs(value), precision, out digits, out decpt);
                break;
            case 'f':
                FixedDigits(Math.Abs(value), precision, out digits, out decpt);
                break;
            case 'g':
                if (precision == 0)
                {
                    precision = 1;
                }

                SignificantDigits(Math.Abs(value), precision, out digits, out decpt);
                break;
            case 'r':
                ShortestDigits(Math.Abs(value), out digits, out decpt);
                break;
            default:
                throw new ArgumentException($"bad float format code '{code}'", nameof(code));
        }

        if (negative && (flags & FloatFlags.NoNegativeZero) != 0 && digits == "0")
        {
            negative = false;
        }

        AppendSign(sb, negative, flags);
        Layout(sb, digits, decpt, format, precision, flags, upper);
        return sb.ToString();
    }

    private static void AppendSign(StringBuilder sb, bool negative, FloatFlags flags)
    {
        if (negative)
        {
            sb.Append('-');
        }
        else if ((flags & FloatFlags.Sign) != 0)
        {
            sb.Append('+');
        }
    }

    /// <summary>
    /// Lays out <paramref name="digits"/> (no trailing zeros, the decimal point after
    /// <paramref name="decpt"/> of them) as a slice of the infinite string "...000digits000...":
    /// leading zeros when decpt &lt;= 0, trailing zeros up to the precision, then an exponent.
    /// </summary>
    private static void Layout(StringBuilder sb, string digits, int decpt, char format, int precision, FloatFlags flags, bool upper)
    {
        bool alternate = (flags & FloatFlags.Alternate) != 0;
        bool addDotZero = (flags & FloatFlags.AddDotZero) != 0;
        bool useExponent = false;
        int end = digits.Length;
        switch (format)
        {
            case 'e':
                useExponent = true;
                end = precision;
                break;
            case 'f':
                end = decpt + precision;
                break;
            case 'g':
                useExponent = decpt <= -4 || decpt > (addDotZero ? precision - 1 : precision);
                if (alternate)
                {
                    end = precision;
                }

                break;
            default:
                // 'r': exponent from 1e16 on, so a 16-digit shortest repr is never padded with
                // made-up zeros.
                useExponent = decpt <= -4 || decpt > 16;
                break;
        }

        int exponent = 0;
        if (useExponent)
        {
            exponent = decpt - 1;
            decpt = 1;
        }

        int start = decpt <= 0 ? decpt - 1 : 0;
        end = !useExponent && addDotZero ? Math.Max(end, decpt + 1) : Math.Max(end, decpt);

        for (int i = start; i < end; i++)
        {
            if (i == decpt)
            {
                sb.Append('.');
            }

            sb.Append(i >= 0 && i < digits.Length ? digits[i] : '0');
        }

        // The point is written only before a digit, or last in the '#' form.
        if (end == decpt && alternate)
        {
            sb.Append('.');
        }

        if (useExponent)
        {
            sb.Append(upper ? 'E' : 'e')
                .Append(exponent < 0 ? '-' : '+')
                .Append(Math.Abs(exponent).ToString("00", CultureInfo.InvariantCulture));
        }
    }

    /// <summary>The shortest digits that read back as <paramref name="value"/> (&gt;= 0).</summary>
    private static void ShortestDigits(double value, out string digits, out int decpt)
    {
        if (value == 0)
        {
            digits = "0";
            decpt = 1;
            return;
        }

        // "E16" is not shortest; "R" is (since .NET Core 3.0), in the form "1.2345E-05" or "123.45".
        string text = value.ToString("R", CultureInfo.InvariantCulture);
        int exponent = 0;
        int e = text.IndexOf('E');
        if (e >= 0)
        {
            exponent = int.Parse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text[..e];
        }

        int dot = text.IndexOf('.');
        string all = dot >= 0 ? string.Concat(text.AsSpan(0, dot), text.AsSpan(dot + 1)) : text;
        decpt = (dot >= 0 ? dot : text.Length) + exponent;
        int leading = 0;
        while (all[leading] == '0')
        {
            leading++;
        }

        digits = all[leading..].TrimEnd('0');
        decpt -= leading;
    }

    /// <summary><paramref name="count"/> significant digits of <paramref name="value"/> (&gt;= 0),
    /// rounded half-even; trailing zeros are dropped.</summary>
    private static void SignificantDigits(double value, int count, out string digits, out int decpt)
    {
        if (value == 0)
        {
            digits = "0";
            decpt = 1;
            return;
        }

        Decompose(value, out long mantissa, out int exponent2);

        // value = q * 10^-scale + rest, with 10^(count-1) <= q < 10^count once k is right.
        int k = (int)Math.Floor(Math.Log10(value));
        BigInteger low = BigInteger.Pow(10, count - 1);
        BigInteger high = low * 10;
        BigInteger quotient;
        int comparison;
        while (true)
        {
            quotient = ScaledQuotient(mantissa, exponent2, count - 1 - k, out comparison);
            if (quotient < low)
            {
                k--;
            }
            else if (quotient >= high)
            {
                k++;
            }
            else
            {
                break;
            }
        }

        quotient = RoundHalfEven(quotient, comparison);
        if (quotient == high)
        {
            quotient = low;
            k++;
        }

        digits = quotient.ToString(CultureInfo.InvariantCulture).TrimEnd('0');
        decpt = k + 1;
    }

    /// <summary>The digits of <paramref name="value"/> (&gt;= 0) rounded half-even to
    /// <paramref name="places"/> places after the point; trailing zeros are dropped.</summary>
    private static void FixedDigits(double value, int places, out string digits, out int decpt)
    {
        if (value == 0)
        {
            digits = "0";
            decpt = 1;
            return;
        }

        Decompose(value, out long mantissa, out int exponent2);
        BigInteger quotient = RoundHalfEven(ScaledQuotient(mantissa, exponent2, places, out int comparison), comparison);
        if (quotient.IsZero)
        {
            digits = "0";
            decpt = 1;
            return;
        }

        string text = quotient.ToString(CultureInfo.InvariantCulture);
        decpt = text.Length - places;
        digits = text.TrimEnd('0');
    }

    /// <summary>value = mantissa * 2^exponent exactly (value finite, &gt; 0).</summary>
    private static void Decompose(double value, out long mantissa, out int exponent)
    {
        long bits = BitConverter.DoubleToInt64Bits(value);
        int biased = (int)((bits >> 52) & 0x7ff);
        mantissa = bits & 0xfffffffffffffL;
        if (biased == 0)
        {
            exponent = -1074;
        }
        else
        {
            mantissa |= 1L << 52;
            exponent = biased - 1075;
        }
    }

    /// <summary>floor(mantissa * 2^exponent2 * 10^exponent10), and how the dropped fraction
    /// compares with one half (-1, 0, +1).</summary>
    private static BigInteger ScaledQuotient(long mantissa, int exponent2, int exponent10, out int comparison)
    {
        BigInteger numerator = mantissa;
        BigInteger denominator = BigInteger.One;
        if (exponent2 > 0)
        {
            numerator <<= exponent2;
        }
        else
        {
            denominator <<= -exponent2;
        }

        if (exponent10 > 0)
        {
            numerator *= BigInteger.Pow(10, exponent10);
        }
        else if (exponent10 < 0)
        {
            denominator *= BigInteger.Pow(10, -exponent10);
        }

        BigInteger quotient = BigInteger.DivRem(numerator, denominator, out BigInteger remainder);
        comparison = (remainder << 1).CompareTo(denominator);
        return quotient;
    }

    private static BigInteger RoundHalfEven(BigInteger quotient, int comparison) =>
        comparison > 0 || (comparison == 0 && !quotient.IsEven) ? quotient + 1 : quotient;
}
