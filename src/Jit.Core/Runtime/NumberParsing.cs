using System.Globalization;
using System.Numerics;
using System.Text;
using Jit.Runtime.Formatting;
using Jit.Runtime.Objects;

namespace Jit.Runtime;

/// <summary><c>int(str, base)</c> and <c>float(str)</c> parsing with CPython's rules and messages.</summary>
public static class NumberParsing
{
    /// <summary>Parses like <c>int(text, base)</c>; <paramref name="display"/> is the repr used in
    /// the error message (the original str or bytes).</summary>
    public static Value ParseInt(string text, int numberBase, string display)
    {
        if (numberBase != 0 && (numberBase < 2 || numberBase > 36))
        {
            throw PyErr.ValueError("int() base must be >= 2 and <= 36, or 0");
        }

        if (TryParseInt(text, numberBase, out Value result, out bool tooManyDigits, out int digits))
        {
            return result;
        }

        if (tooManyDigits)
        {
            int limit = PyContext.CurrentOrNull?.IntMaxStrDigits ?? PyContext.DefaultIntMaxStrDigits;
            throw PyErr.ValueError($"Exceeds the limit ({limit} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit");
        }

        throw PyErr.ValueError($"invalid literal for int() with base {numberBase}: {display}");
    }

    public static Value ParseInt(string text, int numberBase) => ParseInt(text, numberBase, PyRepr.Str(text));

    /// <summary>Parses like <c>float(text)</c>.</summary>
    public static double ParseFloat(string text, string display)
    {
        return TryParseFloat(text, out double value)
            ? value
            : throw PyErr.ValueError($"could not convert string to float: {display}");
    }

    public static double ParseFloat(string text) => ParseFloat(text, PyRepr.Str(text));

    public static bool TryParseFloat(string text, out double value)
    {
        string s = StripWhitespace(text);
        value = 0;
        if (s.Length == 0)
        {
            return false;
        }

        int i = 0;
        bool negative = false;
        if (s[0] is '+' or '-')
        {
            negative = s[0] == '-';
            i = 1;
        }

        string rest = s[i..];
        if (rest.Equals("inf", StringComparison.OrdinalIgnoreCase) || rest.Equals("infinity", StringComparison.OrdinalIgnoreCase))
        {
            value = negative ? double.NegativeInfinity : double.PositiveInfinity;
            return true;
        }

        if (rest.Equals("nan", StringComparison.OrdinalIgnoreCase))
        {
            value = double.NaN;
            return true;
        }

        // digits [. digits] [e [sign] digits], with single underscores between digits.
        var clean = new StringBuilder(s.Length);
        if (negative)
        {
            clean.Append('-');
        }

        int p = 0;
        int intDigits = ScanDigits(rest, ref p, clean);
        if (intDigits < 0)
        {
            return false;
        }

        int fracDigits = 0;
        if (p < rest.Length && rest[p] == '.')
        {
            clean.Append('.');
            p++;
            fracDigits = ScanDigits(rest, ref p, clean);
            if (fracDigits < 0)
            {
                return false;
            }
        }

        if (intDigits + fracDigits == 0)
        {
            return false;
        }

        if (p < rest.Length && rest[p] is 'e' or 'E')
        {
            clean.Append('e');
            p++;
            if (p < rest.Length && rest[p] is '+' or '-')
            {
                clean.Append(rest[p]);
                p++;
            }

            if (ScanDigits(rest, ref p, clean) <= 0)
            {
                return false;
            }
        }

        if (p != rest.Length)
        {
            return false;
        }

        value = double.Parse(clean.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture);
        return true;
    }

    /// <summary>Python's str.strip() whitespace.</summary>
    public static string StripWhitespace(string text)
    {
        int start = 0;
        int end = text.Length;
        while (start < end && IsSpace(text[start]))
        {
            start++;
        }

        while (end > start && IsSpace(text[end - 1]))
        {
            end--;
        }

        return text[start..end];
    }

    /// <summary>Python's notion of whitespace (<c>str.isspace</c>).</summary>
    public static bool IsSpace(char c) =>
        c is ' ' or '\t' or '\n' or '\r' or '\v' or '\f' or '\x1c' or '\x1d' or '\x1e' or '\x1f' or '\x85'
        || (c > 127 && char.IsWhiteSpace(c));

    private static bool TryParseInt(string text, int numberBase, out Value result, out bool tooManyDigits, out int digitCount)
    {
        result = default;
        tooManyDigits = false;
        digitCount = 0;
        string s = StripWhitespace(text);
        int i = 0;
        bool negative = false;
        if (i < s.Length && s[i] is '+' or '-')
        {
            negative = s[i] == '-';
            i++;
        }

        bool prefixed = false;
        if (i + 1 < s.Length && s[i] == '0')
        {
            char marker = char.ToLowerInvariant(s[i + 1]);
            int prefixBase = marker switch
            {
                'x' => 16,
                'o' => 8,
                'b' => 2,
                _ => 0,
            };
            if (prefixBase != 0 && (numberBase == 0 || numberBase == prefixBase))
            {
                numberBase = prefixBase;
                i += 2;
                prefixed = true;
            }
        }

        bool baseZeroDecimal = numberBase == 0;
        if (numberBase == 0)
        {
            numberBase = 10;
        }

        // Digits with single underscores between them (or one right after a base prefix).
        var digits = new List<int>(s.Length - i);
        bool afterDigit = false;
        bool underscoreAllowed = prefixed;
        for (; i < s.Length; i++)
        {
            char c = s[i];
            if (c == '_')
            {
                if (!underscoreAllowed)
                {
                    return false;
                }

                underscoreAllowed = false;
                afterDigit = false;
                continue;
            }

            int d = DigitValue(c);
            if (d < 0 || d >= numberBase)
            {
                return false;
            }

            digits.Add(d);
            afterDigit = true;
            underscoreAllowed = true;
        }

        if (digits.Count == 0 || !afterDigit)
        {
            return false;
        }

        if (baseZeroDecimal && !prefixed && digits[0] == 0 && digits.Exists(d => d != 0))
        {
            // "010" is not a valid literal; "000" is.
            return false;
        }

        int limit = PyContext.CurrentOrNull?.IntMaxStrDigits ?? PyContext.DefaultIntMaxStrDigits;
        if ((numberBase & (numberBase - 1)) != 0 && limit > 0 && digits.Count > limit)
        {
            tooManyDigits = true;
            digitCount = digits.Count;
            return false;
        }

        BigInteger value = Accumulate(digits, numberBase);
        result = PyInt.Make(negative ? -value : value);
        return true;
    }

    private static BigInteger Accumulate(List<int> digits, int numberBase)
    {
        // Fits in a long: numberBase ** digits < 2 ** 62.
        if (digits.Count * Math.Log2(numberBase) < 62)
        {
            long small = 0;
            foreach (int d in digits)
            {
                small = (small * numberBase) + d;
            }

            return small;
        }

        if (numberBase == 10)
        {
            var sb = new StringBuilder(digits.Count);
            foreach (int d in digits)
            {
                sb.Append((char)('0' + d));
            }

            return BigInteger.Parse(sb.ToString(), NumberStyles.None, CultureInfo.InvariantCulture);
        }

        BigInteger value = BigInteger.Zero;
        foreach (int d in digits)
        {
            value = (value * numberBase) + d;
        }

        return value;
    }

    private static int DigitValue(char c)
    {
        if (c is >= '0' and <= '9')
        {
            return c - '0';
        }

        if (c is >= 'a' and <= 'z')
        {
            return c - 'a' + 10;
        }

        if (c is >= 'A' and <= 'Z')
        {
            return c - 'A' + 10;
        }

        // Any Unicode decimal digit counts, as in CPython.
        return c > 127 && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.DecimalDigitNumber
            ? (int)CharUnicodeInfo.GetNumericValue(c)
            : -1;
    }

    /// <summary>Scans decimal digits with single underscores between them into
    /// <paramref name="clean"/>; returns the digit count, or -1 for a misplaced underscore.</summary>
    private static int ScanDigits(string s, ref int p, StringBuilder clean)
    {
        int count = 0;
        while (p < s.Length)
        {
            char c = s[p];
            if (c == '_')
            {
                if (count == 0 || p + 1 >= s.Length || DigitValue(s[p + 1]) is < 0 or > 9)
                {
                    return -1;
                }

                p++;
                continue;
            }

            int d = DigitValue(c);
            if (d is < 0 or > 9)
            {
                break;
            }

            clean.Append((char)('0' + d));
            count++;
            p++;
        }

        return count;
    }
}
