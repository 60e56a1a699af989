using System.Globalization;
using System.Numerics;

namespace Jit.Lexing;

/// <summary>Stand-in number literal conversion until the real lexer is merged.</summary>
public static class NumberLiteral
{
    public static object Parse(ReadOnlySpan<char> text)
    {
        string s = text.ToString().Replace("_", string.Empty);
        if (s.EndsWith('j') || s.EndsWith('J'))
        {
            return new Complex(0, double.Parse(s.AsSpan(0, s.Length - 1), NumberStyles.Float, CultureInfo.InvariantCulture));
        }

        if (s.Length > 1 && s[0] == '0' && s[1] is 'x' or 'X' or 'o' or 'O' or 'b' or 'B')
        {
            int radix = s[1] is 'x' or 'X' ? 16 : s[1] is 'o' or 'O' ? 8 : 2;
            BigInteger value = BigInteger.Zero;
            foreach (char c in s.AsSpan(2))
            {
                value = value * radix + Convert.ToInt32(c.ToString(), 16);
            }

            return Narrow(value);
        }

        if (s.Contains('.') || s.Contains('e') || s.Contains('E'))
        {
            return double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);
        }

        return Narrow(BigInteger.Parse(s, CultureInfo.InvariantCulture));
    }

    private static object Narrow(BigInteger value) => value >= long.MinValue && value <= long.MaxValue ? (long)value : value;
}
