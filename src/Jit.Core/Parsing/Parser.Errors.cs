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

    // The most recent disjunction and the token after it, for diagnosing two expressions in a
    // row ("Perhaps you forgot a comma?", "Missing parentheses in call to 'print'").
    private Expr? _lastDisjunction;
    private int _lastDisjunctionEnd = -1;

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

        _parserError = new SyntaxErrorException(kind, message, _fileName, line, offset, endLine, endOffset, SourceLine(line - _lineShift));
        return _parserError;
    }

    /// <summary>An error with 0-based start and end columns (CPython's RAISE_ERROR_KNOWN_LOCATION).</summary>
    private Exception Error(string message, int line, int column, int endLine, int endColumn) =>
        Raise(SyntaxErrorKind.SyntaxError, message, line, column + 1, endLine, endColumn + 1);

    /// <summary>An error at the last token read (CPython's RAISE_SYNTAX_ERROR).</summary>
    private Exception Error(string message) => ErrorAt(in _tokens[_count - 1], message);

    private Exception Error(string message, in Token token, SyntaxErrorKind kind = SyntaxErrorKind.SyntaxError)
    {
        // NEWLINE, INDENT, DEDENT and ENDMARKER are empty in CPython: they end where they start.
        int endColumn = IsWhitespace(token.Kind) ? token.Column : token.EndColumn;
        int endLine = IsWhitespace(token.Kind) ? token.Line : token.EndLine;
        return Raise(kind, message, token.Line, token.Column + 1, endLine, endColumn + 1);
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

    private Exception TooDeep()
    {
        ref Token token = ref Current;
        return Raise(SyntaxErrorKind.SyntaxError, "too many nested expressions or statements", token.Line, token.Column + 1, token.EndLine, token.EndColumn + 1);
    }

    /// <summary>The generic failure at the current token, with CPython's more specific diagnoses
    /// where they apply.</summary>
    private Exception InvalidSyntax()
    {
        if (_speculating > 0)
        {
            return new BacktrackException();
        }

        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Indent:
            case TokenKind.Dedent:
            {
                // CPython points just past the indentation and leaves the end open.
                int column = PeekToken(1).Line == token.Line ? PeekToken(1).Column : token.Column;
                string message = token.Kind == TokenKind.Indent ? "unexpected indent" : "unexpected unindent";
                return Raise(SyntaxErrorKind.IndentationError, message, token.Line, column, token.Line, -1);
            }
        }

        if (_lastDisjunctionEnd == _pos && _lastDisjunction != null)
        {
            var diagnosis = DiagnoseAfterExpression(_lastDisjunction, in token);
            if (diagnosis != null)
            {
                return diagnosis;
            }
        }

        return Error("invalid syntax", in token);
    }

    /// <summary>Failing right after an expression: a walrus or '=' where they do not belong, a
    /// Python 2 print statement, or a missing comma between two expressions.</summary>
    private Exception? DiagnoseAfterExpression(Expr previous, in Token token)
    {
        switch (token.Kind)
        {
            case TokenKind.ColonEqual:
                return previous is Name ? null : ErrorAt(previous, $"cannot use assignment expressions with {ExprName(previous)}");
            case TokenKind.Equal:
                return DiagnoseMisplacedEquals(previous);
        }

        if (!StartsExpression(token.Kind))
        {
            return null;
        }

        int start = FindTokenStartingAt(previous.Lineno, previous.ColOffset, 0);
        if (previous is Name { Id: "print" or "exec" } legacy && token.Kind != TokenKind.LeftParen)
        {
            var arguments = TryParseAhead(static p => p.ParseStarExpressions());
            return arguments == null
                ? null
                : ErrorBetween(legacy, arguments, $"Missing parentheses in call to '{legacy.Id}'. Did you mean {legacy.Id}(...)?");
        }

        var startKind = _tokens[start].Kind;
        if (BracketDepthAt(_pos) == 0
            || (startKind == TokenKind.Name && _tokens[start + 1].Kind == TokenKind.String)
            || IsSoftKeywordToken(in _tokens[start]))
        {
            return null;
        }

        var next = TryParseAhead(static p => p.ParseExpression());
        return next == null ? null : ErrorBetween(previous, next, "invalid syntax. Perhaps you forgot a comma?");
    }

    /// <summary>'=' after an expression outside an assignment (CPython's invalid_named_expression).</summary>
    private Exception? DiagnoseMisplacedEquals(Expr previous)
    {
        var value = TryParseAhead(static p =>
        {
            p.Advance();
            var right = p.ParseBitwiseOr();
            return p.Kind is TokenKind.Equal or TokenKind.ColonEqual ? null : right;
        });
        if (value == null)
        {
            return null;
        }

        if (previous is Name && !IsParenthesized(previous, 0))
        {
            return ErrorBetween(previous, value, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }

        bool excluded = previous is List or Ast.Tuple or GeneratorExp
            || (previous is Constant { Value: null or bool } && !IsParenthesized(previous, 0));
        bool isBitwiseOr = previous is not (Compare or BoolOp or IfExp or Lambda or NamedExpr)
            && previous is not UnaryOp { Op: UnaryOperator.Not };
        return excluded || !isBitwiseOr
            ? null
            : ErrorAt(previous, $"cannot assign to {ExprName(previous)} here. Maybe you meant '==' instead of '='?");
    }

    /// <summary>Parses ahead without consuming anything and without raising; null on failure.</summary>
    private Expr? TryParseAhead(Func<Parser, Expr?> parse)
    {
        var mark = Save();
        int depth = _depth;
        var lastDisjunction = _lastDisjunction;
        int lastDisjunctionEnd = _lastDisjunctionEnd;
        _speculating++;
        try
        {
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
        }
    }

    private bool IsSoftKeywordToken(in Token token) =>
        IsSoftKeyword(in token, "match") || IsSoftKeyword(in token, "case") || IsSoftKeyword(in token, "_");

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
    /// earlier line than the parser's error).</summary>
    private SyntaxErrorException PreferTokenizerError(SyntaxErrorException error)
    {
        try
        {
            while (_tokens[_count - 1].Kind != TokenKind.EndMarker)
            {
                Fetch();
            }
        }
        catch (SyntaxErrorException tokenizerError)
        {
            if (!tokenizerError.Message.EndsWith("was never closed", StringComparison.Ordinal) || tokenizerError.Line < error.Line)
            {
                return tokenizerError;
            }
        }

        return error;
    }
}
