namespace Jit.Lexing;

/// <summary>Number and string literals, scanned with the same steps and error positions as
/// CPython's tokenizer (an error's offset is where CPython's cursor stands).</summary>
public sealed partial class Lexer
{
    private static bool IsStringPrefixStart(char c) => c is 'r' or 'R' or 'u' or 'U' or 'b' or 'B' or 'f' or 'F';

    private bool TryReadPrefixedString(out Token token)
    {
        token = default;
        int start = _pos;
        int p = start;
        bool seenB = false, seenR = false, seenU = false, seenF = false;
        while (p < _source.Length && p - start < 2)
        {
            char c = char.ToLowerInvariant(_source[p]);
            ref bool seen = ref seenB;
            switch (c)
            {
                case 'b':
                    seen = ref seenB;
                    break;
                case 'r':
                    seen = ref seenR;
                    break;
                case 'u':
                    seen = ref seenU;
                    break;
                case 'f':
                    seen = ref seenF;
                    break;
                default:
                    goto EndOfPrefix;
            }

            if (seen)
            {
                return false;
            }

            seen = true;
            p++;
        }

    EndOfPrefix:
        if (p >= _source.Length || (_source[p] != '"' && _source[p] != '\''))
        {
            return false;
        }

        // Valid prefixes: r u b f br rb fr rf (any case); u combines with nothing.
        if ((seenU && p - start > 1) || (seenB && seenF))
        {
            return false;
        }

        token = ReadString(start, p);
        return true;
    }

    private Token ReadString(int start, int quoteStart)
    {
        string s = _source;
        char quote = s[quoteStart];
        bool triple = quoteStart + 2 < s.Length && s[quoteStart + 1] == quote && s[quoteStart + 2] == quote;
        int startLine = _line;
        int startColumn = start - _lineStart;
        int p = quoteStart + (triple ? 3 : 1);
        while (true)
        {
            if (p >= s.Length)
            {
                _pos = p;
                if (triple)
                {
                    int lastLine = s.Length > 0 && s[^1] == '\n' ? _line - 1 : _line;
                    throw Error($"unterminated triple-quoted string literal (detected at line {lastLine})", startLine, startColumn + 1, startLine, startColumn + 1);
                }

                throw Error($"unterminated string literal (detected at line {_line})", startLine, startColumn + 1, startLine, startColumn + 1);
            }

            char c = s[p];
            if (c == quote)
            {
                if (!triple)
                {
                    p++;
                    break;
                }

                if (p + 2 < s.Length && s[p + 1] == quote && s[p + 2] == quote)
                {
                    p += 3;
                    break;
                }
            }
            else if (c == '\n')
            {
                if (!triple)
                {
                    _pos = p;
                    throw Error($"unterminated string literal (detected at line {_line})", startLine, startColumn + 1, startLine, startColumn + 1);
                }

                _line++;
                _lineStart = p + 1;
            }
            else if (c == '\\' && p + 1 < s.Length)
            {
                p++;
                if (s[p] == '\n')
                {
                    _line++;
                    _lineStart = p + 1;
                }
            }

            p++;
        }

        _pos = p;
        return MakeToken(TokenKind.String, start, startLine, startColumn);
    }

    private Token ReadNumber(int start)
    {
        var scan = new NumberScanner(this, start);
        scan.Run();
        _pos = scan.Cursor;
        return MakeToken(TokenKind.Number, start);
    }

    /// <summary>CPython's number automaton: <see cref="NextChar"/> and <see cref="Backup"/> move a
    /// cursor exactly as tok_nextc/tok_backup do, so error offsets come out the same.</summary>
    private struct NumberScanner
    {
        private readonly Lexer _lexer;
        private readonly int _start;

        public NumberScanner(Lexer lexer, int start)
        {
            _lexer = lexer;
            _start = start;
            Cursor = start;
        }

        public int Cursor { get; private set; }

        public void Run()
        {
            char c = NextChar();
            if (c == '0')
            {
                c = NextChar();
                if (c is 'x' or 'X')
                {
                    RadixDigits(16, "hexadecimal");
                    return;
                }

                if (c is 'o' or 'O')
                {
                    RadixDigits(8, "octal");
                    return;
                }

                if (c is 'b' or 'B')
                {
                    RadixDigits(2, "binary");
                    return;
                }

                LeadingZero(c);
                return;
            }

            if (c == '.')
            {
                Fraction(NextChar());
                return;
            }

            c = DecimalTail();
            if (c == '.')
            {
                c = NextChar();
                Fraction(c);
                return;
            }

            ExponentOrEnd(c);
        }

        private void LeadingZero(char c)
        {
            bool nonZero = false;
            while (true)
            {
                if (c == '_')
                {
                    c = NextChar();
                    if (!char.IsAsciiDigit(c))
                    {
                        Backup();
                        throw ErrorAtCursor("invalid decimal literal");
                    }
                }

                if (c != '0')
                {
                    break;
                }

                c = NextChar();
            }

            int zerosEnd = Cursor;
            if (char.IsAsciiDigit(c))
            {
                nonZero = true;
                c = DecimalTail();
            }

            if (c == '.')
            {
                Fraction(NextChar());
                return;
            }

            if (c is 'e' or 'E' or 'j' or 'J')
            {
                ExponentOrEnd(c);
                return;
            }

            if (nonZero)
            {
                Backup();
                int lineStart = _lexer._lineStart;
                throw _lexer.Error(
                    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                    _lexer._line, _start + 1 - lineStart, _lexer._line, zerosEnd - lineStart);
            }

            VerifyEnd(c, "decimal");
            Backup();
        }

        private void Fraction(char c)
        {
            if (char.IsAsciiDigit(c))
            {
                c = DecimalTail();
            }

            ExponentOrEnd(c);
        }

        private void ExponentOrEnd(char c)
        {
            if (c is 'e' or 'E')
            {
                char e = c;
                c = NextChar();
                if (c is '+' or '-')
                {
                    c = NextChar();
                    if (!char.IsAsciiDigit(c))
                    {
                        Backup();
                        throw ErrorAtCursor("invalid decimal literal");
                    }
                }
                else if (!char.IsAsciiDigit(c))
                {
                    Backup();
                    VerifyEnd(e, "decimal");
                    Backup();
                    return;
                }

                c = DecimalTail();
            }

            if (c is 'j' or 'J')
            {
                c = NextChar();
                VerifyEnd(c, "imaginary");
            }
            else
            {
                VerifyEnd(c, "decimal");
            }

            Backup();
        }

        private void RadixDigits(int radix, string kind)
        {
            char c = NextChar();
            do
            {
                if (c == '_')
                {
                    c = NextChar();
                }

                if (!IsRadixDigit(c, radix))
                {
                    if (radix != 16 && char.IsAsciiDigit(c))
                    {
                        throw ErrorAtCursor($"invalid digit '{c}' in {kind} literal");
                    }

                    Backup();
                    throw ErrorAtCursor($"invalid {kind} literal");
                }

                do
                {
                    c = NextChar();
                }
                while (IsRadixDigit(c, radix));
            }
            while (c == '_');

            if (radix != 16 && char.IsAsciiDigit(c))
            {
                throw ErrorAtCursor($"invalid digit '{c}' in {kind} literal");
            }

            VerifyEnd(c, kind);
            Backup();
        }

        private char DecimalTail()
        {
            while (true)
            {
                char c;
                do
                {
                    c = NextChar();
                }
                while (char.IsAsciiDigit(c));

                if (c != '_')
                {
                    return c;
                }

                c = NextChar();
                if (!char.IsAsciiDigit(c))
                {
                    Backup();
                    throw ErrorAtCursor("invalid decimal literal");
                }
            }
        }

        /// <summary>A number may not run into an identifier, except into the keywords that can
        /// follow a number in valid code (CPython only warns about `1if x else y`).</summary>
        private void VerifyEnd(char c, string kind)
        {
            string s = _lexer._source;
            int next = Cursor;
            bool keyword = c switch
            {
                'a' => Follows(s, next, "nd"),
                'e' => Follows(s, next, "lse"),
                'f' => Follows(s, next, "or"),
                'i' => next < s.Length && s[next] is 'f' or 'n' or 's',
                'o' => Follows(s, next, "r"),
                'n' => Follows(s, next, "ot"),
                _ => false,
            };
            // A non-ASCII character after a number is reported as an invalid character instead.
            if (!keyword && (char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                Backup();
                throw ErrorAtCursor($"invalid {kind} literal");
            }
        }

        private static bool Follows(string s, int index, string text) =>
            s.AsSpan(index).StartsWith(text, StringComparison.Ordinal);

        private static bool IsRadixDigit(char c, int radix) => radix switch
        {
            16 => char.IsAsciiHexDigit(c),
            8 => c is >= '0' and <= '7',
            _ => c is '0' or '1',
        };

        private char NextChar()
        {
            string s = _lexer._source;
            char c = Cursor < s.Length ? s[Cursor] : '\0';
            Cursor++;
            return c;
        }

        private void Backup() => Cursor--;

        private readonly SyntaxErrorException ErrorAtCursor(string message)
        {
            int offset = Cursor - _lexer._lineStart;
            return _lexer.Error(message, _lexer._line, offset, _lexer._line, offset);
        }
    }
}
