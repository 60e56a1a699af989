using System.Globalization;
using System.Numerics;

namespace Jit.Lexing;

/// <summary>The value of a NUMBER token (already validated by the lexer): a long when the int fits,
/// else a BigInteger; a double (correctly rounded, overflow gives infinity); or an imaginary
/// Complex.</summary>
public static class NumberLiteral
{
    public static object Parse(ReadOnlySpan<char> text)
    {
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        int length = 0;
        foreach (char c in text)
        {
            if (c != '_')
            {
                buffer[length++] = c;
            }
        }

        ReadOnlySpan<char> digits = buffer[..length];
        char last = digits[^1];
        if (last is 'j' or 'J')
        {
            return new Complex(0, ParseFloat(digits[..^1]));
        }

        if (digits.Length > 1 && digits[0] == '0' && char.IsAsciiLetter(digits[1]))
        {
            int radix = char.ToLowerInvariant(digits[1]) switch { 'x' => 16, 'o' => 8, _ => 2 };
            return ParseRadix(digits[2..], radix);
        }

        if (digits.IndexOfAny('.', 'e', 'E') >= 0)
        {
            return ParseFloat(digits);
        }

        if (digits.Length <= 18)
        {
            return long.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        }

        return Normalize(BigInteger.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture));
    }

    private static double ParseFloat(ReadOnlySpan<char> digits) =>
        double.Parse(digits, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static object ParseRadix(ReadOnlySpan<char> digits, int radix)
    {
        BigInteger value = BigInteger.Zero;
        int bitsPerDigit = radix switch { 16 => 4, 8 => 3, _ => 1 };
        if (digits.Length * bitsPerDigit < 63)
        {
            long small = 0;
            foreach (char c in digits)
            {
                small = (small << bitsPerDigit) | (long)HexDigit(c);
            }

            return small;
        }

        foreach (char c in digits)
        {
            value = (value << bitsPerDigit) | HexDigit(c);
        }

        return Normalize(value);
    }

    private static int HexDigit(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    private static object Normalize(BigInteger value) =>
        value >= long.MinValue && value <= long.MaxValue ? (object)(long)value : value;
}
