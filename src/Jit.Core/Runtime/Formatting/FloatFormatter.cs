using System.Globalization;
using System.Numerics;
using System.Text;

namespace Jit.Runtime.Formatting;

/// <summary>CPython's repr() of floats: the shortest digits that round-trip, in fixed notation when
/// the decimal exponent is in [-4, 16), otherwise as <c>1e+16</c>; plus inf, nan and -0.0.</summary>
public static class FloatFormatter
{
    public static string Repr(double value) => Format(value, addDotZero: true);

    /// <summary>repr() of a complex number: <c>1j</c>, <c>(1+2j)</c>, <c>(-0-1j)</c>.</summary>
    public static string ComplexRepr(Complex value)
    {
        string imag = Format(value.Imaginary, addDotZero: false) + "j";
        if (value.Real == 0 && !double.IsNegative(value.Real))
        {
            return imag;
        }

        string real = Format(value.Real, addDotZero: false);
        string sign = value.Imaginary >= 0 || double.IsNaN(value.Imaginary) ? "+" : string.Empty;
        if (double.IsNegative(value.Imaginary) && value.Imaginary == 0)
        {
            sign = string.Empty;
        }

        return "(" + real + sign + imag + ")";
    }

    private static string Format(double value, bool addDotZero)
    {
        if (double.IsNaN(value))
        {
            return "nan";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "inf" : "-inf";
        }

        // "R" yields the shortest round-trip digits, e.g. "1.5E-05"; re-lay them out Python's way.
        string text = value.ToString("R", CultureInfo.InvariantCulture);
        bool negative = text[0] == '-';
        if (negative)
        {
            text = text[1..];
        }

        int exponent = 0;
        int e = text.IndexOf('E');
        if (e >= 0)
        {
            exponent = int.Parse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text[..e];
        }

        int dot = text.IndexOf('.');
        string intPart = dot >= 0 ? text[..dot] : text;
        string digits = dot >= 0 ? intPart + text[(dot + 1)..] : intPart;
        int decimalPoint = intPart.Length + exponent;
        int leading = 0;
        while (leading < digits.Length - 1 && digits[leading] == '0')
        {
            leading++;
        }

        digits = digits[leading..];
        decimalPoint -= leading;
        digits = digits.TrimEnd('0');
        if (digits.Length == 0)
        {
            digits = "0";
            decimalPoint = 1;
        }

        var sb = new StringBuilder();
        if (negative)
        {
            sb.Append('-');
        }

        if (decimalPoint > -4 && decimalPoint <= 16)
        {
            if (decimalPoint <= 0)
            {
                sb.Append("0.").Append('0', -decimalPoint).Append(digits);
            }
            else if (decimalPoint >= digits.Length)
            {
                sb.Append(digits).Append('0', decimalPoint - digits.Length);
                if (addDotZero)
                {
                    sb.Append(".0");
                }
            }
            else
            {
                sb.Append(digits, 0, decimalPoint).Append('.').Append(digits, decimalPoint, digits.Length - decimalPoint);
            }
        }
        else
        {
            sb.Append(digits[0]);
            if (digits.Length > 1)
            {
                sb.Append('.').Append(digits, 1, digits.Length - 1);
            }

            int exp = decimalPoint - 1;
            sb.Append('e').Append(exp < 0 ? '-' : '+').Append(Math.Abs(exp).ToString("00", CultureInfo.InvariantCulture));
        }

        return sb.ToString();
    }
}
