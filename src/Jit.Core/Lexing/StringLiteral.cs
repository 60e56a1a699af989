using System.Globalization;
using System.Text;

namespace Jit.Lexing;

/// <summary>What a string token's prefix says, and where its body is.</summary>
public readonly record struct StringPrefix(bool IsRaw, bool IsBytes, bool IsFormatted, bool IsUnicode, int PrefixLength, int QuoteLength)
{
    /// <summary>The text between the quotes.</summary>
    public ReadOnlySpan<char> Body(ReadOnlySpan<char> tokenText) =>
        tokenText[(PrefixLength + QuoteLength)..^QuoteLength];
}

/// <summary>Decoding of string and bytes literals: escapes, raw strings, \N{NAME}; errors as
/// CPython's ("(unicode error) 'unicodeescape' codec can't decode bytes ...").</summary>
public static class StringLiteral
{
    public static StringPrefix ParsePrefix(ReadOnlySpan<char> tokenText)
    {
        bool raw = false, bytes = false, formatted = false, unicode = false;
        int i = 0;
        for (; tokenText[i] != '\'' && tokenText[i] != '"'; i++)
        {
            switch (char.ToLowerInvariant(tokenText[i]))
            {
                case 'r':
                    raw = true;
                    break;
                case 'b':
                    bytes = true;
                    break;
                case 'f':
                    formatted = true;
                    break;
                default:
                    unicode = true;
                    break;
            }
        }

        int quoteLength = tokenText.Length - i >= 6 && tokenText[i + 1] == tokenText[i] && tokenText[i + 2] == tokenText[i] ? 3 : 1;
        return new StringPrefix(raw, bytes, formatted, unicode, i, quoteLength);
    }

    /// <summary>The value of a non-f-string token: a string, or a byte[] for bytes literals.</summary>
    public static object Decode(Lexer lexer, in Token token)
    {
        ReadOnlySpan<char> text = lexer.Text(token);
        StringPrefix prefix = ParsePrefix(text);
        ReadOnlySpan<char> body = prefix.Body(text);
        return prefix.IsBytes ? DecodeBytes(body, prefix.IsRaw, lexer, token) : DecodeString(body, prefix.IsRaw, lexer, token);
    }

    /// <summary>Decodes the escapes of a str literal body (or a literal part of an f-string).</summary>
    public static string DecodeString(ReadOnlySpan<char> body, bool raw, Lexer lexer, in Token token)
    {
        if (raw || body.IndexOf('\\') < 0)
        {
            return body.ToString();
        }

        var sb = new StringBuilder(body.Length);
        int i = 0;
        while (i < body.Length)
        {
            char c = body[i];
            if (c != '\\' || i + 1 >= body.Length)
            {
                sb.Append(c);
                i++;
                continue;
            }

            int escapeStart = i;
            char e = body[i + 1];
            i += 2;
            int simple = SimpleEscape(e);
            if (simple != NotSimple)
            {
                if (simple != LineContinuation)
                {
                    sb.Append((char)simple);
                }

                continue;
            }

            switch (e)
            {
                case >= '0' and <= '7':
                    sb.Append((char)ReadOctal(body, ref i, e));
                    break;
                case 'x':
                    AppendCodePoint(sb, ReadHex(body, ref i, 2, escapeStart, "truncated \\xXX escape", lexer, token));
                    break;
                case 'u':
                    AppendCodePoint(sb, ReadHex(body, ref i, 4, escapeStart, "truncated \\uXXXX escape", lexer, token));
                    break;
                case 'U':
                    int codePoint = ReadHex(body, ref i, 8, escapeStart, "truncated \\UXXXXXXXX escape", lexer, token);
                    if (codePoint > 0x10FFFF)
                    {
                        throw UnicodeError(escapeStart, i - 1, "illegal Unicode character", lexer, token);
                    }

                    AppendCodePoint(sb, codePoint);
                    break;
                case 'N':
                    AppendCodePoint(sb, ReadName(body, ref i, escapeStart, lexer, token));
                    break;
                default:
                    // Unknown escapes stay as written (CPython only warns).
                    sb.Append('\\').Append(e);
                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>Decodes a bytes literal body; only ASCII characters are allowed in it.</summary>
    public static byte[] DecodeBytes(ReadOnlySpan<char> body, bool raw, Lexer lexer, in Token token)
    {
        foreach (char c in body)
        {
            if (c >= 0x80)
            {
                throw new SyntaxErrorException(SyntaxErrorKind.SyntaxError, "bytes can only contain ASCII literal characters",
                    lexer.FileName, token.Line, token.Column + 1, token.EndLine, token.EndColumn + 1, lexer.GetLine(token.Line));
            }
        }

        var bytes = new List<byte>(body.Length);
        int i = 0;
        while (i < body.Length)
        {
            char c = body[i];
            if (raw || c != '\\' || i + 1 >= body.Length)
            {
                bytes.Add((byte)c);
                i++;
                continue;
            }

            int escapeStart = i;
            char e = body[i + 1];
            i += 2;
            int simple = SimpleEscape(e);
            if (simple != NotSimple)
            {
                if (simple != LineContinuation)
                {
                    bytes.Add((byte)simple);
                }

                continue;
            }

            switch (e)
            {
                case >= '0' and <= '7':
                    bytes.Add((byte)ReadOctal(body, ref i, e));
                    break;
                case 'x':
                    if (i + 2 > body.Length || !char.IsAsciiHexDigit(body[i]) || !char.IsAsciiHexDigit(body[i + 1]))
                    {
                        throw AtTokenEnd($"(value error) invalid \\x escape at position {escapeStart}", lexer, token);
                    }

                    bytes.Add(byte.Parse(body.Slice(i, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 2;
                    break;
                default:
                    bytes.Add((byte)'\\');
                    bytes.Add((byte)e);
                    break;
            }
        }

        return bytes.ToArray();
    }

    private const int NotSimple = -1;
    private const int LineContinuation = -2;

    /// <summary>The value of a one-character escape shared by str and bytes (\n, \t, \\ ...),
    /// <see cref="LineContinuation"/> for an escaped newline, or <see cref="NotSimple"/>.</summary>
    private static int SimpleEscape(char e) => e switch
    {
        '\n' => LineContinuation,
        '\\' or '\'' or '"' => e,
        'a' => 7,
        'b' => 8,
        'f' => 12,
        'n' => 10,
        'r' => 13,
        't' => 9,
        'v' => 11,
        _ => NotSimple,
    };

    private static int ReadOctal(ReadOnlySpan<char> body, ref int i, char first)
    {
        int value = first - '0';
        for (int n = 1; n < 3 && i < body.Length && body[i] is >= '0' and <= '7'; n++)
        {
            value = (value * 8) + (body[i] - '0');
            i++;
        }

        // Octal escapes above \377 wrap in bytes and give the code point in str, as in CPython.
        return value;
    }

    private static int ReadHex(ReadOnlySpan<char> body, ref int i, int digits, int escapeStart, string message, Lexer lexer, in Token token)
    {
        int value = 0;
        for (int n = 0; n < digits; n++)
        {
            if (i >= body.Length || !char.IsAsciiHexDigit(body[i]))
            {
                throw UnicodeError(escapeStart, i - 1, message, lexer, token);
            }

            value = (value * 16) + HexValue(body[i]);
            i++;
        }

        return value;
    }

    private static int ReadName(ReadOnlySpan<char> body, ref int i, int escapeStart, Lexer lexer, in Token token)
    {
        if (i >= body.Length || body[i] != '{')
        {
            throw UnicodeError(escapeStart, i - 1, "malformed \\N character escape", lexer, token);
        }

        int close = body[i..].IndexOf('}');
        if (close <= 1)
        {
            throw UnicodeError(escapeStart, close < 0 ? body.Length - 1 : i + close, "malformed \\N character escape", lexer, token);
        }

        ReadOnlySpan<char> name = body.Slice(i + 1, close - 1);
        int end = i + close;
        i = end + 1;
        if (!UnicodeNames.TryLookup(name, out int codePoint))
        {
            throw UnicodeError(escapeStart, end, "unknown Unicode character name", lexer, token);
        }

        return codePoint;
    }

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    private static void AppendCodePoint(StringBuilder sb, int codePoint)
    {
        if (codePoint < 0x10000)
        {
            sb.Append((char)codePoint);
        }
        else
        {
            sb.Append(char.ConvertFromUtf32(codePoint));
        }
    }

    private static SyntaxErrorException UnicodeError(int start, int end, string reason, Lexer lexer, in Token token) =>
        AtTokenEnd($"(unicode error) 'unicodeescape' codec can't decode bytes in position {start}-{end}: {reason}", lexer, token);

    private static SyntaxErrorException AtTokenEnd(string message, Lexer lexer, in Token token) =>
        new(SyntaxErrorKind.SyntaxError, message, lexer.FileName, token.EndLine, token.EndColumn + 1, token.EndLine, token.EndColumn + 1, lexer.GetLine(token.EndLine));
}
