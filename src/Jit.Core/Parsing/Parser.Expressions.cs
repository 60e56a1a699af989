using Jit.Lexing;
using Jit.Parsing.Ast;

namespace Jit.Parsing;

public sealed partial class Parser
{
    // Binary operators below comparisons, by token: precedence (1 = '|' ... 6 = '*', '/', ...) and
    // operator. Zero precedence means "not a binary operator".
    private static readonly byte[] s_binaryPrecedence = BuildBinaryPrecedence();
    private static readonly Operator[] s_binaryOperator = BuildBinaryOperators();

    private static byte[] BuildBinaryPrecedence()
    {
        var table = new byte[256];
        table[(int)TokenKind.VerticalBar] = 1;
        table[(int)TokenKind.Caret] = 2;
        table[(int)TokenKind.Ampersand] = 3;
        table[(int)TokenKind.LeftShift] = 4;
        table[(int)TokenKind.RightShift] = 4;
        table[(int)TokenKind.Plus] = 5;
        table[(int)TokenKind.Minus] = 5;
        table[(int)TokenKind.Star] = 6;
        table[(int)TokenKind.Slash] = 6;
        table[(int)TokenKind.DoubleSlash] = 6;
        table[(int)TokenKind.Percent] = 6;
        table[(int)TokenKind.At] = 6;
        return table;
    }

    private static Operator[] BuildBinaryOperators()
    {
        var table = new Operator[256];
        table[(int)TokenKind.VerticalBar] = Operator.BitOr;
        table[(int)TokenKind.Caret] = Operator.BitXor;
        table[(int)TokenKind.Ampersand] = Operator.BitAnd;
        table[(int)TokenKind.LeftShift] = Operator.LShift;
        table[(int)TokenKind.RightShift] = Operator.RShift;
        table[(int)TokenKind.Plus] = Operator.Add;
        table[(int)TokenKind.Minus] = Operator.Sub;
        table[(int)TokenKind.Star] = Operator.Mult;
        table[(int)TokenKind.Slash] = Operator.Div;
        table[(int)TokenKind.DoubleSlash] = Operator.FloorDiv;
        table[(int)TokenKind.Percent] = Operator.Mod;
        table[(int)TokenKind.At] = Operator.MatMult;
        return table;
    }

    /// <summary>Whether a token can begin an <c>expression</c> (so not '*', 'yield').</summary>
    private static bool StartsExpression(TokenKind kind)
    {
        switch (kind)
        {
            case TokenKind.Name:
            case TokenKind.Number:
            case TokenKind.String:
            case TokenKind.LeftParen:
            case TokenKind.LeftBracket:
            case TokenKind.LeftBrace:
            case TokenKind.Minus:
            case TokenKind.Plus:
            case TokenKind.Tilde:
            case TokenKind.Not:
            case TokenKind.Lambda:
            case TokenKind.Await:
            case TokenKind.None:
            case TokenKind.True:
            case TokenKind.False:
            case TokenKind.Ellipsis:
                return true;
            default:
                return false;
        }
    }

    private static bool StartsStarExpression(TokenKind kind) => kind == TokenKind.Star || StartsExpression(kind);

    // expressions: expression (',' expression)* [',']
    private Expr ParseExpressions()
    {
        var start = Here;
        var first = ParseExpression();
        if (Kind != TokenKind.Comma)
        {
            return first;
        }

        var elts = new List<Expr> { first };
        while (Accept(TokenKind.Comma) && StartsExpression(Kind))
        {
            elts.Add(ParseExpression());
        }

        return Finish(new Ast.Tuple(elts, ExprContext.Load), start);
    }

    // star_expressions: star_expression (',' star_expression)* [',']
    private Expr ParseStarExpressions()
    {
        var start = Here;
        var first = ParseStarExpression();
        if (Kind != TokenKind.Comma)
        {
            return first;
        }

        var elts = new List<Expr> { first };
        while (Accept(TokenKind.Comma) && StartsStarExpression(Kind))
        {
            elts.Add(ParseStarExpression());
        }

        return Finish(new Ast.Tuple(elts, ExprContext.Load), start);
    }

    // star_expression: '*' bitwise_or | expression
    private Expr ParseStarExpression()
    {
        if (Kind != TokenKind.Star)
        {
            return ParseExpression();
        }

        var start = Current;
        Advance();
        var value = ParseBitwiseOr();
        return Finish(new Starred(value, ExprContext.Load), in start);
    }

    // star_named_expression: '*' bitwise_or | named_expression
    private Expr ParseStarNamedExpression()
    {
        if (Kind != TokenKind.Star)
        {
            return ParseNamedExpression();
        }

        var start = Current;
        Advance();
        var value = ParseBitwiseOr();
        return Finish(new Starred(value, ExprContext.Load), in start);
    }

    // named_expression: NAME ':=' expression | expression !':='
    private Expr ParseNamedExpression()
    {
        if (Kind == TokenKind.Name && PeekKind(1) == TokenKind.ColonEqual)
        {
            var start = Current;
            var target = SetLocation(new Name(NameOf(in start), ExprContext.Store), in start, in start);
            Advance();
            Advance();
            var value = ParseExpression();
            return Finish(new NamedExpr(target, value), in start);
        }

        var expr = ParseExpression();
        _lastNamedExpressionEnd = _pos;
        return expr;
    }

    // annotated_rhs: yield_expr | star_expressions
    private Expr ParseAnnotatedRhs() => Kind == TokenKind.Yield ? ParseYieldExpression() : ParseStarExpressions();

    // expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef
    private Expr ParseExpression()
    {
        if (Kind == TokenKind.Lambda)
        {
            return ParseLambda();
        }

        Enter();
        var start = Here;
        var body = ParseDisjunction();

        // Remembered for diagnosing what follows ("Perhaps you forgot a comma?", ...), as
        // CPython's invalid_expression does at the start of every expression.
        _lastDisjunction = body;
        _lastDisjunctionEnd = _pos;
        if (Kind == TokenKind.If)
        {
            Advance();
            var test = ParseDisjunction();
            if (Kind != TokenKind.Else)
            {
                if (Kind == TokenKind.Colon)
                {
                    throw InvalidSyntax();
                }

                throw ErrorBetween(body, test, "expected 'else' after 'if' expression");
            }

            Advance();
            var orelse = ParseExpression();
            body = Finish(new IfExp(test, body, orelse), start);
        }

        Leave();
        return body;
    }

    private Expr ParseDisjunction()
    {
        var start = Here;
        var first = ParseConjunction();
        if (Kind == TokenKind.Or)
        {
            var values = new List<Expr> { first };
            while (Accept(TokenKind.Or))
            {
                values.Add(ParseConjunction());
            }

            first = Finish(new BoolOp(BoolOperator.Or, values), start);
        }

        return first;
    }

    private Expr ParseConjunction()
    {
        var start = Here;
        var first = ParseInversion();
        if (Kind != TokenKind.And)
        {
            return first;
        }

        var values = new List<Expr> { first };
        while (Accept(TokenKind.And))
        {
            values.Add(ParseInversion());
        }

        return Finish(new BoolOp(BoolOperator.And, values), start);
    }

    private Expr ParseInversion()
    {
        if (Kind != TokenKind.Not)
        {
            return ParseComparison();
        }

        var start = Current;
        Advance();
        Enter();
        var operand = ParseInversion();
        Leave();
        return Finish(new UnaryOp(UnaryOperator.Not, operand), in start);
    }

    private Expr ParseComparison()
    {
        var start = Here;
        var left = ParseBitwiseOr();
        if (!TryComparisonOperator(out var op))
        {
            return left;
        }

        var ops = new List<CmpOperator>();
        var comparators = new List<Expr>();
        do
        {
            ops.Add(op);
            comparators.Add(ParseBitwiseOr());
        }
        while (TryComparisonOperator(out op));

        return Finish(new Compare(left, ops, comparators), start);
    }

    /// <summary>Consumes a comparison operator (two tokens for 'not in' and 'is not').</summary>
    private bool TryComparisonOperator(out CmpOperator op)
    {
        switch (Kind)
        {
            case TokenKind.EqualEqual:
                op = CmpOperator.Eq;
                break;
            case TokenKind.NotEqual:
                op = CmpOperator.NotEq;
                break;
            case TokenKind.Less:
                op = CmpOperator.Lt;
                break;
            case TokenKind.LessEqual:
                op = CmpOperator.LtE;
                break;
            case TokenKind.Greater:
                op = CmpOperator.Gt;
                break;
            case TokenKind.GreaterEqual:
                op = CmpOperator.GtE;
                break;
            case TokenKind.In:
                op = CmpOperator.In;
                break;
            case TokenKind.Not:
                if (PeekKind(1) != TokenKind.In)
                {
                    op = default;
                    return false;
                }

                Advance();
                op = CmpOperator.NotIn;
                break;
            case TokenKind.Is:
                if (PeekKind(1) == TokenKind.Not)
                {
                    Advance();
                    op = CmpOperator.IsNot;
                }
                else
                {
                    op = CmpOperator.Is;
                }

                break;
            default:
                op = default;
                return false;
        }

        Advance();
        return true;
    }

    private Expr ParseBitwiseOr() => ParseBinary(1);

    /// <summary>Precedence climbing over the left-associative binary operators from '|' to '*'.</summary>
    private Expr ParseBinary(int minPrecedence)
    {
        var start = Here;
        var left = ParseFactor();
        int depth = _depth;
        while (true)
        {
            int precedence = s_binaryPrecedence[(int)Kind];
            if (precedence < minPrecedence || precedence == 0)
            {
                break;
            }

            var op = s_binaryOperator[(int)Kind];
            Advance();
            var right = precedence == 6 ? ParseFactor() : ParseBinary(precedence + 1);
            left = Finish(new BinOp(left, op, right), start);

            // Each operator makes the tree one level deeper on the left.
            Deepen();
        }

        _depth = depth;
        return left;
    }

    // factor: ('+' | '-' | '~') factor | power
    private Expr ParseFactor()
    {
        UnaryOperator op;
        switch (Kind)
        {
            case TokenKind.Minus:
                op = UnaryOperator.USub;
                break;
            case TokenKind.Plus:
                op = UnaryOperator.UAdd;
                break;
            case TokenKind.Tilde:
                op = UnaryOperator.Invert;
                break;
            default:
                return ParsePower();
        }

        var start = Current;
        Advance();
        Enter();
        var operand = ParseFactor();
        Leave();
        return Finish(new UnaryOp(op, operand), in start);
    }

    // power: await_primary '**' factor | await_primary
    private Expr ParsePower()
    {
        var start = Here;
        Expr left;
        if (Kind == TokenKind.Await)
        {
            Advance();
            var value = ParsePrimary();
            left = Finish(new Await(value), start);
        }
        else
        {
            left = ParsePrimary();
        }

        if (Kind != TokenKind.DoubleStar)
        {
            return left;
        }

        Advance();
        Enter();
        var right = ParseFactor();
        Leave();
        return Finish(new BinOp(left, Operator.Pow, right), start);
    }

    // primary: atom ('.' NAME | '(' arguments ')' | '[' slices ']')*
    private Expr ParsePrimary()
    {
        var start = Here;
        var expr = ParseAtom();
        int depth = _depth;
        while (true)
        {
            switch (Kind)
            {
                case TokenKind.Dot:
                    Advance();
                    string attr = ExpectName();
                    expr = Finish(new Ast.Attribute(expr, attr, ExprContext.Load), start);
                    break;
                case TokenKind.LeftParen:
                    expr = ParseCall(expr, start);
                    break;
                case TokenKind.LeftBracket:
                    if (PeekKind(1) == TokenKind.RightBracket)
                    {
                        // "x[]" is no subscript: as in CPython, the primary ends before it and
                        // whatever comes next is diagnosed ("Perhaps you forgot a comma?").
                        _depth = depth;
                        return expr;
                    }

                    Advance();
                    var slice = ParseSlices();
                    Expect(TokenKind.RightBracket);
                    expr = Finish(new Subscript(expr, slice, ExprContext.Load), start);
                    break;
                default:
                    _depth = depth;
                    return expr;
            }

            Deepen();
        }
    }

    private Expr ParseAtom()
    {
        ref Token token = ref Current;
        switch (token.Kind)
        {
            case TokenKind.Name:
            {
                var name = new Name(NameOf(in token), ExprContext.Load);
                SetLocation(name, in token, in token);
                Advance();
                return name;
            }

            case TokenKind.Number:
            {
                var constant = new Constant(NumberValue(in token), null);
                SetLocation(constant, in token, in token);
                Advance();
                return constant;
            }

            case TokenKind.String:
                return ParseStrings();
            case TokenKind.None:
                return Keyword(null);
            case TokenKind.True:
                return Keyword(true);
            case TokenKind.False:
                return Keyword(false);
            case TokenKind.Ellipsis:
                return Keyword(EllipsisValue.Instance);
            case TokenKind.LeftParen:
                return ParseParenthesized();
            case TokenKind.LeftBracket:
                return ParseListDisplay();
            case TokenKind.LeftBrace:
                return ParseDictOrSet();
            default:
                throw InvalidSyntax();
        }

        Constant Keyword(object? value)
        {
            var constant = SetLocation(new Constant(value, null), in Current, in Current);
            Advance();
            return constant;
        }
    }

    // '(' ')' | '(' yield_expr ')' | group | tuple | genexp
    private Expr ParseParenthesized()
    {
        var open = Current;
        Advance();
        Enter();
        Expr result;
        if (Kind == TokenKind.RightParen)
        {
            Advance();
            result = Finish(new Ast.Tuple(Array.Empty<Expr>(), ExprContext.Load), in open);
        }
        else if (Kind == TokenKind.Yield)
        {
            result = ParseYieldExpression();
            Expect(TokenKind.RightParen);
        }
        else
        {
            var first = ParseStarNamedExpression();
            if (IsComprehensionStart())
            {
                if (first is Starred)
                {
                    throw ErrorAt(first, "iterable unpacking cannot be used in comprehension");
                }

                var generators = ParseComprehensions();
                Expect(TokenKind.RightParen);
                result = Finish(new GeneratorExp(first, generators), in open);
            }
            else if (Kind == TokenKind.Comma)
            {
                var elts = ParseDisplayTail(first, TokenKind.RightParen);
                Expect(TokenKind.RightParen);
                result = Finish(new Ast.Tuple(elts, ExprContext.Load), in open);
            }
            else
            {
                if (first is Starred && Kind == TokenKind.RightParen)
                {
                    throw ErrorAt(first, "cannot use starred expression here");
                }

                Expect(TokenKind.RightParen);
                result = first;
            }
        }

        Leave();
        return result;
    }

    /// <summary>The elements after the first of a list, tuple or set display, up to (not
    /// including) the closing bracket.</summary>
    private List<Expr> ParseDisplayTail(Expr first, TokenKind closer)
    {
        var elts = new List<Expr> { first };
        while (Accept(TokenKind.Comma) && Kind != closer && (closer == TokenKind.RightParen || Kind is not (TokenKind.For or TokenKind.Async)))
        {
            elts.Add(ParseStarNamedExpression());
        }

        if (closer != TokenKind.RightParen && Kind is TokenKind.For or TokenKind.Async)
        {
            int furthest = _count - 1;
            if (!IsComprehensionStart())
            {
                throw InvalidSyntax(furthest);
            }

            // The clauses must parse for CPython to suggest this (their own errors come first).
            ParseComprehensions();
            throw ErrorBetween(elts[0], elts[^1], "did you forget parentheses around the comprehension target?");
        }

        return elts;
    }

    // '[' ']' | '[' star_named_expressions ']' | '[' named_expression for_if_clauses ']'
    private Expr ParseListDisplay()
    {
        var open = Current;
        Advance();
        Enter();
        Expr result;
        if (Accept(TokenKind.RightBracket))
        {
            result = Finish(new List(Array.Empty<Expr>(), ExprContext.Load), in open);
        }
        else
        {
            var first = ParseStarNamedExpression();
            if (IsComprehensionStart())
            {
                if (first is Starred)
                {
                    throw ErrorAt(first, "iterable unpacking cannot be used in comprehension");
                }

                var generators = ParseComprehensions();
                Expect(TokenKind.RightBracket);
                result = Finish(new ListComp(first, generators), in open);
            }
            else
            {
                var elts = Kind == TokenKind.Comma ? ParseDisplayTail(first, TokenKind.RightBracket) : new List<Expr> { first };
                Expect(TokenKind.RightBracket);
                result = Finish(new List(elts, ExprContext.Load), in open);
            }
        }

        Leave();
        return result;
    }

    // Dict and set displays and comprehensions.
    private Expr ParseDictOrSet()
    {
        var open = Current;
        Advance();
        Enter();
        Expr result;
        if (Accept(TokenKind.RightBrace))
        {
            result = Finish(new Dict(Array.Empty<Expr?>(), Array.Empty<Expr>()), in open);
        }
        else if (Kind == TokenKind.DoubleStar)
        {
            Advance();
            var value = ParseBitwiseOr();
            result = ParseDictTail(in open, null, value);
        }
        else
        {
            var first = ParseStarNamedExpression();
            if (Kind == TokenKind.Colon && first is not Starred)
            {
                Advance();
                if (Kind == TokenKind.Comma || Kind == TokenKind.RightBrace)
                {
                    throw ErrorAt(in _tokens[_pos - 1], "expression expected after dictionary key and ':'");
                }

                var value = ParseExpression();
                if (IsComprehensionStart())
                {
                    var generators = ParseComprehensions();
                    Expect(TokenKind.RightBrace);
                    result = Finish(new DictComp(first, value, generators), in open);
                }
                else
                {
                    result = ParseDictTail(in open, first, value);
                }
            }
            else if (IsComprehensionStart())
            {
                if (first is Starred)
                {
                    throw ErrorAt(first, "iterable unpacking cannot be used in comprehension");
                }

                var generators = ParseComprehensions();
                Expect(TokenKind.RightBrace);
                result = Finish(new SetComp(first, generators), in open);
            }
            else
            {
                var elts = Kind == TokenKind.Comma ? ParseDisplayTail(first, TokenKind.RightBrace) : new List<Expr> { first };
                Expect(TokenKind.RightBrace);
                result = Finish(new Set(elts), in open);
            }
        }

        Leave();
        return result;
    }

    private Expr ParseDictTail(in Token open, Expr? firstKey, Expr firstValue)
    {
        var keys = new List<Expr?> { firstKey };
        var values = new List<Expr> { firstValue };
        while (Accept(TokenKind.Comma) && Kind != TokenKind.RightBrace)
        {
            if (Accept(TokenKind.DoubleStar))
            {
                keys.Add(null);
                values.Add(ParseBitwiseOr());
                continue;
            }

            // After the first entry CPython's invalid_kvpair wins: any key not followed by ':'
            // is "':' expected", at the longest prefix that parses (approximated by its first
            // token when the key itself does not parse).
            var keyStart = Current;
            if (!StartsExpression(keyStart.Kind))
            {
                throw InvalidSyntax();
            }

            var key = TryParseAhead(_pos, static p => p.ParseExpressionAndStop());
            if (key == null && keyStart.Kind is not (TokenKind.Name or TokenKind.Number or TokenKind.String or TokenKind.None or TokenKind.True or TokenKind.False or TokenKind.Ellipsis))
            {
                throw InvalidSyntax();
            }

            if (key == null || _tokens[_speculativeEnd].Kind != TokenKind.Colon)
            {
                int line = key?.EndLineno ?? keyStart.EndLine;
                int column = key?.EndColOffset ?? keyStart.EndColumn;
                throw Error("':' expected after dictionary key", line, column - 1, line, -1);
            }

            key = ParseExpression();

            Advance();
            if (Kind == TokenKind.Comma || Kind == TokenKind.RightBrace)
            {
                throw ErrorAt(in _tokens[_pos - 1], "expression expected after dictionary key and ':'");
            }

            keys.Add(key);
            values.Add(ParseExpression());
        }

        Expect(TokenKind.RightBrace);
        return Finish(new Dict(keys, values), in open);
    }

    private bool IsComprehensionStart() =>
        Kind == TokenKind.For || (Kind == TokenKind.Async && PeekKind(1) == TokenKind.For);

    // for_if_clauses: (['async'] 'for' star_targets 'in' disjunction ('if' disjunction)*)+
    private List<Comprehension> ParseComprehensions()
    {
        var generators = new List<Comprehension>();
        do
        {
            int isAsync = Accept(TokenKind.Async) ? 1 : 0;
            Expect(TokenKind.For);
            var target = ParseForTargets();
            ExpectInAfterTargets(target);
            var iter = ParseDisjunction();
            IReadOnlyList<Expr> ifs = Array.Empty<Expr>();
            if (Kind == TokenKind.If)
            {
                var conditions = new List<Expr>();
                while (Accept(TokenKind.If))
                {
                    conditions.Add(ParseDisjunction());
                }

                ifs = conditions;
            }

            generators.Add(new Comprehension(target, iter, ifs, isAsync));
        }
        while (IsComprehensionStart());

        return generators;
    }

    /// <summary>Comprehension clauses after a call's other arguments: CPython only reads them in
    /// its error pass, so a plain syntax error inside them is reported at the 'for'.</summary>
    private List<Comprehension> ParseComprehensionsAfterArguments()
    {
        int forIndex = _pos;
        try
        {
            return ParseComprehensions();
        }
        catch (SyntaxErrorException error) when (error == _parserError && _genericError)
        {
            throw InvalidSyntax(forIndex);
        }
    }

    /// <summary>The 'in' after a for target; CPython diagnoses two expressions in a row there as
    /// in any expression.</summary>
    private void ExpectInAfterTargets(Expr target)
    {
        if (Kind != TokenKind.In)
        {
            _lastDisjunction = target is Ast.Tuple { Elts.Count: > 0 } tuple && tuple.Ctx == ExprContext.Store ? tuple.Elts[^1] : target;
            _lastDisjunctionEnd = _pos;
            throw InvalidSyntax();
        }

        Advance();
    }

    /// <summary>An expression, remembering where it stopped (for looking ahead).</summary>
    private Expr ParseExpressionAndStop()
    {
        var expr = ParseExpression();
        _speculativeEnd = _pos;
        return expr;
    }

    // primary '(' [arguments] ')' and primary genexp
    private Expr ParseCall(Expr func, Position start)
    {
        var open = Current;
        Advance();
        Enter();
        ParseArguments(in open, allowGenerator: true, out var args, out var keywords);
        Leave();
        return Finish(new Call(func, args, keywords), start);
    }

    /// <summary>Call arguments after '(' up to and including ')'. A generator expression that is the
    /// only argument takes the call's parentheses as its own.</summary>
    private void ParseArguments(in Token open, bool allowGenerator, out IReadOnlyList<Expr> argsOut, out IReadOnlyList<Keyword> keywordsOut)
    {
        List<Expr>? args = null;
        List<Keyword>? keywords = null;
        bool keywordUnpacking = false;
        string? positionalAfterKeyword = null;
        while (Kind != TokenKind.RightParen)
        {
            if (positionalAfterKeyword != null && !StartsStarExpression(Kind) && Kind != TokenKind.DoubleStar)
            {
                break;
            }

            var start = Current;
            switch (start.Kind)
            {
                case TokenKind.Star:
                {
                    Advance();
                    var value = ParseExpression();
                    if (IsComprehensionStart())
                    {
                        throw Error("iterable unpacking cannot be used in comprehension", start.Line, start.Column, value.EndLineno, value.EndColOffset);
                    }

                    if (keywordUnpacking)
                    {
                        throw ErrorAt(in start, "iterable argument unpacking follows keyword argument unpacking");
                    }

                    (args ??= new List<Expr>()).Add(Finish(new Starred(value, ExprContext.Load), in start));
                    break;
                }

                case TokenKind.DoubleStar:
                {
                    Advance();
                    var value = ParseExpression();
                    (keywords ??= new List<Keyword>()).Add(Finish(new Keyword(null, value), in start));
                    keywordUnpacking = true;
                    break;
                }

                case TokenKind.Name when PeekKind(1) == TokenKind.Equal:
                {
                    string name = NameOf(in start);
                    Advance();
                    var equal = Current;
                    Advance();
                    var value = ParseExpression();
                    if (IsComprehensionStart())
                    {
                        throw ErrorBetween(in start, in equal, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
                    }

                    (keywords ??= new List<Keyword>()).Add(Finish(new Keyword(name, value), in start));
                    break;
                }

                case TokenKind.True or TokenKind.False or TokenKind.None when PeekKind(1) == TokenKind.Equal:
                    throw ErrorBetween(in start, in PeekToken(1), $"cannot assign to {_source.Substring(start.Start, start.Length)}");

                default:
                {
                    var value = ParseNamedExpression();
                    if (IsComprehensionStart())
                    {
                        if (!allowGenerator)
                        {
                            throw InvalidSyntax();
                        }

                        bool sole = args == null && keywords == null;
                        var generators = sole ? ParseComprehensions() : ParseComprehensionsAfterArguments();
                        if (sole && Kind == TokenKind.RightParen)
                        {
                            Advance();
                            argsOut = new Expr[] { Finish(new GeneratorExp(value, generators), in open) };
                            keywordsOut = Array.Empty<Keyword>();
                            return;
                        }

                        throw sole && Kind != TokenKind.Comma
                            ? InvalidSyntax()
                            : ErrorFrom(value, "Generator expression must be parenthesized");
                    }

                    if (Kind == TokenKind.Equal)
                    {
                        throw ErrorBetween(value, in Current, "expression cannot contain assignment, perhaps you meant \"==\"?");
                    }

                    if (keywords != null)
                    {
                        // Reported once the whole argument list is read, as CPython does.
                        positionalAfterKeyword ??= keywordUnpacking
                            ? "positional argument follows keyword argument unpacking"
                            : "positional argument follows keyword argument";
                    }

                    (args ??= new List<Expr>()).Add(value);
                    break;
                }
            }

            if (!Accept(TokenKind.Comma))
            {
                break;
            }
        }

        if (positionalAfterKeyword != null)
        {
            // Raised where the argument list ends, unless what follows has its own diagnosis.
            throw (Kind == TokenKind.RightParen ? null : Diagnose()) ?? ErrorAt(in Current, positionalAfterKeyword);
        }

        Expect(TokenKind.RightParen);

        argsOut = args ?? (IReadOnlyList<Expr>)Array.Empty<Expr>();
        keywordsOut = keywords ?? (IReadOnlyList<Keyword>)Array.Empty<Keyword>();
    }

    // slices: slice !',' | ','.(slice | starred_expression)+ [',']
    private Expr ParseSlices()
    {
        var start = Here;
        var first = ParseSlice();
        if (Kind != TokenKind.Comma && first is not Starred)
        {
            return first;
        }

        var elts = new List<Expr> { first };
        while (Accept(TokenKind.Comma) && Kind != TokenKind.RightBracket)
        {
            elts.Add(ParseSlice());
        }

        return Finish(new Ast.Tuple(elts, ExprContext.Load), start);
    }

    // slice: [expression] ':' [expression] [':' [expression]] | named_expression | '*' expression
    private Expr ParseSlice()
    {
        var start = Current;
        if (start.Kind == TokenKind.Star)
        {
            Advance();
            var value = ParseExpression();
            return Finish(new Starred(value, ExprContext.Load), in start);
        }

        Expr? lower = null;
        if (start.Kind != TokenKind.Colon)
        {
            lower = ParseNamedExpression();
            if (Kind != TokenKind.Colon)
            {
                return lower;
            }
        }

        Advance();
        Expr? upper = StartsExpression(Kind) ? ParseExpression() : null;
        Expr? step = null;
        if (Accept(TokenKind.Colon) && StartsExpression(Kind))
        {
            step = ParseExpression();
        }

        return Finish(new Slice(lower, upper, step), in start);
    }

    // yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
    private Expr ParseYieldExpression()
    {
        var start = Current;
        Advance();
        if (Accept(TokenKind.From))
        {
            var source = ParseExpression();
            return Finish(new YieldFrom(source), in start);
        }

        var value = StartsStarExpression(Kind) ? ParseStarExpressions() : null;
        return Finish(new Yield(value), in start);
    }

    // lambdef: 'lambda' [lambda_params] ':' expression
    private Expr ParseLambda()
    {
        var start = Current;
        Advance();
        Enter();
        var args = Kind == TokenKind.Colon ? EmptyArguments() : ParseParameters(isLambda: true);
        Expect(TokenKind.Colon);
        var body = ParseExpression();
        Leave();
        return Finish(new Lambda(args, body), in start);
    }
}
