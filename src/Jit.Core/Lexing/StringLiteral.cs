using System.Globalization;
using System.Text;

namespace Jit.Lexing;

/// <summary>Stand-in string literal decoding until the real lexer is merged.</summary>
public static class StringLiteral
{
    /// <summary>Decodes a STRING token (not an f-string) to a string, or to byte[] for bytes.</summary>
    public static object Decode(string source, Token token)
    {
        int i = token.Start;
        bool raw = false;
        bool bytes = false;
        while (source[i] is not ('\'' or '"'))
        {
            raw |= source[i] is 'r' or 'R';
            bytes |= source[i] is 'b' or 'B';
            i++;
        }

        char quote = source[i];
        int quoteLength = token.End - i >= 6 && source[i + 1] == quote && source[i + 2] == quote ? 3 : 1;
        var body = source.AsSpan(i + quoteLength, token.End - i - 2 * quoteLength);
        string text = raw ? NormalizeNewlines(body) : DecodeEscapes(body, bytes);
        if (!bytes)
        {
            return text;
        }

        var result = new byte[text.Length];
        for (int k = 0; k < text.Length; k++)
        {
            result[k] = (byte)text[k];
        }

        return result;
    }

    public static string NormalizeNewlines(ReadOnlySpan<char> body) => body.ToString().Replace("\r\n", "\n").Replace('\r', '\n');

    /// <summary>Processes backslash escapes; for bytes every result char is a byte value.</summary>
    public static string DecodeEscapes(ReadOnlySpan<char> body, bool bytes)
    {
        var sb = new StringBuilder(body.Length);
        for (int i = 0; i < body.Length; i++)
        {
            char c = body[i];
            if (c == '\r')
            {
                sb.Append('\n');
                if (i + 1 < body.Length && body[i + 1] == '\n')
                {
                    i++;
                }

                continue;
            }

            if (c != '\\' || i + 1 >= body.Length)
            {
                sb.Append(c);
                continue;
            }

            char e = body[++i];
            switch (e)
            {
                case '\n':
                    break;
                case '\r':
                    if (i + 1 < body.Length && body[i + 1] == '\n')
                    {
                        i++;
                    }

                    break;
                case '\\': sb.Append('\\'); break;
                case '\'': sb.Append('\''); break;
                case '"': sb.Append('"'); break;
                case 'a': sb.Append('\a'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'v': sb.Append('\v'); break;
                case >= '0' and <= '7':
                {
                    int value = e - '0';
                    for (int k = 0; k < 2 && i + 1 < body.Length && body[i + 1] is >= '0' and <= '7'; k++)
                    {
                        value = value * 8 + (body[++i] - '0');
                    }

                    sb.Append((char)value);
                    break;
                }

                case 'x':
                    sb.Append((char)int.Parse(body.Slice(i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 2;
                    break;
                case 'u' when !bytes:
                    sb.Append((char)int.Parse(body.Slice(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                case 'U' when !bytes:
                    sb.Append(char.ConvertFromUtf32(int.Parse(body.Slice(i + 1, 8), NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
                    i += 8;
                    break;
                case 'N' when !bytes:
                {
                    int close = body.Slice(i).IndexOf('}');
                    sb.Append('?');
                    i += close;
                    break;
                }

                default:
                    sb.Append('\\').Append(e);
                    break;
            }
        }

        return sb.ToString();
    }
}
