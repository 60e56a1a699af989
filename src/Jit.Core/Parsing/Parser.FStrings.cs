using System.Text;
using Jit.Lexing;
using Jit.Parsing.Ast;

namespace Jit.Parsing;

/// <summary>Strings: implicit concatenation and f-strings. As in CPython 3.11 an f-string is one
/// STRING token; its body is split here into literal parts and replacement fields, and each
/// field's expression is parsed by a nested parser over "(" + expression + ")", exactly as
/// CPython's string_parser.c does, so nodes, positions and messages agree.</summary>
public sealed partial class Parser
{
    // Set on the nested parser of an f-string expression.
    private readonly bool _inFString;
    private readonly int _lineShift;
    private readonly int _columnShift;

    /// <summary>Prefix and body of one string token.</summary>
    private readonly struct StringToken
    {
        public StringToken(string source, in Token token)
        {
            var prefix = StringLiteral.ParsePrefix(source.AsSpan(token.Start, token.Length));
            Token = token;
            IsBytes = prefix.IsBytes;
            IsRaw = prefix.IsRaw;
            IsFormat = prefix.IsFormatted;
            BodyStart = token.Start + prefix.PrefixLength + prefix.QuoteLength;
            BodyEnd = token.End - prefix.QuoteLength;
        }

        public Token Token { get; }

        public bool IsBytes { get; }

        public bool IsRaw { get; }

        public bool IsFormat { get; }

        public int BodyStart { get; }

        public int BodyEnd { get; }
    }

    // strings: STRING+
    private Expr ParseStrings()
    {
        var first = Current;
        Advance();
        if (Kind != TokenKind.String)
        {
            if (!new StringToken(_source, in first).IsFormat)
            {
                var value = DecodeString(in first);
                return value is string text ? StringConstant(text, in first, in first) : SetLocation(new Constant(value, null), in first, in first);
            }
        }

        int firstIndex = _pos - 1;
        while (Kind == TokenKind.String)
        {
            Advance();
        }

        int lastIndex = _pos - 1;
        var last = _tokens[lastIndex];
        var builder = new FStringBuilder(this, in first, in last);
        bool bytesMode = false;
        List<byte>? bytes = null;
        for (int i = firstIndex; i <= lastIndex; i++)
        {
            var token = _tokens[i];
            var parts = new StringToken(_source, in token);
            if (i != firstIndex && parts.IsBytes != bytesMode)
            {
                throw Error("cannot mix bytes and nonbytes literals");
            }

            bytesMode = parts.IsBytes;
            if (parts.IsFormat)
            {
                int position = parts.BodyStart;
                builder.ParseFString(in parts, ref position, 0);
            }
            else if (bytesMode)
            {
                (bytes ??= new List<byte>()).AddRange((byte[])DecodeString(in token));
            }
            else
            {
                builder.AppendLiteral((string)DecodeString(in token));
            }
        }

        if (bytesMode)
        {
            return SetLocation(new Constant(bytes!.ToArray(), null), in first, in last);
        }

        return builder.Finish(in first, in last);
    }

    /// <summary>Accumulates the parts of a joined string as CPython's FstringParser: adjacent
    /// literal text merges into one Constant, empty text is dropped.</summary>
    private sealed class FStringBuilder
    {
        private readonly Parser _parser;
        private readonly Token _first;
        private readonly Token _last;
        private readonly List<Expr> _values = new();
        private StringBuilder? _pending;
        private bool _isFString;

        public FStringBuilder(Parser parser, in Token first, in Token last)
        {
            _parser = parser;
            _first = first;
            _last = last;
        }

        public void AppendLiteral(string text)
        {
            if (text.Length > 0)
            {
                (_pending ??= new StringBuilder()).Append(text);
            }
        }

        private void FlushLiteral(in Token first, in Token last)
        {
            if (_pending != null)
            {
                _values.Add(_parser.StringConstant(_pending.ToString(), in first, in last));
                _pending = null;
            }
        }

        public Expr Finish(in Token first, in Token last)
        {
            if (!_isFString)
            {
                return _parser.StringConstant(_pending?.ToString() ?? string.Empty, in first, in last);
            }

            FlushLiteral(in first, in last);
            return SetLocation(new JoinedStr(_values.ToArray()), in first, in last);
        }

        /// <summary>The body of an f-string (or a format spec, at <paramref name="level"/> 1)
        /// from <paramref name="position"/>; a format spec stops at its closing '}'.</summary>
        public void ParseFString(in StringToken token, ref int position, int level)
        {
            _isFString = true;
            string source = _parser._source;
            while (true)
            {
                bool doubled = _parser.ScanLiteral(in token, ref position, level, out string? literal);
                if (literal != null)
                {
                    AppendLiteral(literal);
                }

                if (doubled)
                {
                    continue;
                }

                if (position >= token.BodyEnd || source[position] == '}')
                {
                    break;
                }

                var value = _parser.ParseReplacementField(in token, ref position, level, out string? debugText, in _first, in _last);
                if (debugText != null)
                {
                    AppendLiteral(debugText);
                }

                FlushLiteral(in _first, in _last);
                _values.Add(value);
            }

            if (level == 0 && position < token.BodyEnd)
            {
                throw _parser.Error("f-string: unexpected end of string");
            }

            if (level != 0 && (position >= token.BodyEnd || source[position] != '}'))
            {
                throw _parser.Error("f-string: expecting '}'");
            }
        }
    }

    /// <summary>A str constant spanning first..last; CPython gives it kind "u" when the token it
    /// counts from starts with a lowercase 'u'.</summary>
    private Constant StringConstant(string value, in Token first, in Token last) =>
        SetLocation(new Constant(value, _source[first.Start] == 'u' ? "u" : null), in first, in last);

    /// <summary>Literal text up to the next single '{' (or '}' ending a format spec). A doubled
    /// brace ends the literal including one brace, and returns true so the caller continues.</summary>
    private bool ScanLiteral(in StringToken token, ref int position, int level, out string? literal)
    {
        int start = position;
        int i = position;
        int end = token.BodyEnd;
        bool doubled = false;
        while (i < end)
        {
            char c = _source[i++];
            if (!token.IsRaw && c == '\\' && i < end)
            {
                c = _source[i++];
                if (c == 'N')
                {
                    // "\N{NAME}": these braces are not a replacement field.
                    if (i < end && _source[i++] == '{')
                    {
                        while (i < end && _source[i++] != '}')
                        {
                        }
                    }

                    continue;
                }
            }

            if (c == '{' || c == '}')
            {
                if (level == 0)
                {
                    if (i < end && _source[i] == c)
                    {
                        doubled = true;
                        break;
                    }

                    if (c == '}')
                    {
                        throw Error("f-string: single '}' is not allowed");
                    }
                }

                i--;
                break;
            }
        }

        // A doubled brace keeps one brace in the literal and skips the other.
        position = doubled ? i + 1 : i;
        literal = i > start ? DecodeFStringLiteral(in token, start, i) : null;
        return doubled;
    }

    /// <summary>One replacement field <c>{expression[=][!conversion][:format_spec]}</c> starting at
    /// the '{' at <paramref name="position"/>.</summary>
    private FormattedValue ParseReplacementField(
        in StringToken token, ref int position, int level, out string? debugText, in Token first, in Token last)
    {
        debugText = null;
        if (level >= 2)
        {
            throw Error("f-string: expressions nested too deeply");
        }

        int end = token.BodyEnd;
        int braceIndex = position;
        position++;
        int expressionStart = position;
        char quote = '\0';
        bool tripleQuote = false;
        Span<char> brackets = stackalloc char[200];
        int depth = 0;
        for (; position < end; position++)
        {
            char c = _source[position];
            if (c == '\\')
            {
                throw Error("f-string expression part cannot include a backslash");
            }

            if (quote != '\0')
            {
                if (c == quote)
                {
                    if (!tripleQuote)
                    {
                        quote = '\0';
                    }
                    else if (position + 2 < end && _source[position + 1] == c && _source[position + 2] == c)
                    {
                        position += 2;
                        quote = '\0';
                    }
                }

                continue;
            }

            if (c == '\'' || c == '"')
            {
                tripleQuote = position + 2 < end && _source[position + 1] == c && _source[position + 2] == c;
                if (tripleQuote)
                {
                    position += 2;
                }

                quote = c;
                continue;
            }

            if (c == '[' || c == '(' || c == '{')
            {
                if (depth >= brackets.Length)
                {
                    throw Error("f-string: too many nested parenthesis");
                }

                brackets[depth++] = c;
                continue;
            }

            if (c == '#')
            {
                throw Error("f-string expression part cannot include '#'");
            }

            if (depth == 0 && (c == '!' || c == ':' || c == '}' || c == '=' || c == '>' || c == '<'))
            {
                if (position + 1 < end)
                {
                    char next = _source[position + 1];
                    if (next == '=' && c != ':' && c != '}')
                    {
                        // "!=", "==", "<=", ">=" belong to the expression.
                        position++;
                        continue;
                    }
                }

                if (c == '>' || c == '<')
                {
                    continue;
                }

                break;
            }

            if (c == ']' || c == ')' || c == '}')
            {
                if (depth == 0)
                {
                    throw Error($"f-string: unmatched '{c}'");
                }

                char opening = brackets[--depth];
                if (!((opening == '(' && c == ')') || (opening == '[' && c == ']') || (opening == '{' && c == '}')))
                {
                    throw Error($"f-string: closing parenthesis '{c}' does not match opening parenthesis '{opening}'");
                }
            }
        }

        if (quote != '\0')
        {
            throw Error("f-string: unterminated string");
        }

        if (depth > 0)
        {
            throw Error($"f-string: unmatched '{brackets[depth - 1]}'");
        }

        if (position >= end)
        {
            throw Error("f-string: expecting '}'");
        }

        int expressionEnd = position;
        var expression = ParseFStringExpression(in token, braceIndex, expressionStart, expressionEnd);
        if (_source[position] == '=')
        {
            position++;
            while (position < end && _source[position] is ' ' or '\t' or '\n' or '\r' or '\v' or '\f')
            {
                position++;
            }

            if (position >= end)
            {
                throw Error("f-string: expecting '}'");
            }

            debugText = NormalizeNewlines(_source.Substring(expressionStart, position - expressionStart));
        }

        int conversion = -1;
        if (_source[position] == '!')
        {
            position++;
            if (position >= end)
            {
                throw Error("f-string: expecting '}'");
            }

            conversion = _source[position++];
            if (conversion != 's' && conversion != 'r' && conversion != 'a')
            {
                throw Error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
        }

        Expr? formatSpec = null;
        if (position < end && _source[position] == ':')
        {
            position++;
            if (position >= end)
            {
                throw Error("f-string: expecting '}'");
            }

            var spec = new FStringBuilder(this, in first, in last);
            spec.ParseFString(in token, ref position, level + 1);
            var specToken = token.Token;
            formatSpec = spec.Finish(in specToken, in specToken);
        }

        if (position >= end || _source[position] != '}')
        {
            throw Error("f-string: expecting '}'");
        }

        position++;
        if (debugText != null && formatSpec == null && conversion == -1)
        {
            conversion = 'r';
        }

        return SetLocation(new FormattedValue(expression, conversion, formatSpec), in first, in last);
    }

    /// <summary>Parses a replacement field's expression with a nested parser over
    /// "(" + text + ")", shifting its positions onto the f-string's place in the file.</summary>
    private Expr ParseFStringExpression(in StringToken token, int braceIndex, int start, int end)
    {
        int firstNonBlank = start;
        while (firstNonBlank < end && _source[firstNonBlank] is ' ' or '\t' or '\n' or '\r' or '\f')
        {
            firstNonBlank++;
        }

        if (firstNonBlank == end)
        {
            throw _source[end] is '!' or ':' or '='
                ? Error($"f-string: expression required before '{_source[end]}'")
                : Error("f-string: empty expression not allowed");
        }

        // Where the expression lands in the file (CPython's fstring_find_expr_location): lines
        // before the '{' within the token, and the '{' column, unless only blanks follow the
        // brace up to a newline.
        int tokenStart = token.Token.Start;
        int lines = 0;
        int lastNewline = -1;
        for (int i = tokenStart; i < braceIndex; i++)
        {
            if (_source[i] == '\n')
            {
                lines++;
                lastNewline = i;
            }
        }

        bool newlineAfterBrace = true;
        for (int i = braceIndex + 1; i < end && _source[i] != '}' && _source[i] != '\n'; i++)
        {
            if (_source[i] is not (' ' or '\t' or '\f' or '\r'))
            {
                newlineAfterBrace = false;
                break;
            }
        }

        // On the token's first line the shift counts from the token's column; on later lines,
        // from the start of the line.
        int columns = lines == 0 ? token.Token.Column : 0;
        if (!newlineAfterBrace)
        {
            columns += lines == 0 ? braceIndex - tokenStart : braceIndex - lastNewline - 1;
        }

        var text = string.Concat("(", _source.AsSpan(start, end - start), ")");
        var nested = new Parser(text, _fileName, token.Token.Line + lines - 1, columns);
        try
        {
            var expression = nested.ParseStarExpressions();
            while (nested.Kind == TokenKind.Newline)
            {
                nested.Advance();
            }

            if (nested.Kind != TokenKind.EndMarker)
            {
                throw nested.InvalidSyntax();
            }

            return expression;
        }
        catch (SyntaxErrorException error) when (error != nested._parserError)
        {
            // A tokenizer error inside the expression.
            throw Raise(error.Kind, "f-string: " + error.Message, error.Line + nested._lineShift, error.Offset, error.EndLine + nested._lineShift, error.EndOffset);
        }
    }

    private static string NormalizeNewlines(string text) => text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;

    /// <summary>Reads the next token from the lexer; a nested f-string parser moves it to where the
    /// expression stands in the file (first-line columns shift by the brace's column).</summary>
    private Token NextToken()
    {
        var token = _lexer.Next();
        return _inFString ? Shift(token) : token;
    }

    private Token Shift(in Token token) => new(
        token.Kind,
        token.Start,
        token.End,
        token.Line + _lineShift,
        token.Line == 1 ? token.Column + _columnShift : token.Column,
        token.EndLine + _lineShift,
        token.EndLine == 1 ? token.EndColumn + _columnShift : token.EndColumn);
}
