using Jit.Lexing;
using Jit.Parsing.Ast;

namespace Jit.Parsing;

public sealed partial class Parser
{
    // Set while trying an alternative that may be abandoned: failures then unwind cheaply to the
    // mark instead of building a SyntaxError.
    private int _speculating;

    // The last error this parser raised (as opposed to one the lexer raised).
    private SyntaxErrorException? _parserError;

    // Whether a tokenizer error later in the file may replace the parser's error, and the line
    // of the furthest token read before diagnosing (an unclosed bracket opened before it wins).
    private bool _checkRestOfInput = true;
    private int _furthestLine;

    // Whether the last error raised is the plain "invalid syntax".
    private bool _genericError;

    // The most recent disjunction and the token after it, for diagnosing two expressions in a
    // row ("Perhaps you forgot a comma?", "Missing parentheses in call to 'print'").
    private Expr? _lastDisjunction;
    private int _lastDisjunctionEnd = -1;

    // Where a look-ahead parse stopped.
    private int _speculativeEnd;

    // Where the last named_expression ended: '=' right after one gets CPython's hints.
    private int _lastNamedExpressionEnd = -1;

    /// <summary>Thrown while speculating; never leaves the parser.</summary>
    private sealed class BacktrackException : Exception
    {
    }

    private Exception Raise(SyntaxErrorKind kind, string message, int line, int offset, int endLine, int endOffset)
    {
        if (_speculating > 0)
        {
            return new BacktrackException();
        }

        if (_inFString)
        {
            // As CPython, relative to the nested "(expression)" text, which is the error's line.
            message = "f-string: " + message;
            offset -= _columnShift;
            endOffset -= _columnShift;
        }

        string? sourceLine = SourceLine(line - _lineShift);
        if (endLine != line && sourceLine != null && endOffset > sourceLine.Length + 1)
        {
            // CPython converts the end column against the first line's text, which clamps it.
            endOffset = sourceLine.Length + 1;
        }

        _parserError = new SyntaxErrorException(kind, message, _fileName, line, offset, endLine, endOffset, sourceLine);
        _genericError = false;
        return _parserError;
    }

    /// <summary>An error with 0-based start and end columns (CPython's RAISE_ERROR_KNOWN_LOCATION).</summary>
    private Exception Error(string message, int line, int column, int endLine, int endColumn) =>
        Raise(SyntaxErrorKind.SyntaxError, message, line, column + 1, endLine, endColumn + 1);

    /// <summary>An error at the last token read (CPython's RAISE_SYNTAX_ERROR).</summary>
    private Exception Error(string message) => ErrorAt(in _tokens[_count - 1], message);

    private Exception Error(string message, in Token token, SyntaxErrorKind kind = SyntaxErrorKind.SyntaxError)
    {
        if (IsWhitespace(token.Kind))
        {
            // NEWLINE, INDENT, DEDENT and ENDMARKER are empty in CPython, except that a NEWLINE
            // after a comment spans the comment.
            int column = token.Kind == TokenKind.Newline ? CommentStart(in token) ?? token.Column : token.Column;
            return Raise(kind, message, token.Line, column + 1, token.Line, token.Column + 1);
        }

        return Raise(kind, message, token.Line, token.Column + 1, token.EndLine, token.EndColumn + 1);
    }

    /// <summary>The column of a comment between the last token of a line and its NEWLINE.</summary>
    private int? CommentStart(in Token newline)
    {
        for (int i = _count - 1; i > 0; i--)
        {
            if (_tokens[i].Start == newline.Start && _tokens[i].Kind == TokenKind.Newline)
            {
                int from = _tokens[i - 1].Line == newline.Line ? _tokens[i - 1].End : newline.Start - newline.Column;
                int hash = _source.IndexOf('#', from, newline.Start - from);
                return hash < 0 ? null : newline.Column - (newline.Start - hash);
            }
        }

        return null;
    }

    private Exception ErrorAt(in Token token, string message) => Error(message, in token);

    private Exception ErrorAt(Located node, string message) =>
        Error(message, node.Lineno, node.ColOffset, node.EndLineno, node.EndColOffset);

    private Exception ErrorBetween(Located first, Located last, string message) =>
        Error(message, first.Lineno, first.ColOffset, last.EndLineno, last.EndColOffset);

    private Exception ErrorBetween(in Token first, in Token last, string message) =>
        Error(message, first.Line, first.Column, last.EndLine, last.EndColumn);

    private Exception ErrorBetween(Located first, in Token last, string message) =>
        Error(message, first.Lineno, first.ColOffset, last.EndLine, last.EndColumn);

    /// <summary>From a node's start to the end of the last consumed token.</summary>
    private Exception ErrorFrom(Located first, string message) =>
        Error(message, first.Lineno, first.ColOffset, _prevEndLine, _prevEndCol);

    /// <summary>Nesting beyond <see cref="MaxDepth"/>: CPython's compiler gives up on such trees
    /// with this RecursionError.</summary>
    private Exception TooDeep()
    {
        ref Token token = ref Current;
        return Raise(SyntaxErrorKind.RecursionError, "maximum recursion depth exceeded during compilation", token.Line, token.Column + 1, token.EndLine, token.EndColumn + 1);
    }

    /// <summary>The generic failure at the current token, with CPython's more specific diagnoses
    /// where they apply.</summary>
    private Exception InvalidSyntax() => InvalidSyntax(_count - 1);

    /// <summary>The generic failure, located at token <paramref name="furthestIndex"/>: CPython
    /// points at the furthest token its first pass read, so a diagnosis that looked further ahead
    /// passes the index from before it looked.</summary>
    private Exception InvalidSyntax(int furthestIndex)
    {
        if (_speculating > 0)
        {
            return new BacktrackException();
        }

        var furthest = _tokens[furthestIndex];
        switch (furthest.Kind)
        {
            case TokenKind.Indent:
            case TokenKind.Dedent:
            {
                // CPython points just past the indentation and leaves the end open; it does not
                // look at the rest of the file for a tokenizer error then.
                _checkRestOfInput = false;
                var next = PeekToken(furthestIndex + 1 - _pos);
                int column = next.Line == furthest.Line ? next.Column : furthest.Column;
                string message = furthest.Kind == TokenKind.Indent ? "unexpected indent" : "unexpected unindent";
                return Raise(SyntaxErrorKind.IndentationError, message, furthest.Line, column, furthest.Line, -1);
            }
        }

        var diagnosis = Diagnose();
        if (diagnosis != null)
        {
            return diagnosis;
        }

        var error = Error("invalid syntax", in furthest);
        _genericError = true;
        _furthestLine = furthest.Line;
        return error;
    }

    /// <summary>A specific diagnosis for failing at the current token, if one applies.</summary>
    private Exception? Diagnose() =>
        _lastDisjunctionEnd == _pos && _lastDisjunction != null ? DiagnoseAfterExpression(_lastDisjunction, in Current) : null;

    /// <summary>Failing right after an expression: a walrus or '=' where they do not belong, a
    /// Python 2 print statement, or a missing comma between two expressions.</summary>
    private Exception? DiagnoseAfterExpression(Expr previous, in Token token)
    {
        switch (token.Kind)
        {
            case TokenKind.ColonEqual:
                // CPython's invalid_named_expression: expression ':=' expression.
                return previous is Name || TryParseAhead(_pos + 1, static p => p.ParseExpression()) == null
                    ? null
                    : ErrorAt(previous, $"cannot use assignment expressions with {ExprName(previous)}");
            case TokenKind.Equal:
                return _lastNamedExpressionEnd == _pos ? EqualsHint(previous, _pos) : null;
        }

        if (!StartsExpression(token.Kind))
        {
            return null;
        }

        int start = FindTokenStartingAt(previous.Lineno, previous.ColOffset, 0);
        if (previous is Name { Id: "print" or "exec" } legacy && token.Kind != TokenKind.LeftParen)
        {
            var arguments = TryParseAhead(_pos, static p => p.ParseStarExpressions());
            return arguments == null
                ? null
                : ErrorBetween(legacy, arguments, $"Missing parentheses in call to '{legacy.Id}'. Did you mean {legacy.Id}(...)?");
        }

        if (BracketDepthAt(_pos) == 0
            || (_tokens[start].Kind == TokenKind.Name && _tokens[start + 1].Kind == TokenKind.String)
            || IsSoftKeywordPrefix(in _tokens[start]))
        {
            return null;
        }

        var next = TryParseAhead(_pos, static p => p.ParseExpression());
        return next == null ? null : ErrorBetween(previous, next, "invalid syntax. Perhaps you forgot a comma?");
    }

    /// <summary>CPython's invalid_named_expression for <c>left = ...</c>: when a bitwise_or
    /// follows the '=' at <paramref name="equal"/> (and no other '=' or ':=' after it), a name
    /// gets "Maybe you meant '==' or ':='", another single expression "cannot assign to ...
    /// here".</summary>
    private Exception? EqualsHint(Expr left, int equal)
    {
        var value = TryParseAhead(equal + 1, static p =>
        {
            var right = p.ParseBitwiseOr();
            return p.Kind is TokenKind.Equal or TokenKind.ColonEqual ? null : right;
        });
        if (value == null)
        {
            return null;
        }

        var (first, parenthesized) = OuterTokens(left);
        if (left is Name && !parenthesized)
        {
            return ErrorBetween(left, value, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }

        var firstKind = _tokens[first].Kind;
        bool excluded = firstKind is TokenKind.True or TokenKind.None or TokenKind.False
            || (firstKind is TokenKind.LeftParen or TokenKind.LeftBracket && StartsWithDisplay(first));
        bool isBitwiseOr = parenthesized || left switch
        {
            Compare or BoolOp or IfExp or Lambda or Starred or NamedExpr or Yield or YieldFrom or Ast.Tuple => false,
            UnaryOp unary => unary.Op != UnaryOperator.Not,
            _ => true,
        };
        return excluded || !isBitwiseOr
            ? null
            : ErrorAt(left, $"cannot assign to {ExprName(left)} here. Maybe you meant '==' instead of '='?");
    }

    /// <summary>Parses ahead from token <paramref name="from"/> without consuming anything and
    /// without raising; null on failure.</summary>
    private Expr? TryParseAhead(int from, Func<Parser, Expr?> parse)
    {
        var mark = Save();
        int depth = _depth;
        var lastDisjunction = _lastDisjunction;
        int lastDisjunctionEnd = _lastDisjunctionEnd;
        int lastNamedExpressionEnd = _lastNamedExpressionEnd;
        _speculating++;
        try
        {
            while (from >= _count)
            {
                Fetch();
            }

            _pos = from;
            return parse(this);
        }
        catch (BacktrackException)
        {
            return null;
        }
        catch (SyntaxErrorException)
        {
            // A tokenizer error further on: not this diagnosis' business.
            return null;
        }
        finally
        {
            _speculating--;
            Restore(mark);
            _depth = depth;
            _lastDisjunction = lastDisjunction;
            _lastDisjunctionEnd = lastDisjunctionEnd;
            _lastNamedExpressionEnd = lastNamedExpressionEnd;
        }
    }

    /// <summary>CPython 3.11 compares soft keywords with strncmp over the token's length, so any
    /// prefix of "match", "case" or "_" counts as one where it looks for them.</summary>
    private bool IsSoftKeywordPrefix(in Token token)
    {
        if (token.Kind != TokenKind.Name)
        {
            return false;
        }

        var text = _source.AsSpan(token.Start, token.Length);
        return "match".AsSpan().StartsWith(text) || "case".AsSpan().StartsWith(text) || "_".AsSpan().StartsWith(text);
    }

    /// <summary>How many brackets are open at a token, counted from the start of its logical line.</summary>
    private int BracketDepthAt(int index)
    {
        int depth = 0;
        for (int i = index - 1; i >= 0; i--)
        {
            switch (_tokens[i].Kind)
            {
                case TokenKind.Newline or TokenKind.Indent or TokenKind.Dedent:
                    return depth;
                case TokenKind.LeftParen or TokenKind.LeftBracket or TokenKind.LeftBrace:
                    depth++;
                    break;
                case TokenKind.RightParen or TokenKind.RightBracket or TokenKind.RightBrace:
                    depth--;
                    break;
            }
        }

        return depth;
    }

    private string? SourceLine(int line)
    {
        int start = 0;
        for (int current = 1; current < line; current++)
        {
            int newline = _source.IndexOf('\n', start);
            if (newline < 0)
            {
                return null;
            }

            start = newline + 1;
        }

        int end = _source.IndexOf('\n', start);
        if (end < 0)
        {
            end = _source.Length;
        }

        if (end > start && _source[end - 1] == '\r')
        {
            end--;
        }

        return _source.Substring(start, end - start);
    }

    /// <summary>CPython tokenizes the rest of the file after a parser error, and a tokenizer
    /// error found there is reported instead (an unclosed bracket only when it was opened on an
    /// earlier line than the last token read).</summary>
    private SyntaxErrorException PreferTokenizerError(SyntaxErrorException error)
    {
        if (!_checkRestOfInput)
        {
            return error;
        }

        int lastLine = _genericError ? _furthestLine : _tokens[_count - 1].Line;
        try
        {
            while (_tokens[_count - 1].Kind != TokenKind.EndMarker)
            {
                Fetch();
            }
        }
        catch (SyntaxErrorException tokenizerError)
        {
            if (tokenizerError.Message.EndsWith("was never closed", StringComparison.Ordinal)
                ? tokenizerError.Line < lastLine
                : RaisedImmediately(tokenizerError))
            {
                return tokenizerError;
            }
        }

        return error;
    }

    /// <summary>Whether CPython's tokenizer raises this error itself. Indentation errors and a bad
    /// line continuation are only status codes there, turned into exceptions by the parser, so
    /// they never replace an error the parser found first.</summary>
    private static bool RaisedImmediately(SyntaxErrorException tokenizerError) =>
        tokenizerError.Kind == SyntaxErrorKind.SyntaxError
        && tokenizerError.Message != "unexpected character after line continuation character";
}
