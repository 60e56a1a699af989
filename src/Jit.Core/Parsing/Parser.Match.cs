using Jit.Lexing;
using Jit.Parsing.Ast;

namespace Jit.Parsing;

public sealed partial class Parser
{
    /// <summary>A statement starting with the soft keyword <c>match</c>: a match statement when
    /// <c>match subject:</c> NEWLINE follows, otherwise (<c>match = 1</c>, <c>match(x)</c>) a simple
    /// statement, which this method leaves to the caller by returning false.</summary>
    private bool ParseMatchOrFallBack(List<Stmt> into)
    {
        if (!StartsStarExpression(PeekKind(1)))
        {
            return false;
        }

        var start = Current;
        var mark = Save();
        int depth = _depth;
        Expr? subject;
        int missingColon = -1;
        _speculating++;
        try
        {
            Advance();
            subject = ParseSubject();
            if (Kind == TokenKind.Newline)
            {
                missingColon = _pos;
            }

            Expect(TokenKind.Colon);
            if (Kind != TokenKind.Newline)
            {
                throw InvalidSyntax();
            }
        }
        catch (BacktrackException)
        {
            subject = null;
        }
        finally
        {
            _speculating--;
        }

        if (subject == null)
        {
            Restore(mark);
            _depth = depth;
            if (missingColon < 0)
            {
                return false;
            }

            // Not a simple statement either: CPython then reports the missing ':'.
            var newline = _tokens[missingColon];
            try
            {
                ParseSimpleStatements(into);
                return true;
            }
            catch (SyntaxErrorException error) when (error == _parserError)
            {
                throw ErrorAt(in newline, "expected ':'");
            }
        }

        Advance();
        if (Kind != TokenKind.Indent)
        {
            throw Error($"expected an indented block after 'match' statement on line {start.Line}", in Current, SyntaxErrorKind.IndentationError);
        }

        Advance();
        Enter();
        var cases = new List<MatchCase>();
        do
        {
            cases.Add(ParseCaseBlock());
        }
        while (Kind != TokenKind.Dedent && Kind != TokenKind.EndMarker);

        Leave();
        Accept(TokenKind.Dedent);
        into.Add(Finish(new Match(subject, cases), in start));
        return true;
    }

    // subject_expr: star_named_expression ',' star_named_expressions? | named_expression
    private Expr ParseSubject()
    {
        var start = Here;
        var first = ParseStarNamedExpression();
        if (Kind != TokenKind.Comma)
        {
            if (first is Starred)
            {
                throw InvalidSyntax();
            }

            return first;
        }

        var elts = new List<Expr> { first };
        while (Accept(TokenKind.Comma) && StartsStarExpression(Kind))
        {
            elts.Add(ParseStarNamedExpression());
        }

        return Finish(new Ast.Tuple(elts, ExprContext.Load), start);
    }

    // case_block: "case" patterns guard? ':' block
    private MatchCase ParseCaseBlock()
    {
        if (!IsSoftKeyword(in Current, "case"))
        {
            throw InvalidSyntax();
        }

        int caseLine = Current.Line;
        Advance();
        var pattern = ParsePatterns();
        var guard = Accept(TokenKind.If) ? ParseNamedExpression() : null;
        ExpectHeaderColon();
        var body = ParseBlock("'case' statement", caseLine);
        return new MatchCase(pattern, guard, body);
    }

    private static bool StartsPattern(TokenKind kind) => kind is TokenKind.Name or TokenKind.Number or TokenKind.String
        or TokenKind.Minus or TokenKind.LeftParen or TokenKind.LeftBracket or TokenKind.LeftBrace
        or TokenKind.None or TokenKind.True or TokenKind.False or TokenKind.Star;

    // patterns: open_sequence_pattern | pattern
    private Pattern ParsePatterns()
    {
        var start = Current;
        var first = ParseMaybeStarPattern();
        if (Kind != TokenKind.Comma)
        {
            if (first is MatchStar)
            {
                throw InvalidSyntax();
            }

            return first;
        }

        var patterns = new List<Pattern> { first };
        while (Accept(TokenKind.Comma) && StartsPattern(Kind))
        {
            patterns.Add(ParseMaybeStarPattern());
        }

        return Finish(new MatchSequence(patterns), in start);
    }

    // maybe_star_pattern: '*' (capture_target | '_') | pattern
    private Pattern ParseMaybeStarPattern()
    {
        if (Kind != TokenKind.Star)
        {
            return ParsePattern();
        }

        var start = Current;
        Advance();
        string? name = IsSoftKeyword(in Current, "_") ? null : ParseCaptureTarget();
        if (name == null)
        {
            Advance();
        }

        return Finish(new MatchStar(name), in start);
    }

    // pattern: or_pattern 'as' capture_target | or_pattern
    private Pattern ParsePattern()
    {
        Enter();
        var start = Current;
        var pattern = ParseOrPattern();
        if (Kind == TokenKind.As)
        {
            Advance();
            if (IsSoftKeyword(in Current, "_"))
            {
                throw ErrorAt(in Current, "cannot use '_' as a target");
            }

            if (Kind != TokenKind.Name || PeekKind(1) is TokenKind.Dot or TokenKind.LeftParen or TokenKind.Equal)
            {
                var target = TryParseAhead(_pos, static p => p.ParseExpression());
                throw target != null ? ErrorAt(target, $"cannot use {ExprName(target)} as pattern target") : InvalidSyntax();
            }

            string name = ParseCaptureTarget();
            pattern = Finish(new MatchAs(pattern, name), in start);
        }

        Leave();
        return pattern;
    }

    // or_pattern: '|'.closed_pattern+
    private Pattern ParseOrPattern()
    {
        var start = Current;
        var first = ParseClosedPattern();
        if (Kind != TokenKind.VerticalBar)
        {
            return first;
        }

        var patterns = new List<Pattern> { first };
        while (Accept(TokenKind.VerticalBar))
        {
            patterns.Add(ParseClosedPattern());
        }

        return Finish(new MatchOr(patterns), in start);
    }

    private Pattern ParseClosedPattern()
    {
        var start = Current;
        switch (start.Kind)
        {
            case TokenKind.Minus:
            case TokenKind.Number:
            {
                var value = ParseLiteralNumber();
                return CopyLocation(new MatchValue(value), value);
            }

            case TokenKind.String:
            {
                // An f-string is rejected later, by the compiler, as in CPython.
                var value = ParseStrings();
                return CopyLocation(new MatchValue(value), value);
            }

            case TokenKind.None:
                Advance();
                return Finish(new MatchSingleton(null), in start);
            case TokenKind.True:
                Advance();
                return Finish(new MatchSingleton(true), in start);
            case TokenKind.False:
                Advance();
                return Finish(new MatchSingleton(false), in start);
            case TokenKind.Name:
                return ParseNamePattern();
            case TokenKind.LeftParen:
                return ParseParenthesizedPattern();
            case TokenKind.LeftBracket:
            {
                Advance();
                var patterns = new List<Pattern>();
                while (Kind != TokenKind.RightBracket)
                {
                    patterns.Add(ParseMaybeStarPattern());
                    if (!Accept(TokenKind.Comma))
                    {
                        break;
                    }
                }

                Expect(TokenKind.RightBracket);
                return Finish(new MatchSequence(patterns), in start);
            }

            case TokenKind.LeftBrace:
                return ParseMappingPattern();
            default:
                throw InvalidSyntax();
        }
    }

    // signed_number | complex_number: NUMBER, '-' NUMBER, and real ('+' | '-') imaginary.
    private Expr ParseLiteralNumber()
    {
        var start = Current;
        bool negative = Accept(TokenKind.Minus);
        var number = ParseNumberConstant();
        Expr value = negative ? Finish(new UnaryOp(UnaryOperator.USub, number), in start) : number;
        if (Kind is TokenKind.Plus or TokenKind.Minus)
        {
            if (number.Value is System.Numerics.Complex)
            {
                throw ErrorAt(number, "real number required in complex literal");
            }

            var op = Kind == TokenKind.Plus ? Operator.Add : Operator.Sub;
            Advance();
            var imaginary = ParseNumberConstant();
            if (imaginary.Value is not System.Numerics.Complex)
            {
                throw ErrorAt(imaginary, "imaginary number required in complex literal");
            }

            value = Finish(new BinOp(value, op, imaginary), in start);
        }

        return value;
    }

    private Constant ParseNumberConstant()
    {
        if (Kind != TokenKind.Number)
        {
            throw InvalidSyntax();
        }

        var constant = SetLocation(new Constant(NumberValue(in Current), null), in Current, in Current);
        Advance();
        return constant;
    }

    // Wildcard '_', capture NAME, value pattern a.b.c, or class pattern name_or_attr '(' ... ')'.
    private Pattern ParseNamePattern()
    {
        var start = Current;
        if (IsSoftKeyword(in start, "_"))
        {
            Advance();
            return Finish(new MatchAs(null, null), in start);
        }

        Expr nameOrAttribute = SetLocation(new Name(NameOf(in start), ExprContext.Load), in start, in start);
        Advance();
        bool dotted = false;
        while (Accept(TokenKind.Dot))
        {
            dotted = true;
            nameOrAttribute = Finish(new Ast.Attribute(nameOrAttribute, ExpectName(), ExprContext.Load), in start);
        }

        if (Kind == TokenKind.LeftParen)
        {
            return ParseClassPattern(nameOrAttribute);
        }

        if (dotted)
        {
            return Finish(new MatchValue(nameOrAttribute), in start);
        }

        if (Kind == TokenKind.Equal)
        {
            throw InvalidSyntax();
        }

        return Finish(new MatchAs(null, ((Name)nameOrAttribute).Id), in start);
    }

    // !"_" NAME !('.' | '(' | '=')
    private string ParseCaptureTarget()
    {
        if (Kind != TokenKind.Name || IsSoftKeyword(in Current, "_") || PeekKind(1) is TokenKind.Dot or TokenKind.LeftParen or TokenKind.Equal)
        {
            throw InvalidSyntax();
        }

        return ExpectName();
    }

    // group_pattern '(' pattern ')' or sequence_pattern '(' [open_sequence_pattern] ')'
    private Pattern ParseParenthesizedPattern()
    {
        var start = Current;
        Advance();
        if (Accept(TokenKind.RightParen))
        {
            return Finish(new MatchSequence(Array.Empty<Pattern>()), in start);
        }

        var first = ParseMaybeStarPattern();
        if (Kind != TokenKind.Comma)
        {
            if (first is MatchStar)
            {
                throw InvalidSyntax();
            }

            Expect(TokenKind.RightParen);
            return first;
        }

        var patterns = new List<Pattern> { first };
        while (Accept(TokenKind.Comma) && Kind != TokenKind.RightParen)
        {
            patterns.Add(ParseMaybeStarPattern());
        }

        Expect(TokenKind.RightParen);
        return Finish(new MatchSequence(patterns), in start);
    }

    // '{' [key_value_pattern (',' key_value_pattern)*] [',' '**' capture_target] [','] '}'
    private Pattern ParseMappingPattern()
    {
        var start = Current;
        Advance();
        var keys = new List<Expr>();
        var patterns = new List<Pattern>();
        string? rest = null;
        while (Kind != TokenKind.RightBrace)
        {
            if (Accept(TokenKind.DoubleStar))
            {
                // '**rest' must come last: the closing brace is expected next.
                rest = ParseCaptureTarget();
                Accept(TokenKind.Comma);
                break;
            }

            keys.Add(ParseMappingKey());
            Expect(TokenKind.Colon);
            patterns.Add(ParsePattern());
            if (!Accept(TokenKind.Comma))
            {
                break;
            }
        }

        Expect(TokenKind.RightBrace);
        return Finish(new MatchMapping(keys, patterns, rest), in start);
    }

    // key: literal_expr | attr
    private Expr ParseMappingKey()
    {
        var start = Current;
        switch (start.Kind)
        {
            case TokenKind.Minus:
            case TokenKind.Number:
                return ParseLiteralNumber();
            case TokenKind.String:
                return ParseStrings();

            case TokenKind.None:
                Advance();
                return Finish(new Constant(null, null), in start);
            case TokenKind.True:
                Advance();
                return Finish(new Constant(true, null), in start);
            case TokenKind.False:
                Advance();
                return Finish(new Constant(false, null), in start);
            case TokenKind.Name when PeekKind(1) == TokenKind.Dot:
            {
                Expr value = SetLocation(new Name(NameOf(in start), ExprContext.Load), in start, in start);
                Advance();
                while (Accept(TokenKind.Dot))
                {
                    value = Finish(new Ast.Attribute(value, ExpectName(), ExprContext.Load), in start);
                }

                return value;
            }

            default:
                throw InvalidSyntax();
        }
    }

    // name_or_attr '(' [positional patterns] [keyword patterns] ')'
    private Pattern ParseClassPattern(Expr cls)
    {
        Advance();
        var patterns = new List<Pattern>();
        var keywordNames = new List<string>();
        var keywordPatterns = new List<Pattern>();
        while (Kind != TokenKind.RightParen)
        {
            if (Kind == TokenKind.Name && PeekKind(1) == TokenKind.Equal)
            {
                keywordNames.Add(ExpectName());
                Advance();
                keywordPatterns.Add(ParsePattern());
            }
            else if (keywordNames.Count > 0)
            {
                var first = ParsePattern();
                var last = first;
                while (Kind == TokenKind.Comma && StartsPattern(PeekKind(1)) && PeekKind(2) != TokenKind.Equal)
                {
                    Advance();
                    last = ParsePattern();
                }

                throw ErrorBetween(first, last, "positional patterns follow keyword patterns");
            }
            else
            {
                patterns.Add(ParsePattern());
            }

            if (!Accept(TokenKind.Comma))
            {
                break;
            }
        }

        Expect(TokenKind.RightParen);
        return Finish(new MatchClass(cls, patterns, keywordNames, keywordPatterns), cls.Lineno, cls.ColOffset);
    }
}
