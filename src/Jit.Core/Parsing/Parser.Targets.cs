using Jit.Lexing;
using Jit.Parsing.Ast;

namespace Jit.Parsing;

public sealed partial class Parser
{
    private enum TargetKind
    {
        Store,
        Delete,
    }

    // star_targets (for loops and comprehensions): star_target (',' star_target)* [',']
    private Expr ParseStarTargets()
    {
        var start = Here;
        var first = ParseStarTarget();
        var result = first;
        if (Kind == TokenKind.Comma)
        {
            var elts = new List<Expr> { first };
            while (Accept(TokenKind.Comma) && StartsStarExpression(Kind))
            {
                elts.Add(ParseStarTarget());
            }

            result = Finish(new Ast.Tuple(elts, ExprContext.Store), start);
        }

        SetContext(result, TargetKind.Store);
        return result;
    }

    /// <summary>The target of a for loop or comprehension. When it is not one, CPython explains
    /// with the part that cannot be assigned, reading the target as star_expressions.</summary>
    private Expr ParseForTargets()
    {
        int start = _pos;
        try
        {
            return ParseStarTargets();
        }
        catch (SyntaxErrorException error) when (error == _parserError)
        {
            var expression = TryParseAhead(start, static p => p.ParseStarExpressions());
            var invalid = expression == null ? null : InvalidForTarget(expression);
            if (invalid != null)
            {
                throw ErrorAt(invalid, $"cannot assign to {ExprName(invalid)}");
            }

            throw;
        }
    }

    /// <summary>CPython's _PyPegen_get_invalid_target for for-loop targets, where <c>a in b</c>
    /// has been read as one comparison.</summary>
    private static Expr? InvalidForTarget(Expr target) => target switch
    {
        Name or Ast.Attribute or Subscript => null,
        Starred starred => InvalidForTarget(starred.Value),
        Ast.Tuple tuple => FirstInvalidForTarget(tuple.Elts),
        List list => FirstInvalidForTarget(list.Elts),
        Compare compare => compare.Ops[0] == CmpOperator.In ? InvalidForTarget(compare.Left) : null,
        _ => target,
    };

    private static Expr? FirstInvalidForTarget(IReadOnlyList<Expr> elts)
    {
        foreach (var elt in elts)
        {
            if (InvalidForTarget(elt) is Expr invalid)
            {
                return invalid;
            }
        }

        return null;
    }

    // star_target: '*' star_target | target_with_star_atom; parsed as an expression and checked later.
    private Expr ParseStarTarget()
    {
        if (Kind != TokenKind.Star)
        {
            return ParseBitwiseOr();
        }

        var start = Current;
        Advance();
        var value = ParseBitwiseOr();
        return Finish(new Starred(value, ExprContext.Load), in start);
    }

    /// <summary>Turns an expression parsed in Load context into an assignment or del target, or
    /// reports the first part of it that cannot be one (as CPython's
    /// <c>_PyPegen_get_invalid_target</c>).</summary>
    private void SetContext(Expr target, TargetKind kind)
    {
        var context = kind == TargetKind.Store ? ExprContext.Store : ExprContext.Del;
        switch (target)
        {
            case Name name:
                name.Ctx = context;
                return;
            case Ast.Attribute attribute:
                attribute.Ctx = context;
                return;
            case Subscript subscript:
                subscript.Ctx = context;
                return;
            case Starred starred when kind == TargetKind.Store:
                starred.Ctx = context;
                SetContext(starred.Value, kind);
                return;
            case Ast.Tuple tuple:
                tuple.Ctx = context;
                foreach (var elt in tuple.Elts)
                {
                    SetContext(elt, kind);
                }

                return;
            case List list:
                list.Ctx = context;
                foreach (var elt in list.Elts)
                {
                    SetContext(elt, kind);
                }

                return;
            default:
                throw ErrorAt(target, kind == TargetKind.Store ? $"cannot assign to {ExprName(target)}" : $"cannot delete {ExprName(target)}");
        }
    }

    private static bool IsValidTarget(Expr target) => target switch
    {
        Name or Ast.Attribute or Subscript => true,
        Starred starred => IsValidTarget(starred.Value),
        Ast.Tuple tuple => AllValidTargets(tuple.Elts),
        List list => AllValidTargets(list.Elts),
        _ => false,
    };

    private static bool AllValidTargets(IReadOnlyList<Expr> elts)
    {
        foreach (var elt in elts)
        {
            if (!IsValidTarget(elt))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Checks and converts the target just before the '=' at the current token in
    /// <c>t0 = t1 = ... = value</c>, as soon as that '=' is seen (CPython reports a bad target
    /// even when what follows does not parse). <paramref name="firstEqual"/> is the token index of
    /// the '=' after t0.</summary>
    private void CheckAssignmentTarget(List<Expr> targets, int firstEqual)
    {
        var target = targets[^1];
        if (IsValidTarget(target))
        {
            SetContext(target, TargetKind.Store);
            return;
        }

        // CPython's invalid_assignment looks at the start of the statement first: the last
        // element of an unparenthesized tuple t0, or t0 itself, followed by '=' and a value.
        var first = targets[0];
        var hinted = first is Ast.Tuple { Elts.Count: > 0 } tuple && !HasOwnParentheses(tuple) ? tuple.Elts[^1] : first;
        if (EqualsHint(hinted, firstEqual) is Exception hint)
        {
            throw hint;
        }

        if (target is Yield or YieldFrom && !OuterTokens(target).Parenthesized)
        {
            throw ErrorAt(target, "assignment to yield expression not possible");
        }

        SetContext(target, TargetKind.Store);
    }

    /// <summary>Whether the bracket opened at <paramref name="open"/> is a list, tuple or generator
    /// display (not a parenthesized group or a comprehension inside brackets).</summary>
    private bool StartsWithDisplay(int open)
    {
        bool isParen = _tokens[open].Kind == TokenKind.LeftParen;
        int depth = 0;
        bool sawComma = false;
        for (int i = open; i < _count; i++)
        {
            switch (_tokens[i].Kind)
            {
                case TokenKind.LeftParen or TokenKind.LeftBracket or TokenKind.LeftBrace:
                    depth++;
                    break;
                case TokenKind.RightParen or TokenKind.RightBracket or TokenKind.RightBrace:
                    if (--depth == 0)
                    {
                        return !isParen || sawComma || i == open + 1;
                    }

                    break;
                case TokenKind.Comma when depth == 1:
                    sawComma = true;
                    break;
                case TokenKind.For when depth == 1:
                    return isParen;
            }
        }

        return false;
    }

    private void CheckAnnotationTarget(Expr target)
    {
        if (target is Name or Ast.Attribute or Subscript)
        {
            SetContext(target, TargetKind.Store);
            return;
        }

        // CPython explains a bad target only when an annotation follows the ':'.
        int furthest = _count - 1;
        if (TryParseAhead(_pos + 1, static p => p.ParseExpression()) == null)
        {
            throw InvalidSyntax(furthest);
        }

        switch (target)
        {
            case Ast.Tuple tuple when tuple.Elts.Count > 0 && !HasOwnParentheses(tuple):
                throw ErrorAt(tuple.Elts[0], "only single target (not tuple) can be annotated");
            case Ast.Tuple or List:
                throw ErrorAt(target, $"only single target (not {ExprName(target)}) can be annotated");
            default:
                throw ErrorAt(target, "illegal target for annotation");
        }
    }

    /// <summary>CPython's name for an expression kind in "cannot assign to ..." messages.</summary>
    private static string ExprName(Expr expr) => expr switch
    {
        Ast.Attribute => "attribute",
        Subscript => "subscript",
        Starred => "starred",
        Name => "name",
        List => "list",
        Ast.Tuple => "tuple",
        Lambda => "lambda",
        Call => "function call",
        BoolOp or BinOp or UnaryOp => "expression",
        GeneratorExp => "generator expression",
        Yield or YieldFrom => "yield expression",
        Await => "await expression",
        ListComp => "list comprehension",
        SetComp => "set comprehension",
        DictComp => "dict comprehension",
        Dict => "dict literal",
        Set => "set display",
        JoinedStr or FormattedValue => "f-string expression",
        Constant constant => constant.Value switch
        {
            null => "None",
            false => "False",
            true => "True",
            EllipsisValue => "ellipsis",
            _ => "literal",
        },
        Compare => "comparison",
        IfExp => "conditional expression",
        NamedExpr => "named expression",
        _ => "expression",
    };

    // ---- Token positions of nodes (error paths only) ----

    private int FindTokenStartingAt(int line, int column, int from)
    {
        for (int i = from; i < _count; i++)
        {
            if (_tokens[i].Line == line && _tokens[i].Column == column && !IsWhitespace(_tokens[i].Kind))
            {
                return i;
            }
        }

        return from;
    }

    private int FindTokenEndingAt(int line, int column, int from)
    {
        for (int i = from; i < _count; i++)
        {
            if (_tokens[i].EndLine == line && _tokens[i].EndColumn == column && !IsWhitespace(_tokens[i].Kind))
            {
                return i;
            }
        }

        return from;
    }

    /// <summary>The first token of an expression including the parentheses around it (node
    /// positions leave them out), and whether there were any.</summary>
    private (int First, bool Parenthesized) OuterTokens(Expr expr)
    {
        int first = FindTokenStartingAt(expr.Lineno, expr.ColOffset, 0);
        int last = FindTokenEndingAt(expr.EndLineno, expr.EndColOffset, first);
        bool parenthesized = false;
        while (first > 0 && _tokens[first - 1].Kind == TokenKind.LeftParen && MatchingClose(first - 1) == last + 1)
        {
            first--;
            last++;
            parenthesized = true;
        }

        return (first, parenthesized);
    }

    /// <summary>Whether a tuple display was written with its parentheses (its node then spans them).</summary>
    private bool HasOwnParentheses(Ast.Tuple tuple)
    {
        int first = FindTokenStartingAt(tuple.Lineno, tuple.ColOffset, 0);
        return _tokens[first].Kind == TokenKind.LeftParen
            && MatchingClose(first) == FindTokenEndingAt(tuple.EndLineno, tuple.EndColOffset, first);
    }

    private int MatchingClose(int open)
    {
        int depth = 0;
        for (int i = open; i < _count; i++)
        {
            switch (_tokens[i].Kind)
            {
                case TokenKind.LeftParen or TokenKind.LeftBracket or TokenKind.LeftBrace:
                    depth++;
                    break;
                case TokenKind.RightParen or TokenKind.RightBracket or TokenKind.RightBrace:
                    if (--depth == 0)
                    {
                        return i;
                    }

                    break;
            }
        }

        return -1;
    }
}
