using Jit.Lexing;
using Jit.Parsing.Ast;

namespace Jit.Parsing;

public sealed partial class Parser
{
    private static Arguments EmptyArguments() => new(
        Array.Empty<Arg>(), Array.Empty<Arg>(), null, Array.Empty<Arg>(), Array.Empty<Expr?>(), null, Array.Empty<Expr>());

    /// <summary>The parameters of a def (up to, not including, ')') or of a lambda (up to ':'):
    /// positional-only before '/', defaults, '*' or '*args', keyword-only, '**kwargs'.</summary>
    private Arguments ParseParameters(bool isLambda)
    {
        var closer = isLambda ? TokenKind.Colon : TokenKind.RightParen;
        List<Arg>? positionalOnly = null;
        List<Arg>? positional = null;
        List<Expr>? defaults = null;
        List<Arg>? keywordOnly = null;
        List<Expr?>? keywordDefaults = null;
        Arg? varArg = null;
        Arg? kwArg = null;
        bool sawSlash = false;
        bool sawStar = false;
        while (Kind != closer)
        {
            var start = Current;
            if (kwArg != null)
            {
                throw start.Kind is TokenKind.Name or TokenKind.Star or TokenKind.DoubleStar or TokenKind.Slash
                    ? ErrorAt(in start, "arguments cannot follow var-keyword argument")
                    : InvalidSyntax();
            }

            switch (start.Kind)
            {
                case TokenKind.Slash:
                    if (sawSlash)
                    {
                        throw ErrorAt(in start, "/ may appear only once");
                    }

                    if (sawStar)
                    {
                        throw ErrorAt(in start, "/ must be ahead of *");
                    }

                    if (positional == null)
                    {
                        throw InvalidSyntax();
                    }

                    Advance();
                    sawSlash = true;
                    positionalOnly = positional;
                    positional = null;
                    break;

                case TokenKind.Star:
                    if (sawStar)
                    {
                        throw ErrorAt(in start, "* argument may appear only once");
                    }

                    Advance();
                    sawStar = true;
                    if (Kind == TokenKind.Name)
                    {
                        varArg = ParseParameter(isLambda, allowStarAnnotation: true);
                        if (Kind == TokenKind.Equal)
                        {
                            throw ErrorAt(in Current, "var-positional argument cannot have default value");
                        }
                    }
                    else if (Kind == closer || (Kind == TokenKind.Comma && PeekKind(1) is var next && (next == closer || next == TokenKind.DoubleStar)))
                    {
                        throw isLambda ? Error("named arguments must follow bare *") : ErrorAt(in start, "named arguments must follow bare *");
                    }
                    else if (Kind != TokenKind.Comma)
                    {
                        throw InvalidSyntax();
                    }

                    break;

                case TokenKind.DoubleStar:
                    Advance();
                    kwArg = ParseParameter(isLambda, allowStarAnnotation: false);
                    if (Kind == TokenKind.Equal)
                    {
                        throw ErrorAt(in Current, "var-keyword argument cannot have default value");
                    }

                    break;

                case TokenKind.Name:
                {
                    var arg = ParseParameter(isLambda, allowStarAnnotation: false);
                    if (Accept(TokenKind.Equal))
                    {
                        if (Kind == TokenKind.Comma || Kind == closer)
                        {
                            throw ErrorAt(in _tokens[_pos - 1], "expected default value expression");
                        }

                        var value = ParseExpression();
                        if (sawStar)
                        {
                            (keywordOnly ??= new List<Arg>()).Add(arg);
                            (keywordDefaults ??= new List<Expr?>()).Add(value);
                        }
                        else
                        {
                            (positional ??= new List<Arg>()).Add(arg);
                            (defaults ??= new List<Expr>()).Add(value);
                        }
                    }
                    else if (sawStar)
                    {
                        (keywordOnly ??= new List<Arg>()).Add(arg);
                        (keywordDefaults ??= new List<Expr?>()).Add(null);
                    }
                    else
                    {
                        if (defaults != null)
                        {
                            throw Kind == TokenKind.Comma || Kind == closer
                                ? ErrorAt(arg, "non-default argument follows default argument")
                                : InvalidSyntax();
                        }

                        (positional ??= new List<Arg>()).Add(arg);
                    }

                    break;
                }

                case TokenKind.LeftParen when defaults == null && !sawStar && !sawSlash:
                    throw ParenthesizedParameters(isLambda);

                default:
                    throw InvalidSyntax();
            }

            if (!Accept(TokenKind.Comma))
            {
                break;
            }
        }

        return new Arguments(
            positionalOnly ?? (IReadOnlyList<Arg>)Array.Empty<Arg>(),
            positional ?? (IReadOnlyList<Arg>)Array.Empty<Arg>(),
            varArg,
            keywordOnly ?? (IReadOnlyList<Arg>)Array.Empty<Arg>(),
            keywordDefaults ?? (IReadOnlyList<Expr?>)Array.Empty<Expr?>(),
            kwArg,
            defaults ?? (IReadOnlyList<Expr>)Array.Empty<Expr>());
    }

    /// <summary>Python 2's <c>def f((a, b)):</c>: CPython names the mistake when the parentheses
    /// hold plain parameters.</summary>
    private Exception ParenthesizedParameters(bool isLambda)
    {
        int furthest = _count - 1;
        int ahead = 1;
        while (true)
        {
            if (PeekKind(ahead) != TokenKind.Name)
            {
                return InvalidSyntax(furthest);
            }

            ahead++;
            if (!isLambda && PeekKind(ahead) == TokenKind.Colon)
            {
                if (TryParseAhead(_pos + ahead + 1, static p => p.ParseExpressionAndStop()) == null)
                {
                    return InvalidSyntax(furthest);
                }

                ahead = _speculativeEnd - _pos;
            }

            if (PeekKind(ahead) == TokenKind.Comma)
            {
                ahead++;
            }

            if (PeekKind(ahead) == TokenKind.RightParen)
            {
                return ErrorBetween(in Current, in _tokens[_pos + ahead], isLambda
                    ? "Lambda expression parameters cannot be parenthesized"
                    : "Function parameters cannot be parenthesized");
            }

            if (_tokens[_pos + ahead - 1].Kind != TokenKind.Comma)
            {
                return InvalidSyntax(furthest);
            }
        }
    }

    // param: NAME [':' expression]; '*args' may be annotated with a starred expression.
    private Arg ParseParameter(bool isLambda, bool allowStarAnnotation)
    {
        var start = Current;
        string name = ExpectName();
        Expr? annotation = null;
        if (!isLambda && Accept(TokenKind.Colon))
        {
            annotation = allowStarAnnotation ? ParseStarExpression() : ParseExpression();
        }

        return Finish(new Arg(name, annotation, null), in start);
    }
}
