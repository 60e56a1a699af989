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

    /// <summary>Checks and converts the targets of <c>a = b = value</c>, with CPython's messages:
    /// a lone invalid target that looks like a comparison gets the "Maybe you meant '=='" hint.</summary>
    private void CheckAssignmentTargets(List<Expr> targets, int statementStart)
    {
        for (int i = 0; i < targets.Count; i++)
        {
            var target = targets[i];
            if (IsValidTarget(target))
            {
                SetContext(target, TargetKind.Store);
                continue;
            }

            if (targets.Count == 1 && QualifiesForEqualityHint(target, statementStart))
            {
                throw ErrorAt(target, $"cannot assign to {ExprName(target)} here. Maybe you meant '==' instead of '='?");
            }

            if (target is Yield or YieldFrom && !IsParenthesized(target, statementStart))
            {
                throw ErrorAt(target, "assignment to yield expression not possible");
            }

            SetContext(target, TargetKind.Store);
        }
    }

    /// <summary>CPython's invalid_named_expression: <c>!(list|tuple|genexp|True|None|False)
    /// a=bitwise_or '=' bitwise_or</c>.</summary>
    private bool QualifiesForEqualityHint(Expr target, int statementStart)
    {
        int first = statementStart;
        var firstKind = _tokens[first].Kind;
        if (firstKind is TokenKind.True or TokenKind.None or TokenKind.False)
        {
            return false;
        }

        if (firstKind is TokenKind.LeftParen or TokenKind.LeftBracket && StartsWithDisplay(first))
        {
            return false;
        }

        bool isBitwiseOr = IsParenthesized(target, statementStart) || target switch
        {
            Compare or BoolOp or IfExp or Lambda or Starred or NamedExpr or Yield or YieldFrom or Ast.Tuple => false,
            UnaryOp unary => unary.Op != UnaryOperator.Not,
            _ => true,
        };
        if (!isBitwiseOr)
        {
            return false;
        }

        int equal = FindTokenEndingAt(target.EndLineno, target.EndColOffset, statementStart) + 1;
        var valueKind = _tokens[equal + 1].Kind;
        return valueKind is not (TokenKind.Star or TokenKind.Not or TokenKind.Lambda or TokenKind.Yield);
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
        switch (target)
        {
            case Name or Ast.Attribute or Subscript:
                SetContext(target, TargetKind.Store);
                return;
            case Ast.Tuple tuple when tuple.Elts.Count > 0 && tuple.Lineno == tuple.Elts[0].Lineno && tuple.ColOffset == tuple.Elts[0].ColOffset:
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
            if (_tokens[i].Line == line && _tokens[i].Column == column)
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

    /// <summary>Whether the expression's own parentheses enclose it: the token before it opens a
    /// parenthesis that closes right after it. (Node positions leave the parentheses out.)</summary>
    private bool IsParenthesized(Expr expr, int from)
    {
        int first = FindTokenStartingAt(expr.Lineno, expr.ColOffset, from);
        if (first == 0 || _tokens[first - 1].Kind != TokenKind.LeftParen)
        {
            return false;
        }

        int last = FindTokenEndingAt(expr.EndLineno, expr.EndColOffset, first);
        int depth = 0;
        for (int i = first - 1; i < _count; i++)
        {
            switch (_tokens[i].Kind)
            {
                case TokenKind.LeftParen or TokenKind.LeftBracket or TokenKind.LeftBrace:
                    depth++;
                    break;
                case TokenKind.RightParen or TokenKind.RightBracket or TokenKind.RightBrace:
                    if (--depth == 0)
                    {
                        return i == last + 1;
                    }

                    break;
            }
        }

        return false;
    }
}
