using System.Globalization;
using System.Runtime.CompilerServices;

namespace Jit.Lexing;

/// <summary>
/// The Python 3.11 tokenizer. Tokens are produced on demand (<see cref="Next"/>), as CPython's
/// parser pulls them, so a tokenizer error is reported only when the parser reaches it. Comments,
/// blank lines and line continuations produce no tokens; inside brackets newlines are ignored.
/// Error messages and positions follow CPython's tokenizer.c.
/// </summary>
public sealed partial class Lexer
{
    private const int TabSize = 8;
    private const int MaxIndentLevels = 100;
    private const int MaxParenLevels = 200;

    private readonly string _source;
    private readonly int[] _indents = new int[MaxIndentLevels + 1];
    private readonly int[] _altIndents = new int[MaxIndentLevels + 1];
    private readonly (char Bracket, int Line, int Column)[] _parens = new (char, int, int)[MaxParenLevels];
    private readonly NameTable _names = new();

    private int _pos;
    private int _line = 1;
    private int _lineStart;
    private int _indentLevel;
    private int _parenLevel;
    private int _pendingDedents;
    private bool _atLineStart = true;
    private bool _lineHasTokens;

    public Lexer(string source, string fileName)
    {
        _source = source;
        FileName = fileName;
    }

    public string Source => _source;

    public string FileName { get; }

    /// <summary>The next token; after the end of input, <see cref="TokenKind.EndMarker"/> forever.</summary>
    public Token Next()
    {
        if (_pendingDedents > 0)
        {
            _pendingDedents--;
            return new Token(TokenKind.Dedent, _pos, _pos, _line, _pos - _lineStart, _line, _pos - _lineStart);
        }

        while (true)
        {
            if (_atLineStart)
            {
                // Inside brackets a new physical line continues the logical one.
                _atLineStart = false;
                if (_parenLevel == 0 && ReadIndentation(out Token indentToken))
                {
                    return indentToken;
                }
            }

            SkipWhitespaceAndComments();
            if (_pos >= _source.Length)
            {
                return EndOfInput();
            }

            char c = _source[_pos];
            if (c == '\n')
            {
                int start = _pos;
                int column = start - _lineStart;
                StartNewLine();
                if (_parenLevel > 0 || !_lineHasTokens)
                {
                    continue;
                }

                _lineHasTokens = false;
                return new Token(TokenKind.Newline, start, start + 1, _line - 1, column, _line - 1, column + 1);
            }

            if (c == '\\')
            {
                ReadLineContinuation();
                continue;
            }

            _lineHasTokens = true;
            return ReadToken(c);
        }
    }

    /// <summary>The text of a NAME token, NFKC-normalised as CPython does, interned per lexer.</summary>
    public string NameText(in Token token)
    {
        ReadOnlySpan<char> span = _source.AsSpan(token.Start, token.Length);
        string name = _names.Intern(span);
        return IsAscii(span) ? name : _names.Intern(IdentifierNormalization.Normalize(name));
    }

    /// <summary>The raw source text of a token.</summary>
    public ReadOnlySpan<char> Text(in Token token) => _source.AsSpan(token.Start, token.Length);

    /// <summary>The text of 1-based line <paramref name="line"/> without its line ending.</summary>
    public string GetLine(int line) => SourceLines.GetLine(_source, line);

    /// <summary>
    /// After the parser failed with a generic error at <paramref name="errorLine"/>, CPython tokenizes
    /// the rest of the input: a tokenizer error found there, or a bracket left open on an earlier
    /// line, is reported instead. Returns that error, or null.
    /// </summary>
    public SyntaxErrorException? CheckRestOfInput(int errorLine)
    {
        try
        {
            while (Next().Kind != TokenKind.EndMarker)
            {
            }
        }
        catch (SyntaxErrorException error)
        {
            if (error.Message.EndsWith("was never closed", StringComparison.Ordinal))
            {
                return error.Line < errorLine ? error : null;
            }

            return error;
        }

        return null;
    }

    private Token EndOfInput()
    {
        int column = _pos - _lineStart;
        if (_lineHasTokens)
        {
            _lineHasTokens = false;
            return new Token(TokenKind.Newline, _pos, _pos, _line, column, _line, column + 1);
        }

        if (_parenLevel > 0)
        {
            var (bracket, line, bracketColumn) = _parens[_parenLevel - 1];
            _parenLevel = 0;
            throw Error($"'{bracket}' was never closed", line, bracketColumn + 1, line, 0);
        }

        if (_indentLevel > 0)
        {
            _indentLevel--;
            return new Token(TokenKind.Dedent, _pos, _pos, _line, column, _line, column);
        }

        return new Token(TokenKind.EndMarker, _pos, _pos, _line, column, _line, column);
    }

    private void StartNewLine()
    {
        _pos++;
        _line++;
        _lineStart = _pos;
        _atLineStart = true;
    }

    /// <summary>Measures the indentation of a new logical line and emits INDENT or DEDENT when it
    /// changes. Blank and comment-only lines are skipped without affecting indentation.</summary>
    private bool ReadIndentation(out Token token)
    {
        token = default;
        int column = 0;
        int altColumn = 0;
        int p = _pos;
        while (p < _source.Length)
        {
            char c = _source[p];
            if (c == ' ')
            {
                column++;
                altColumn++;
            }
            else if (c == '\t')
            {
                column = ((column / TabSize) + 1) * TabSize;
                altColumn++;
            }
            else if (c == '\f')
            {
                column = altColumn = 0;
            }
            else
            {
                break;
            }

            p++;
        }

        _pos = p;
        if (p >= _source.Length || _source[p] == '#' || _source[p] == '\n')
        {
            // Blank line, comment-only line or end of input: indentation is not significant here.
            return false;
        }

        if (_source[p] == '\\' && p + 1 < _source.Length && _source[p + 1] == '\n')
        {
            return false;
        }

        int lineNumber = _line;
        int currentIndent = _indents[_indentLevel];
        if (column == currentIndent)
        {
            if (altColumn != _altIndents[_indentLevel])
            {
                throw TabError(lineNumber);
            }

            return false;
        }

        if (column > currentIndent)
        {
            if (_indentLevel + 1 >= MaxIndentLevels)
            {
                throw Error("too many levels of indentation", lineNumber, p - _lineStart + 1, lineNumber, -1, SyntaxErrorKind.IndentationError);
            }

            if (altColumn <= _altIndents[_indentLevel])
            {
                throw TabError(lineNumber);
            }

            _indentLevel++;
            _indents[_indentLevel] = column;
            _altIndents[_indentLevel] = altColumn;
            token = new Token(TokenKind.Indent, _lineStart, p, lineNumber, 0, lineNumber, p - _lineStart);
            return true;
        }

        int dedents = 0;
        while (_indentLevel > 0 && column < _indents[_indentLevel])
        {
            _indentLevel--;
            dedents++;
        }

        if (column != _indents[_indentLevel])
        {
            int lineEnd = _source.IndexOf('\n', p);
            int lineLength = (lineEnd < 0 ? _source.Length : lineEnd + 1) - _lineStart;
            throw Error("unindent does not match any outer indentation level", lineNumber, lineLength, lineNumber, -1, SyntaxErrorKind.IndentationError);
        }

        if (altColumn != _altIndents[_indentLevel])
        {
            throw TabError(lineNumber);
        }

        _pendingDedents = dedents - 1;
        token = new Token(TokenKind.Dedent, p, p, lineNumber, p - _lineStart, lineNumber, p - _lineStart);
        return true;
    }

    private void SkipWhitespaceAndComments()
    {
        string s = _source;
        int p = _pos;
        while (p < s.Length)
        {
            char c = s[p];
            if (c == ' ' || c == '\t' || c == '\f')
            {
                p++;
            }
            else if (c == '#')
            {
                int end = s.IndexOf('\n', p);
                p = end < 0 ? s.Length : end;
            }
            else
            {
                break;
            }
        }

        _pos = p;
    }

    private void ReadLineContinuation()
    {
        int next = _pos + 1;
        if (next >= _source.Length)
        {
            _pos = next;
            int column = _pos - _lineStart;
            throw Error("unexpected EOF while parsing", _line, column + 1, _line, -1);
        }

        if (_source[next] != '\n')
        {
            _pos = next + 1;
            throw Error("unexpected character after line continuation character", _line, _pos - _lineStart, _line, _pos - _lineStart);
        }

        _pos = next;
        _pos++;
        _line++;
        _lineStart = _pos;
        if (_pos >= _source.Length)
        {
            throw Error("unexpected EOF while parsing", _line - 1, next - SourceLines.LineStartBefore(_source, next) + 1, _line - 1, -1);
        }
    }

    private Token ReadToken(char c)
    {
        int start = _pos;
        if (c < 0x80)
        {
            if (IsAsciiIdentifierStart(c))
            {
                if (IsStringPrefixStart(c) && TryReadPrefixedString(out Token stringToken))
                {
                    return stringToken;
                }

                return ReadName(start, 1);
            }

            if (c is >= '0' and <= '9' || (c == '.' && _pos + 1 < _source.Length && char.IsAsciiDigit(_source[_pos + 1])))
            {
                return ReadNumber(start);
            }

            if (c == '"' || c == '\'')
            {
                return ReadString(start, start);
            }

            return ReadOperator(start, c);
        }

        return ReadNonAscii(start);
    }

    private Token ReadName(int start, int firstWidth)
    {
        string s = _source;
        int p = start + firstWidth;
        while (p < s.Length)
        {
            char c = s[p];
            if (c < 0x80)
            {
                if (!IsAsciiIdentifierPart(c))
                {
                    break;
                }
            }
            else if (!IsIdentifierPart(s, p, out int width))
            {
                break;
            }
            else
            {
                p += width - 1;
            }

            p++;
        }

        _pos = p;
        TokenKind kind = Keywords.Lookup(s.AsSpan(start, p - start));
        return MakeToken(kind, start);
    }

    private Token ReadNonAscii(int start)
    {
        if (IsIdentifierStart(_source, start, out int firstWidth))
        {
            return ReadName(start, firstWidth);
        }

        int codePoint = CodePoints.At(_source, start, out int width);
        int offset = start - _lineStart + 1;
        string message = PrintableForError(codePoint)
            ? $"invalid character '{char.ConvertFromUtf32(codePoint)}' (U+{codePoint:X4})"
            : $"invalid non-printable character U+{codePoint:X4}";
        _pos = start + width;
        throw Error(message, _line, offset, _line, offset);
    }

    private Token ReadOperator(int start, char c)
    {
        char c1 = Peek(1);
        char c2 = Peek(2);
        (TokenKind kind, int length) = c switch
        {
            '(' => (TokenKind.LeftParen, 1),
            ')' => (TokenKind.RightParen, 1),
            '[' => (TokenKind.LeftBracket, 1),
            ']' => (TokenKind.RightBracket, 1),
            '{' => (TokenKind.LeftBrace, 1),
            '}' => (TokenKind.RightBrace, 1),
            ',' => (TokenKind.Comma, 1),
            ';' => (TokenKind.Semicolon, 1),
            '~' => (TokenKind.Tilde, 1),
            ':' => c1 == '=' ? (TokenKind.ColonEqual, 2) : (TokenKind.Colon, 1),
            '.' => c1 == '.' && c2 == '.' ? (TokenKind.Ellipsis, 3) : (TokenKind.Dot, 1),
            '=' => c1 == '=' ? (TokenKind.EqualEqual, 2) : (TokenKind.Equal, 1),
            '!' => c1 == '=' ? (TokenKind.NotEqual, 2) : (TokenKind.ErrorToken, 1),
            '+' => c1 == '=' ? (TokenKind.PlusEqual, 2) : (TokenKind.Plus, 1),
            '-' => c1 == '=' ? (TokenKind.MinusEqual, 2) : c1 == '>' ? (TokenKind.Arrow, 2) : (TokenKind.Minus, 1),
            '*' => c1 == '*'
                ? (c2 == '=' ? (TokenKind.DoubleStarEqual, 3) : (TokenKind.DoubleStar, 2))
                : (c1 == '=' ? (TokenKind.StarEqual, 2) : (TokenKind.Star, 1)),
            '/' => c1 == '/'
                ? (c2 == '=' ? (TokenKind.DoubleSlashEqual, 3) : (TokenKind.DoubleSlash, 2))
                : (c1 == '=' ? (TokenKind.SlashEqual, 2) : (TokenKind.Slash, 1)),
            '%' => c1 == '=' ? (TokenKind.PercentEqual, 2) : (TokenKind.Percent, 1),
            '@' => c1 == '=' ? (TokenKind.AtEqual, 2) : (TokenKind.At, 1),
            '|' => c1 == '=' ? (TokenKind.VerticalBarEqual, 2) : (TokenKind.VerticalBar, 1),
            '&' => c1 == '=' ? (TokenKind.AmpersandEqual, 2) : (TokenKind.Ampersand, 1),
            '^' => c1 == '=' ? (TokenKind.CaretEqual, 2) : (TokenKind.Caret, 1),
            '<' => c1 == '<'
                ? (c2 == '=' ? (TokenKind.LeftShiftEqual, 3) : (TokenKind.LeftShift, 2))
                : c1 == '=' ? (TokenKind.LessEqual, 2) : c1 == '>' ? (TokenKind.NotEqual, 2) : (TokenKind.Less, 1),
            '>' => c1 == '>'
                ? (c2 == '=' ? (TokenKind.RightShiftEqual, 3) : (TokenKind.RightShift, 2))
                : c1 == '=' ? (TokenKind.GreaterEqual, 2) : (TokenKind.Greater, 1),
            _ => (TokenKind.ErrorToken, 1),
        };

        // "<>" is only valid with the Barry-as-FLUFL easter egg; otherwise it is invalid syntax.
        if (c == '<' && c1 == '>')
        {
            kind = TokenKind.ErrorToken;
        }

        _pos = start + length;
        switch (kind)
        {
            case TokenKind.LeftParen or TokenKind.LeftBracket or TokenKind.LeftBrace:
                if (_parenLevel >= MaxParenLevels)
                {
                    throw Error("too many nested parentheses", _line, _pos - _lineStart, _line, _pos - _lineStart);
                }

                _parens[_parenLevel++] = (c, _line, start - _lineStart);
                break;
            case TokenKind.RightParen or TokenKind.RightBracket or TokenKind.RightBrace:
                CloseBracket(c, start);
                break;
        }

        return MakeToken(kind, start);
    }

    private void CloseBracket(char close, int start)
    {
        int column = start - _lineStart + 1;
        if (_parenLevel == 0)
        {
            throw Error($"unmatched '{close}'", _line, column, _line, column);
        }

        var (open, openLine, _) = _parens[--_parenLevel];
        char expected = open switch { '(' => ')', '[' => ']', _ => '}' };
        if (close != expected)
        {
            string message = openLine != _line
                ? $"closing parenthesis '{close}' does not match opening parenthesis '{open}' on line {openLine}"
                : $"closing parenthesis '{close}' does not match opening parenthesis '{open}'";
            throw Error(message, _line, column, _line, column);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private char Peek(int ahead)
    {
        int p = _pos + ahead;
        return p < _source.Length ? _source[p] : '\0';
    }

    private Token MakeToken(TokenKind kind, int start)
    {
        int startColumn = start - _lineStart;
        return new Token(kind, start, _pos, _line, startColumn, _line, _pos - _lineStart);
    }

    /// <summary>A token that may span lines (triple-quoted strings): its start line and column are
    /// given, its end is the current position.</summary>
    private Token MakeToken(TokenKind kind, int start, int startLine, int startColumn) =>
        new(kind, start, _pos, startLine, startColumn, _line, _pos - _lineStart);

    private SyntaxErrorException TabError(int line) =>
        Error("inconsistent use of tabs and spaces in indentation", line, 1, line, 0, SyntaxErrorKind.TabError);

    private SyntaxErrorException Error(string message, int line, int offset, int endLine, int endOffset, SyntaxErrorKind kind = SyntaxErrorKind.SyntaxError) =>
        new(kind, message, FileName, line, offset, endLine, endOffset, GetLine(line));

    private static bool IsAscii(ReadOnlySpan<char> span) => System.Text.Ascii.IsValid(span);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsAsciiIdentifierStart(char c) => char.IsAsciiLetter(c) || c == '_';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsAsciiIdentifierPart(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    /// <summary>XID_Start approximated by Unicode categories (letters and letter numbers).</summary>
    private static bool IsIdentifierStart(string s, int index, out int width)
    {
        int codePoint = CodePoints.At(s, index, out width);
        if (codePoint < 0x80)
        {
            return IsAsciiIdentifierStart((char)codePoint);
        }

        UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(codePoint);
        return category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter
            or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber;
    }

    /// <summary>XID_Continue approximated by Unicode categories.</summary>
    private static bool IsIdentifierPart(string s, int index, out int width)
    {
        if (IsIdentifierStart(s, index, out width))
        {
            return true;
        }

        int codePoint = CodePoints.At(s, index, out width);
        UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(codePoint);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation;
    }

    private static bool PrintableForError(int codePoint) => Runtime.Formatting.PyRepr.IsPrintable(codePoint);
}
