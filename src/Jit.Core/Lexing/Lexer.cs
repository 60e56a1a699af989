using System.Globalization;
using System.Text;

namespace Jit.Lexing;

/// <summary>Stand-in tokenizer with the planned lexer API, used by the parser until the real
/// lexer (branch <c>lexer</c>) is merged.</summary>
public sealed class Lexer
{
    private static readonly Dictionary<string, TokenKind> s_keywords = new()
    {
        ["False"] = TokenKind.False,
        ["None"] = TokenKind.None,
        ["True"] = TokenKind.True,
        ["and"] = TokenKind.And,
        ["as"] = TokenKind.As,
        ["assert"] = TokenKind.Assert,
        ["async"] = TokenKind.Async,
        ["await"] = TokenKind.Await,
        ["break"] = TokenKind.Break,
        ["class"] = TokenKind.Class,
        ["continue"] = TokenKind.Continue,
        ["def"] = TokenKind.Def,
        ["del"] = TokenKind.Del,
        ["elif"] = TokenKind.Elif,
        ["else"] = TokenKind.Else,
        ["except"] = TokenKind.Except,
        ["finally"] = TokenKind.Finally,
        ["for"] = TokenKind.For,
        ["from"] = TokenKind.From,
        ["global"] = TokenKind.Global,
        ["if"] = TokenKind.If,
        ["import"] = TokenKind.Import,
        ["in"] = TokenKind.In,
        ["is"] = TokenKind.Is,
        ["lambda"] = TokenKind.Lambda,
        ["nonlocal"] = TokenKind.Nonlocal,
        ["not"] = TokenKind.Not,
        ["or"] = TokenKind.Or,
        ["pass"] = TokenKind.Pass,
        ["raise"] = TokenKind.Raise,
        ["return"] = TokenKind.Return,
        ["try"] = TokenKind.Try,
        ["while"] = TokenKind.While,
        ["with"] = TokenKind.With,
        ["yield"] = TokenKind.Yield,
    };

    private readonly string _source;
    private readonly string _fileName;
    private readonly List<int> _indents = new() { 0 };
    private readonly Stack<(char Open, int Line, int Column)> _brackets = new();
    private readonly Dictionary<string, string> _names = new();
    private int _pos;
    private int _line = 1;
    private int _lineStart;
    private bool _atLineStart = true;
    private bool _lineHasTokens;
    private int _pendingDedents;

    public Lexer(string source, string fileName)
    {
        _source = source;
        _fileName = fileName;
    }

    public string Source => _source;

    public string NameText(Token token)
    {
        var span = _source.AsSpan(token.Start, token.Length);
        var lookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(span, out var name))
        {
            return name;
        }

        string text = span.ToString();
        foreach (char c in text)
        {
            if (c >= 0x80)
            {
                text = text.Normalize(NormalizationForm.FormKC);
                break;
            }
        }

        text = string.Intern(text);
        _names[span.ToString()] = text;
        return text;
    }

    public Token Next()
    {
        if (_pendingDedents > 0)
        {
            _pendingDedents--;
            return new Token(TokenKind.Dedent, _pos, _pos, _line, _pos - _lineStart, _line, _pos - _lineStart);
        }

        while (true)
        {
            if (_atLineStart && _brackets.Count == 0)
            {
                var indentToken = ReadIndentation();
                if (indentToken.HasValue)
                {
                    return indentToken.Value;
                }

                if (_pendingDedents > 0)
                {
                    _pendingDedents--;
                    return new Token(TokenKind.Dedent, _pos, _pos, _line, _pos - _lineStart, _line, _pos - _lineStart);
                }
            }

            if (_pos >= _source.Length)
            {
                return EndOfInput();
            }

            char c = _source[_pos];
            if (c == ' ' || c == '\t' || c == '\f')
            {
                _pos++;
                continue;
            }

            if (c == '#')
            {
                while (_pos < _source.Length && _source[_pos] != '\n' && _source[_pos] != '\r')
                {
                    _pos++;
                }

                continue;
            }

            if (c == '\\' && _pos + 1 < _source.Length && (_source[_pos + 1] == '\n' || _source[_pos + 1] == '\r'))
            {
                _pos++;
                SkipNewline();
                continue;
            }

            if (c == '\n' || c == '\r')
            {
                if (_brackets.Count > 0 || !_lineHasTokens)
                {
                    SkipNewline();
                    _atLineStart = _brackets.Count == 0;
                    continue;
                }

                var newline = new Token(TokenKind.Newline, _pos, _pos + 1, _line, _pos - _lineStart, _line, _pos - _lineStart + 1);
                SkipNewline();
                _atLineStart = true;
                _lineHasTokens = false;
                return newline;
            }

            _lineHasTokens = true;
            return ReadToken();
        }
    }

    private Token EndOfInput()
    {
        if (_brackets.Count > 0)
        {
            var (open, line, column) = _brackets.Peek();
            throw Error($"'{open}' was never closed", line, column + 1, line, column + 2);
        }

        if (_lineHasTokens)
        {
            _lineHasTokens = false;
            return new Token(TokenKind.Newline, _pos, _pos, _line, _pos - _lineStart, _line, _pos - _lineStart + 1);
        }

        if (_indents.Count > 1)
        {
            _indents.RemoveAt(_indents.Count - 1);
            return new Token(TokenKind.Dedent, _pos, _pos, _line, 0, _line, 0);
        }

        int endLine = _pos > _lineStart ? _line + 1 : _line;
        return new Token(TokenKind.EndMarker, _pos, _pos, endLine, 0, endLine, 0);
    }

    private void SkipNewline()
    {
        if (_source[_pos] == '\r' && _pos + 1 < _source.Length && _source[_pos + 1] == '\n')
        {
            _pos++;
        }

        _pos++;
        _line++;
        _lineStart = _pos;
    }

    private Token? ReadIndentation()
    {
        while (true)
        {
            int column = 0;
            int p = _pos;
            while (p < _source.Length)
            {
                char c = _source[p];
                if (c == ' ')
                {
                    column++;
                }
                else if (c == '\t')
                {
                    column = (column / 8 + 1) * 8;
                }
                else if (c == '\f')
                {
                    column = 0;
                }
                else
                {
                    break;
                }

                p++;
            }

            if (p >= _source.Length)
            {
                _pos = p;
                _atLineStart = false;
                return null;
            }

            char next = _source[p];
            if (next == '#' || next == '\n' || next == '\r' || (next == '\\' && p + 1 < _source.Length && _source[p + 1] is '\n' or '\r'))
            {
                // Blank or comment-only line: no indentation change.
                _pos = p;
                while (_pos < _source.Length && _source[_pos] != '\n' && _source[_pos] != '\r')
                {
                    _pos++;
                }

                if (_pos >= _source.Length)
                {
                    _atLineStart = false;
                    return null;
                }

                SkipNewline();
                continue;
            }

            _pos = p;
            _atLineStart = false;
            int current = _indents[^1];
            if (column > current)
            {
                _indents.Add(column);
                return new Token(TokenKind.Indent, _lineStart, p, _line, 0, _line, column);
            }

            while (column < _indents[^1])
            {
                _indents.RemoveAt(_indents.Count - 1);
                _pendingDedents++;
            }

            if (column != _indents[^1])
            {
                throw new SyntaxErrorException(SyntaxErrorKind.IndentationError, "unindent does not match any outer indentation level", _fileName, _line, p - _lineStart + 1, _line, -1, LineText());
            }

            return null;
        }
    }

    private Token ReadToken()
    {
        int start = _pos;
        int startLine = _line;
        int startColumn = _pos - _lineStart;
        char c = _source[_pos];
        if (IsStringStart())
        {
            ReadString();
            return new Token(TokenKind.String, start, _pos, startLine, startColumn, _line, _pos - _lineStart);
        }

        if (IsIdentifierStart(c))
        {
            while (_pos < _source.Length && IsIdentifierPart(_source[_pos]))
            {
                _pos++;
            }

            var kind = s_keywords.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(_source.AsSpan(start, _pos - start), out var keyword)
                ? keyword
                : TokenKind.Name;
            return new Token(kind, start, _pos, startLine, startColumn, _line, _pos - _lineStart);
        }

        if (char.IsAsciiDigit(c) || (c == '.' && _pos + 1 < _source.Length && char.IsAsciiDigit(_source[_pos + 1])))
        {
            ReadNumber();
            return new Token(TokenKind.Number, start, _pos, startLine, startColumn, _line, _pos - _lineStart);
        }

        var op = ReadOperator();
        return new Token(op, start, _pos, startLine, startColumn, _line, _pos - _lineStart);
    }

    private bool IsStringStart()
    {
        int p = _pos;
        int letters = 0;
        while (p < _source.Length && letters < 3 && _source[p] is 'r' or 'R' or 'b' or 'B' or 'u' or 'U' or 'f' or 'F')
        {
            p++;
            letters++;
        }

        return p < _source.Length && _source[p] is '\'' or '"' && letters <= 2;
    }

    private void ReadString()
    {
        bool raw = false;
        while (_source[_pos] is not ('\'' or '"'))
        {
            raw |= _source[_pos] is 'r' or 'R';
            _pos++;
        }

        char quote = _source[_pos];
        int startLine = _line;
        int startColumn = _pos - _lineStart;
        bool triple = _pos + 2 < _source.Length && _source[_pos + 1] == quote && _source[_pos + 2] == quote;
        _pos += triple ? 3 : 1;
        while (true)
        {
            if (_pos >= _source.Length)
            {
                throw Error(triple ? "unterminated triple-quoted string literal (detected at line " + _line + ")" : "unterminated string literal (detected at line " + _line + ")", startLine, startColumn + 1, startLine, startColumn + 2);
            }

            char c = _source[_pos];
            if (c == '\\' && _pos + 1 < _source.Length)
            {
                _pos++;
                if (_source[_pos] == '\n' || _source[_pos] == '\r')
                {
                    SkipNewline();
                }
                else
                {
                    _pos++;
                }

                continue;
            }

            if (c == '\n' || c == '\r')
            {
                if (!triple)
                {
                    throw Error("unterminated string literal (detected at line " + _line + ")", startLine, startColumn + 1, startLine, startColumn + 2);
                }

                SkipNewline();
                continue;
            }

            if (c == quote)
            {
                if (!triple)
                {
                    _pos++;
                    return;
                }

                if (_pos + 2 < _source.Length && _source[_pos + 1] == quote && _source[_pos + 2] == quote)
                {
                    _pos += 3;
                    return;
                }
            }

            _pos++;
        }
    }

    private void ReadNumber()
    {
        char c = _source[_pos];
        if (c == '0' && _pos + 1 < _source.Length && _source[_pos + 1] is 'x' or 'X' or 'o' or 'O' or 'b' or 'B')
        {
            _pos += 2;
            while (_pos < _source.Length && (char.IsAsciiHexDigit(_source[_pos]) || _source[_pos] == '_'))
            {
                _pos++;
            }

            return;
        }

        ReadDigits();
        if (_pos < _source.Length && _source[_pos] == '.')
        {
            _pos++;
            ReadDigits();
        }

        if (_pos < _source.Length && _source[_pos] is 'e' or 'E')
        {
            int save = _pos;
            _pos++;
            if (_pos < _source.Length && _source[_pos] is '+' or '-')
            {
                _pos++;
            }

            if (_pos < _source.Length && char.IsAsciiDigit(_source[_pos]))
            {
                ReadDigits();
            }
            else
            {
                _pos = save;
            }
        }

        if (_pos < _source.Length && _source[_pos] is 'j' or 'J')
        {
            _pos++;
        }
    }

    private void ReadDigits()
    {
        while (_pos < _source.Length && (char.IsAsciiDigit(_source[_pos]) || _source[_pos] == '_'))
        {
            _pos++;
        }
    }

    private TokenKind ReadOperator()
    {
        char c = _source[_pos];
        char n1 = _pos + 1 < _source.Length ? _source[_pos + 1] : '\0';
        char n2 = _pos + 2 < _source.Length ? _source[_pos + 2] : '\0';
        switch (c)
        {
            case '(':
            case '[':
            case '{':
                _brackets.Push((c, _line, _pos - _lineStart));
                _pos++;
                return c == '(' ? TokenKind.LeftParen : c == '[' ? TokenKind.LeftBracket : TokenKind.LeftBrace;
            case ')':
            case ']':
            case '}':
                if (_brackets.Count == 0)
                {
                    throw Error($"unmatched '{c}'", _line, _pos - _lineStart + 1, _line, _pos - _lineStart + 2);
                }

                _brackets.Pop();
                _pos++;
                return c == ')' ? TokenKind.RightParen : c == ']' ? TokenKind.RightBracket : TokenKind.RightBrace;
            case ':':
                return Op(n1 == '=' ? 2 : 1, n1 == '=' ? TokenKind.ColonEqual : TokenKind.Colon);
            case ',':
                return Op(1, TokenKind.Comma);
            case ';':
                return Op(1, TokenKind.Semicolon);
            case '.':
                return n1 == '.' && n2 == '.' ? Op(3, TokenKind.Ellipsis) : Op(1, TokenKind.Dot);
            case '-':
                return n1 == '>' ? Op(2, TokenKind.Arrow) : n1 == '=' ? Op(2, TokenKind.MinusEqual) : Op(1, TokenKind.Minus);
            case '=':
                return n1 == '=' ? Op(2, TokenKind.EqualEqual) : Op(1, TokenKind.Equal);
            case '+':
                return n1 == '=' ? Op(2, TokenKind.PlusEqual) : Op(1, TokenKind.Plus);
            case '*':
                if (n1 == '*')
                {
                    return n2 == '=' ? Op(3, TokenKind.DoubleStarEqual) : Op(2, TokenKind.DoubleStar);
                }

                return n1 == '=' ? Op(2, TokenKind.StarEqual) : Op(1, TokenKind.Star);
            case '/':
                if (n1 == '/')
                {
                    return n2 == '=' ? Op(3, TokenKind.DoubleSlashEqual) : Op(2, TokenKind.DoubleSlash);
                }

                return n1 == '=' ? Op(2, TokenKind.SlashEqual) : Op(1, TokenKind.Slash);
            case '%':
                return n1 == '=' ? Op(2, TokenKind.PercentEqual) : Op(1, TokenKind.Percent);
            case '@':
                return n1 == '=' ? Op(2, TokenKind.AtEqual) : Op(1, TokenKind.At);
            case '|':
                return n1 == '=' ? Op(2, TokenKind.VerticalBarEqual) : Op(1, TokenKind.VerticalBar);
            case '&':
                return n1 == '=' ? Op(2, TokenKind.AmpersandEqual) : Op(1, TokenKind.Ampersand);
            case '^':
                return n1 == '=' ? Op(2, TokenKind.CaretEqual) : Op(1, TokenKind.Caret);
            case '~':
                return Op(1, TokenKind.Tilde);
            case '<':
                if (n1 == '<')
                {
                    return n2 == '=' ? Op(3, TokenKind.LeftShiftEqual) : Op(2, TokenKind.LeftShift);
                }

                return n1 == '=' ? Op(2, TokenKind.LessEqual) : Op(1, TokenKind.Less);
            case '>':
                if (n1 == '>')
                {
                    return n2 == '=' ? Op(3, TokenKind.RightShiftEqual) : Op(2, TokenKind.RightShift);
                }

                return n1 == '=' ? Op(2, TokenKind.GreaterEqual) : Op(1, TokenKind.Greater);
            case '!':
                if (n1 == '=')
                {
                    return Op(2, TokenKind.NotEqual);
                }

                break;
        }

        throw Error($"invalid character '{c}' (U+{(int)c:X4})", _line, _pos - _lineStart + 1, _line, _pos - _lineStart + 2);
    }

    private TokenKind Op(int length, TokenKind kind)
    {
        _pos += length;
        return kind;
    }

    private static bool IsIdentifierStart(char c) => char.IsAsciiLetter(c) || c == '_' || (c >= 0x80 && (char.IsLetter(c) || char.IsSurrogate(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.LetterNumber));

    private static bool IsIdentifierPart(char c) => char.IsAsciiLetterOrDigit(c) || c == '_' || (c >= 0x80 && (char.IsLetterOrDigit(c) || char.IsSurrogate(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.ConnectorPunctuation or UnicodeCategory.LetterNumber or UnicodeCategory.DecimalDigitNumber));

    private string LineText()
    {
        int end = _source.IndexOf('\n', _lineStart);
        return _source.Substring(_lineStart, (end < 0 ? _source.Length : end) - _lineStart).TrimEnd('\r');
    }

    private SyntaxErrorException Error(string message, int line, int offset, int endLine, int endOffset) =>
        new(SyntaxErrorKind.SyntaxError, message, _fileName, line, offset, endLine, endOffset, LineText());
}
