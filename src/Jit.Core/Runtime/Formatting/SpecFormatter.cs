using System.Globalization;
using System.Numerics;
using System.Text;
using Jit.Runtime.Objects;
using Jit.Runtime.Text;

namespace Jit.Runtime.Formatting;

/// <summary>
/// <c>format(value, spec)</c> for the built-in types: the <c>__format__</c> of int, float and str.
/// A formatted number is laid out as CPython's calc_number_widths/fill_number do:
/// <code>
///   [left padding][sign][prefix][sign padding][grouped digits][tail][right padding]
/// </code>
/// where the tail is everything after the integer digits (decimal point, fraction, exponent, '%',
/// or the character of 'c'), and only one of the three paddings is non-empty.
/// </summary>
public static class SpecFormatter
{
    /// <summary><c>format(value, spec)</c>: built-in ints, floats and strs directly, anything
    /// else through its type's <c>__format__</c>.</summary>
    public static string Format(Value value, string spec)
    {
        if (value.IsInt)
        {
            return spec.Length == 0
                ? value.Int.ToString(CultureInfo.InvariantCulture)
                : FormatInt(value.Int, spec, "int");
        }

        if (value.IsFloat)
        {
            return spec.Length == 0 ? FloatFormatter.Repr(value.Float) : FormatFloat(value.Float, spec, "float");
        }

        if (value.ObjectOrNull is PyStr s && ReferenceEquals(s.Type, PyType.Str))
        {
            return FormatStr(s.Text, spec);
        }

        return Ops.Format(value, spec);
    }

    /// <summary><c>str.__format__</c> (the empty spec is the caller's: it means <c>str(x)</c>).</summary>
    public static string FormatStr(string value, string spec)
    {
        if (spec.Length == 0)
        {
            return value;
        }

        var parsed = FormatSpec.Parse(spec, 's', '<', "str");
        if (parsed.Type != 's')
        {
            throw parsed.UnknownType("str");
        }

        if (parsed.Sign != '\0')
        {
            throw PyErr.ValueError(parsed.Sign == ' '
                ? "Space not allowed in string format specifier"
                : "Sign not allowed in string format specifier");
        }

        if (parsed.NoNegativeZero)
        {
            throw PyErr.ValueError("Negative zero coercion (z) not allowed in string format specifier");
        }

        if (parsed.Alternate)
        {
            throw PyErr.ValueError("Alternate form (#) not allowed in string format specifier");
        }

        if (parsed.Align == '=')
        {
            throw PyErr.ValueError("'=' alignment not allowed in string format specifier");
        }

        int length = PyStr.CountCodePoints(value);
        if (parsed.Precision >= 0 && length > parsed.Precision)
        {
            value = value[..CodePoints.UnitIndex(value, parsed.Precision)];
            length = parsed.Precision;
        }

        return Pad(value, length, parsed);
    }

    /// <summary><c>int.__format__</c> with a non-empty spec; <paramref name="typeName"/> names the
    /// value's type in errors ("int", "bool", a subclass).</summary>
    public static string FormatInt(BigInteger value, string spec, string typeName)
    {
        var parsed = FormatSpec.Parse(spec, 'd', '>', typeName);
        switch (parsed.Type)
        {
            case 'b' or 'c' or 'd' or 'o' or 'x' or 'X' or 'n':
                return FormatInt(value, parsed);
            case 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or '%':
                return FormatFloat(Ops.BigToDouble(value), parsed);
            default:
                throw parsed.UnknownType(typeName);
        }
    }

    /// <summary><c>float.__format__</c> with a non-empty spec.</summary>
    public static string FormatFloat(double value, string spec, string typeName)
    {
        var parsed = FormatSpec.Parse(spec, 0, '>', typeName);
        return parsed.Type is 0 or 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or 'n' or '%'
            ? FormatFloat(value, parsed)
            : throw parsed.UnknownType(typeName);
    }

    /// <summary>An int with a parsed spec whose type is one of b c d o x X n.</summary>
    public static string FormatInt(BigInteger value, in FormatSpec spec)
    {
        if (spec.Precision >= 0)
        {
            throw PyErr.ValueError("Precision not allowed in integer format specifier");
        }

        if (spec.NoNegativeZero)
        {
            throw PyErr.ValueError("Negative zero coercion (z) not allowed in integer format specifier");
        }

        if (spec.Type == 'c')
        {
            if (spec.Sign != '\0')
            {
                throw PyErr.ValueError("Sign not allowed with integer format specifier 'c'");
            }

            if (spec.Alternate)
            {
                throw PyErr.ValueError("Alternate form (#) not allowed with integer format specifier 'c'");
            }

            if (value < long.MinValue || value > long.MaxValue)
            {
                throw PyErr.OverflowError("Python int too large to convert to C long");
            }

            if (value.Sign < 0 || value > 0x10ffff)
            {
                throw PyErr.OverflowError("%c arg not in range(0x110000)");
            }

            // The character goes in the tail: it is never grouped or zero-padded.
            return Layout(spec, false, string.Empty, string.Empty, CodePoints.ToText((int)value), '\0');
        }

        (int numberBase, string prefix) = spec.Type switch
        {
            'b' => (2, "0b"),
            'o' => (8, "0o"),
            'x' => (16, "0x"),
            'X' => (16, "0X"),
            _ => (10, string.Empty),
        };
        string digits = numberBase == 10
            ? Ops.IntToString(BigInteger.Abs(value))
            : ToBase(BigInteger.Abs(value), numberBase, spec.Type == 'X');
        return Layout(spec, value.Sign < 0, spec.Alternate ? prefix : string.Empty, digits, string.Empty, spec.Type == 'n' ? '\0' : spec.Grouping);
    }

    /// <summary>A float with a parsed spec whose type is one of e E f F g G n % or none.</summary>
    public static string FormatFloat(double value, in FormatSpec spec)
    {
        var flags = FloatFlags.None;
        if (spec.Alternate)
        {
            flags |= FloatFlags.Alternate;
        }

        if (spec.NoNegativeZero)
        {
            flags |= FloatFlags.NoNegativeZero;
        }

        char type = (char)spec.Type;
        int defaultPrecision = 6;
        if (type == 0)
        {
            // No type: repr() without a precision, else 'g' keeping at least one decimal.
            flags |= FloatFlags.AddDotZero;
            type = 'r';
            defaultPrecision = 0;
        }
        else if (type == 'n')
        {
            type = 'g';
        }

        bool percent = type == '%';
        if (percent)
        {
            type = 'f';
            value *= 100;
        }

        int precision = defaultPrecision;
        if (spec.Precision >= 0)
        {
            precision = spec.Precision;
            if (type == 'r')
            {
                type = 'g';
            }
        }

        string text = FloatFormatter.ToString(value, type, precision, flags);
        return LayoutFloat(percent ? text + "%" : text, spec);
    }

    /// <summary><c>complex.__format__</c> with a non-empty spec: both parts formatted as floats
    /// (the imaginary one always signed), then padded as a whole; no type means str()'s form,
    /// with parentheses unless the real part is +0.</summary>
    public static string FormatComplex(Complex value, string spec, string typeName)
    {
        var parsed = FormatSpec.Parse(spec, 0, '>', typeName);
        if (parsed.Type is not (0 or 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or 'n'))
        {
            throw parsed.UnknownType(typeName);
        }

        if (parsed.Fill == "0")
        {
            throw PyErr.ValueError("Zero padding is not allowed in complex format specifier");
        }

        if (parsed.Align == '=')
        {
            throw PyErr.ValueError("'=' alignment flag is not allowed in complex format specifier");
        }

        var flags = FloatFlags.None;
        if (parsed.Alternate)
        {
            flags |= FloatFlags.Alternate;
        }

        if (parsed.NoNegativeZero)
        {
            flags |= FloatFlags.NoNegativeZero;
        }

        char type = parsed.Type == 'n' ? 'g' : (char)parsed.Type;
        int precision = 6;
        bool skipReal = false;
        bool parentheses = false;
        if (type == 0)
        {
            type = 'r';
            precision = 0;
            skipReal = value.Real == 0 && !double.IsNegative(value.Real);
            parentheses = !skipReal;
        }

        if (parsed.Precision >= 0)
        {
            precision = parsed.Precision;
            if (type == 'r')
            {
                type = 'g';
            }
        }

        string real = skipReal ? string.Empty : LayoutFloat(FloatFormatter.ToString(value.Real, type, precision, flags), parsed.Unpadded(parsed.Sign));
        string imaginary = LayoutFloat(FloatFormatter.ToString(value.Imaginary, type, precision, flags), parsed.Unpadded(skipReal ? parsed.Sign : '+'));
        string body = parentheses ? $"({real}{imaginary}j)" : $"{real}{imaginary}j";
        return Pad(body, PyStr.CountCodePoints(body), parsed);
    }

    /// <summary>Lays out a formatted float ("-12.5e+03", "inf", "50.0%") per the spec.</summary>
    private static string LayoutFloat(string text, in FormatSpec spec)
    {
        bool negative = text[0] == '-';
        int start = negative ? 1 : 0;
        int end = start;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        return Layout(spec, negative, string.Empty, text[start..end], text[end..], spec.Type == 'n' ? '\0' : spec.Grouping);
    }

    /// <summary>Pads text of <paramref name="length"/> code points to the spec's width.</summary>
    private static string Pad(string value, int length, in FormatSpec spec)
    {
        int padding = spec.Width - length;
        if (padding <= 0)
        {
            return value;
        }

        int left = spec.Align switch
        {
            '>' => padding,
            '^' => padding / 2,
            _ => 0,
        };
        var sb = new StringBuilder(value.Length + padding * spec.Fill.Length);
        AppendFill(sb, spec.Fill, left);
        sb.Append(value);
        AppendFill(sb, spec.Fill, padding - left);
        return sb.ToString();
    }

    /// <summary>Digits of <paramref name="value"/> (&gt;= 0) in base 2, 8 or 16.</summary>
    public static string ToBase(BigInteger value, int numberBase, bool upper)
    {
        if (value.IsZero)
        {
            return "0";
        }

        int bitsPerDigit = numberBase switch
        {
            2 => 1,
            8 => 3,
            _ => 4,
        };
        string alphabet = upper ? "0123456789ABCDEF" : "0123456789abcdef";
        if (value <= ulong.MaxValue)
        {
            ulong small = (ulong)value;
            Span<char> buffer = stackalloc char[64];
            int pos = buffer.Length;
            do
            {
                buffer[--pos] = alphabet[(int)(small & (ulong)(numberBase - 1))];
                small >>= bitsPerDigit;
            }
            while (small != 0);
            return new string(buffer[pos..]);
        }

        byte[] bytes = value.ToByteArray(isUnsigned: true, isBigEndian: false);
        long bitCount = (long)value.GetBitLength();
        int count = (int)((bitCount + bitsPerDigit - 1) / bitsPerDigit);
        var chars = new char[count];
        for (int i = 0; i < count; i++)
        {
            long bit = (long)i * bitsPerDigit;
            int digit = 0;
            for (int b = 0; b < bitsPerDigit && bit + b < bitCount; b++)
            {
                long at = bit + b;
                digit |= ((bytes[at >> 3] >> (int)(at & 7)) & 1) << b;
            }

            chars[count - 1 - i] = alphabet[digit];
        }

        return new string(chars);
    }

    /// <summary>Puts sign, prefix, grouped digits and tail together with the spec's padding.</summary>
    private static string Layout(in FormatSpec spec, bool negative, string prefix, string digits, string tail, char separator)
    {
        string sign = negative ? "-" : spec.Sign switch
        {
            '+' => "+",
            ' ' => " ",
            _ => string.Empty,
        };
        int nonDigits = sign.Length + prefix.Length + PyStr.CountCodePoints(tail);
        string grouped = digits.Length == 0
            ? string.Empty
            : Group(digits, spec.ZeroPadsDigits ? spec.Width - nonDigits : 0, separator, spec.GroupSize);
        int padding = spec.Width - (nonDigits + grouped.Length);
        if (padding <= 0)
        {
            return string.Concat(sign, prefix, grouped, tail);
        }

        var sb = new StringBuilder(spec.Width + padding);
        int left = spec.Align switch
        {
            '<' or '=' => 0,
            '^' => padding / 2,
            _ => padding,
        };
        AppendFill(sb, spec.Fill, left);
        sb.Append(sign).Append(prefix);
        if (spec.Align == '=')
        {
            AppendFill(sb, spec.Fill, padding);
        }

        sb.Append(grouped).Append(tail);
        if (spec.Align is '<' or '^')
        {
            AppendFill(sb, spec.Fill, padding - left);
        }

        return sb.ToString();
    }

    /// <summary>
    /// Inserts <paramref name="separator"/> every <paramref name="size"/> digits from the right,
    /// and pads with zeros (grouped too) up to <paramref name="minWidth"/> characters, as CPython's
    /// _PyUnicode_InsertThousandsGrouping: <c>format(1234, '010,')</c> is "00,001,234".
    /// </summary>
    private static string Group(string digits, int minWidth, char separator, int size)
    {
        if (separator == '\0')
        {
            return digits.Length >= minWidth ? digits : new string('0', minWidth - digits.Length) + digits;
        }

        // Pieces from right to left: separator, group digits, zeros made up to reach the width.
        var pieces = new List<string>();
        int remaining = digits.Length;
        bool useSeparator = false;
        while (true)
        {
            int length = Math.Min(size, Math.Max(Math.Max(remaining, minWidth), 1));
            int zeros = Math.Max(0, length - remaining);
            int chars = Math.Max(0, Math.Min(remaining, length));
            if (useSeparator)
            {
                pieces.Add(separator.ToString());
            }

            pieces.Add(digits.Substring(remaining - chars, chars));
            pieces.Add(new string('0', zeros));
            useSeparator = true;
            remaining -= chars;
            minWidth -= length;
            if (remaining <= 0 && minWidth <= 0)
            {
                break;
            }

            minWidth--;
        }

        pieces.Reverse();
        return string.Concat(pieces);
    }

    private static void AppendFill(StringBuilder sb, string fill, int count)
    {
        if (fill.Length == 1)
        {
            sb.Append(fill[0], Math.Max(count, 0));
            return;
        }

        for (int i = 0; i < count; i++)
        {
            sb.Append(fill);
        }
    }

}
