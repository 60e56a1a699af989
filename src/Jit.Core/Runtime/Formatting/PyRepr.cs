using System.Globalization;
using System.Text;
using Jit.Runtime.Text;

namespace Jit.Runtime.Formatting;

/// <summary>CPython's repr() of str and bytes: quote choice, escapes, and which characters are
/// printable (Unicode categories, as <c>str.isprintable</c>).</summary>
public static class PyRepr
{
    public static string Str(string value)
    {
        char quote = value.Contains('\'') && !value.Contains('"') ? '"' : '\'';
        var sb = new StringBuilder(value.Length + 2);
        sb.Append(quote);
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (c == quote || c == '\\')
            {
                sb.Append('\\').Append(c);
            }
            else if (c == '\t')
            {
                sb.Append("\\t");
            }
            else if (c == '\n')
            {
                sb.Append("\\n");
            }
            else if (c == '\r')
            {
                sb.Append("\\r");
            }
            else if (c < ' ' || c == 0x7f)
            {
                sb.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
            }
            else if (c < 0x7f)
            {
                sb.Append(c);
            }
            else if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                int codePoint = char.ConvertToUtf32(c, value[i + 1]);
                if (IsPrintable(codePoint))
                {
                    sb.Append(c).Append(value[i + 1]);
                }
                else
                {
                    sb.Append("\\U").Append(codePoint.ToString("x8", CultureInfo.InvariantCulture));
                }

                i++;
            }
            else if (IsPrintable(c))
            {
                sb.Append(c);
            }
            else if (c <= 0xff)
            {
                sb.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
        }

        sb.Append(quote);
        return sb.ToString();
    }

    public static string Bytes(ReadOnlySpan<byte> value)
    {
        char quote = value.Contains((byte)'\'') && !value.Contains((byte)'"') ? '"' : '\'';
        var sb = new StringBuilder(value.Length + 3);
        sb.Append('b').Append(quote);
        foreach (byte b in value)
        {
            if (b == quote || b == '\\')
            {
                sb.Append('\\').Append((char)b);
            }
            else if (b == '\t')
            {
                sb.Append("\\t");
            }
            else if (b == '\n')
            {
                sb.Append("\\n");
            }
            else if (b == '\r')
            {
                sb.Append("\\r");
            }
            else if (b < ' ' || b >= 0x7f)
            {
                sb.Append("\\x").Append(b.ToString("x2", CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append((char)b);
            }
        }

        sb.Append(quote);
        return sb.ToString();
    }

    /// <summary><c>ascii()</c> of a repr: every non-ASCII code point becomes \xhh, \uhhhh or
    /// \Uhhhhhhhh.</summary>
    public static string AsciiEscape(string text)
    {
        if (!text.AsSpan().ContainsAnyExceptInRange('\0', '\x7f'))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 8);
        for (int i = 0; i < text.Length; i++)
        {
            int c = CodePoints.At(text, i);
            if (c > 0xffff)
            {
                i++;
            }

            if (c < 0x80)
            {
                sb.Append((char)c);
            }
            else if (c <= 0xff)
            {
                sb.Append("\\x").Append(c.ToString("x2", CultureInfo.InvariantCulture));
            }
            else if (c <= 0xffff)
            {
                sb.Append("\\u").Append(c.ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append("\\U").Append(c.ToString("x8", CultureInfo.InvariantCulture));
            }
        }

        return sb.ToString();
    }

    /// <summary>Python's notion of printable (<c>str.isprintable</c> of one code point).</summary>
    public static bool IsPrintable(int codePoint) => Printable.IsPrintable(codePoint);
}
