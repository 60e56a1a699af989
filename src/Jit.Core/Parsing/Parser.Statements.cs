using System.Text;
using Jit.Lexing;
using Jit.Parsing.Ast;

namespace Jit.Parsing;

public sealed partial class Parser
{
    private void ParseStatement(List<Stmt> into)
    {
        Compact();
        switch (Kind)
        {
            case TokenKind.Def:
                into.Add(ParseFunctionDef(Array.Empty<Expr>()));
                return;
            case TokenKind.At:
                into.Add(ParseDecorated());
                return;
            case TokenKind.Class:
                into.Add(ParseClassDef(Array.Empty<Expr>()));
                return;
            case TokenKind.If:
                into.Add(ParseIf());
                return;
            case TokenKind.While:
                into.Add(ParseWhile());
                return;
            case TokenKind.For:
                into.Add(ParseFor());
                return;
            case TokenKind.Try:
                into.Add(ParseTry());
                return;
            case TokenKind.With:
                into.Add(ParseWith());
                return;
            case TokenKind.Async:
                switch (PeekKind(1))
                {
                    case TokenKind.Def:
                        into.Add(ParseFunctionDef(Array.Empty<Expr>()));
                        return;
                    case TokenKind.For:
                        into.Add(ParseFor());
                        return;
                    case TokenKind.With:
                        into.Add(ParseWith());
                        return;
                    default:
                        Advance();
                        throw InvalidSyntax();
                }

            case TokenKind.Name:
                if (IsSoftKeyword(in Current, "match") && ParseMatchOrFallBack(into))
                {
                    return;
                }

                break;
        }

        ParseSimpleStatements(into);
    }

    // simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE
    private void ParseSimpleStatements(List<Stmt> into)
    {
        while (true)
        {
            into.Add(ParseSimpleStatement());
            if (!Accept(TokenKind.Semicolon) || Kind == TokenKind.Newline)
            {
                break;
            }
        }

        Expect(TokenKind.Newline);
    }

    private Stmt ParseSimpleStatement()
    {
        var start = Current;
        switch (start.Kind)
        {
            case TokenKind.Pass:
                Advance();
                return Finish(new Pass(), in start);
            case TokenKind.Break:
                Advance();
                return Finish(new Break(), in start);
            case TokenKind.Continue:
                Advance();
                return Finish(new Continue(), in start);
            case TokenKind.Return:
            {
                Advance();
                var value = StartsStarExpression(Kind) ? ParseStarExpressions() : null;
                return Finish(new Return(value), in start);
            }

            case TokenKind.Raise:
                return ParseRaise();
            case TokenKind.Global:
            case TokenKind.Nonlocal:
            {
                Advance();
                var names = new List<string>();
                do
                {
                    names.Add(ExpectName());
                }
                while (Accept(TokenKind.Comma));

                return start.Kind == TokenKind.Global ? Finish(new Global(names), in start) : Finish(new Nonlocal(names), in start);
            }

            case TokenKind.Del:
                return ParseDel();
            case TokenKind.Assert:
            {
                Advance();
                var test = ParseExpression();
                var message = Accept(TokenKind.Comma) ? ParseExpression() : null;
                return Finish(new Assert(test, message), in start);
            }

            case TokenKind.Import:
                return ParseImport();
            case TokenKind.From:
                return ParseFromImport();
            default:
                return ParseExpressionStatement();
        }
    }

    private Stmt ParseRaise()
    {
        var start = Current;
        Advance();
        if (!StartsExpression(Kind))
        {
            return Finish(new Raise(null, null), in start);
        }

        var exc = ParseExpression();
        var cause = Accept(TokenKind.From) ? ParseExpression() : null;

        return Finish(new Raise(exc, cause), in start);
    }

    // del_stmt: 'del' del_targets &(';' | NEWLINE)
    private Stmt ParseDel()
    {
        var start = Current;
        Advance();
        var targets = new List<Expr>();
        do
        {
            if (!StartsStarExpression(Kind))
            {
                if (targets.Count == 0)
                {
                    throw InvalidSyntax();
                }

                break;
            }

            var target = ParseStarExpression();
            SetContext(target, TargetKind.Delete);
            targets.Add(target);
        }
        while (Accept(TokenKind.Comma));

        if (Kind != TokenKind.Semicolon && Kind != TokenKind.Newline)
        {
            throw InvalidSyntax();
        }

        return Finish(new Delete(targets), in start);
    }

    // import_name: 'import' dotted_as_names
    private Stmt ParseImport()
    {
        var start = Current;
        Advance();
        var names = new List<Alias>();
        do
        {
            var nameStart = Current;
            string name = ParseDottedName();
            string? asName = Accept(TokenKind.As) ? ExpectName() : null;
            names.Add(Finish(new Alias(name, asName), in nameStart));
        }
        while (Accept(TokenKind.Comma));

        return Finish(new Import(names), in start);
    }

    // import_from: 'from' ('.' | '...')* dotted_name 'import' targets | 'from' ('.' | '...')+ 'import' targets
    private Stmt ParseFromImport()
    {
        var start = Current;
        Advance();
        int level = 0;
        while (true)
        {
            if (Accept(TokenKind.Dot))
            {
                level++;
            }
            else if (Accept(TokenKind.Ellipsis))
            {
                level += 3;
            }
            else
            {
                break;
            }
        }

        string? module = level == 0 || Kind == TokenKind.Name ? ParseDottedName() : null;
        Expect(TokenKind.Import);
        var names = new List<Alias>();
        if (Kind == TokenKind.Star)
        {
            names.Add(SetLocation(new Alias("*", null), in Current, in Current));
            Advance();
        }
        else
        {
            bool parenthesized = Accept(TokenKind.LeftParen);
            while (true)
            {
                var nameStart = Current;
                string name = ExpectName();
                string? asName = Accept(TokenKind.As) ? ExpectName() : null;
                names.Add(Finish(new Alias(name, asName), in nameStart));
                if (!Accept(TokenKind.Comma) || (parenthesized && Kind == TokenKind.RightParen))
                {
                    break;
                }

                if (!parenthesized && Kind == TokenKind.Newline)
                {
                    throw ErrorAt(in Current, "trailing comma not allowed without surrounding parentheses");
                }
            }

            if (parenthesized)
            {
                Expect(TokenKind.RightParen);
            }
        }

        return Finish(new ImportFrom(module, names, level), in start);
    }

    // dotted_name: NAME ('.' NAME)*
    private string ParseDottedName()
    {
        string first = ExpectName();
        if (Kind != TokenKind.Dot)
        {
            return first;
        }

        var builder = new StringBuilder(first);
        while (Accept(TokenKind.Dot))
        {
            builder.Append('.').Append(ExpectName());
        }

        return builder.ToString();
    }

    /// <summary>Expression statements and every kind of assignment: the left side is parsed as an
    /// expression, then checked and turned into a target when '=', ':' or an augmented operator
    /// follows.</summary>
    private Stmt ParseExpressionStatement()
    {
        var start = Current;
        if (start.Kind == TokenKind.Name && PeekKind(1) == TokenKind.Colon)
        {
            // NAME ':' expression ['=' annotated_rhs]: the only form with simple=1.
            var name = SetLocation(new Name(NameOf(in start), ExprContext.Store), in start, in start);
            Advance();
            Advance();
            var annotation = ParseExpression();
            var value = Accept(TokenKind.Equal) ? ParseAnnotatedRhs() : null;
            return Finish(new AnnAssign(name, annotation, value, 1), in start);
        }

        var first = ParseAnnotatedRhs();
        switch (Kind)
        {
            case TokenKind.Equal:
                return ParseAssignment(first, in start);
            case TokenKind.Colon:
            {
                CheckAnnotationTarget(first);
                Advance();
                var annotation = ParseExpression();
                var value = Accept(TokenKind.Equal) ? ParseAnnotatedRhs() : null;
                return Finish(new AnnAssign(first, annotation, value, 0), in start);
            }

            case TokenKind.PlusEqual:
                return ParseAugmentedAssignment(first, Operator.Add, in start);
            case TokenKind.MinusEqual:
                return ParseAugmentedAssignment(first, Operator.Sub, in start);
            case TokenKind.StarEqual:
                return ParseAugmentedAssignment(first, Operator.Mult, in start);
            case TokenKind.AtEqual:
                return ParseAugmentedAssignment(first, Operator.MatMult, in start);
            case TokenKind.SlashEqual:
                return ParseAugmentedAssignment(first, Operator.Div, in start);
            case TokenKind.PercentEqual:
                return ParseAugmentedAssignment(first, Operator.Mod, in start);
            case TokenKind.AmpersandEqual:
                return ParseAugmentedAssignment(first, Operator.BitAnd, in start);
            case TokenKind.VerticalBarEqual:
                return ParseAugmentedAssignment(first, Operator.BitOr, in start);
            case TokenKind.CaretEqual:
                return ParseAugmentedAssignment(first, Operator.BitXor, in start);
            case TokenKind.LeftShiftEqual:
                return ParseAugmentedAssignment(first, Operator.LShift, in start);
            case TokenKind.RightShiftEqual:
                return ParseAugmentedAssignment(first, Operator.RShift, in start);
            case TokenKind.DoubleStarEqual:
                return ParseAugmentedAssignment(first, Operator.Pow, in start);
            case TokenKind.DoubleSlashEqual:
                return ParseAugmentedAssignment(first, Operator.FloorDiv, in start);
            default:
                return Finish(new ExprStmt(first), in start);
        }
    }

    private Stmt ParseAssignment(Expr first, in Token start)
    {
        var targets = new List<Expr> { first };
        int firstEqual = _pos;
        Expr value;
        while (true)
        {
            CheckAssignmentTarget(targets, firstEqual);
            Advance();
            value = ParseAnnotatedRhs();
            if (Kind != TokenKind.Equal)
            {
                break;
            }

            targets.Add(value);
        }

        return Finish(new Assign(targets, value, null), in start);
    }

    private Stmt ParseAugmentedAssignment(Expr target, Operator op, in Token start)
    {
        if (target is Name or Ast.Attribute or Subscript)
        {
            SetContext(target, TargetKind.Store);
        }
        else
        {
            throw ErrorAt(target, $"'{ExprName(target)}' is an illegal expression for augmented assignment");
        }

        Advance();
        var value = ParseAnnotatedRhs();
        return Finish(new AugAssign(target, op, value), in start);
    }

    // ---- Compound statements ----

    private Stmt ParseDecorated()
    {
        var decorators = new List<Expr>();
        while (Accept(TokenKind.At))
        {
            decorators.Add(ParseNamedExpression());
            Expect(TokenKind.Newline);
        }

        switch (Kind)
        {
            case TokenKind.Def:
                return ParseFunctionDef(decorators);
            case TokenKind.Async when PeekKind(1) == TokenKind.Def:
                return ParseFunctionDef(decorators);
            case TokenKind.Class:
                return ParseClassDef(decorators);
            default:
                throw InvalidSyntax();
        }
    }

    // ['async'] 'def' NAME '(' [params] ')' ['->' expression] ':' block
    private Stmt ParseFunctionDef(IReadOnlyList<Expr> decorators)
    {
        var start = Current;
        bool isAsync = Accept(TokenKind.Async);
        int defLine = Current.Line;
        Expect(TokenKind.Def);
        string name = ExpectName();
        ExpectForced(TokenKind.LeftParen, "(");
        var args = Kind == TokenKind.RightParen ? EmptyArguments() : ParseParameters(isLambda: false);
        Expect(TokenKind.RightParen);
        Expr? returns = null;
        if (Kind == TokenKind.Arrow && StartsExpression(PeekKind(1)))
        {
            Advance();
            returns = ParseExpression();
        }

        ExpectForced(TokenKind.Colon, ":");
        var body = ParseBlock("function definition", defLine);
        return isAsync
            ? Finish(new AsyncFunctionDef(name, args, body, decorators, returns, null), in start)
            : Finish(new FunctionDef(name, args, body, decorators, returns, null), in start);
    }

    // 'class' NAME ['(' [arguments] ')'] ':' block
    private Stmt ParseClassDef(IReadOnlyList<Expr> decorators)
    {
        var start = Current;
        Advance();
        string name = ExpectName();
        IReadOnlyList<Expr> bases = Array.Empty<Expr>();
        IReadOnlyList<Keyword> keywords = Array.Empty<Keyword>();
        if (Kind == TokenKind.LeftParen)
        {
            var open = Current;
            Advance();
            ParseArguments(in open, allowGenerator: false, out bases, out keywords);
        }

        ExpectHeaderColon();
        var body = ParseBlock("class definition", start.Line);
        return Finish(new ClassDef(name, bases, keywords, body, decorators), in start);
    }

    // 'if' named_expression ':' block ('elif' named_expression ':' block)* ['else' ':' block]
    private Stmt ParseIf()
    {
        var start = Current;
        Advance();
        var test = ParseNamedExpression();
        ExpectHeaderColon();
        var body = ParseBlock(start.Kind == TokenKind.If ? "'if' statement" : "'elif' statement", start.Line);
        IReadOnlyList<Stmt> orelse = Array.Empty<Stmt>();
        if (Kind == TokenKind.Elif)
        {
            Enter();
            orelse = new Stmt[] { ParseIf() };
            Leave();
        }
        else if (Kind == TokenKind.Else)
        {
            orelse = ParseElse();
        }

        return Finish(new If(test, body, orelse), in start);
    }

    private IReadOnlyList<Stmt> ParseElse()
    {
        int line = Current.Line;
        Advance();
        ExpectForced(TokenKind.Colon, ":");
        return ParseBlock("'else' statement", line);
    }

    private Stmt ParseWhile()
    {
        var start = Current;
        Advance();
        var test = ParseNamedExpression();
        ExpectHeaderColon();
        var body = ParseBlock("'while' statement", start.Line);
        var orelse = Kind == TokenKind.Else ? ParseElse() : Array.Empty<Stmt>();
        return Finish(new While(test, body, orelse), in start);
    }

    // ['async'] 'for' star_targets 'in' star_expressions ':' block [else_block]
    private Stmt ParseFor()
    {
        var start = Current;
        bool isAsync = Accept(TokenKind.Async);
        int forLine = Current.Line;
        Expect(TokenKind.For);
        var target = ParseForTargets();
        ExpectInAfterTargets(target);
        var iter = ParseStarExpressions();
        ExpectHeaderColon();
        var body = ParseBlock("'for' statement", forLine);
        var orelse = Kind == TokenKind.Else ? ParseElse() : Array.Empty<Stmt>();
        return isAsync
            ? Finish(new AsyncFor(target, iter, body, orelse, null), in start)
            : Finish(new For(target, iter, body, orelse, null), in start);
    }

    private Stmt ParseTry()
    {
        var start = Current;
        Advance();
        ExpectForced(TokenKind.Colon, ":");
        var body = ParseBlock("'try' statement", start.Line);
        if (Kind != TokenKind.Except && Kind != TokenKind.Finally)
        {
            throw Error("expected 'except' or 'finally' block", in Current);
        }

        List<ExceptHandler>? handlers = null;
        bool isStar = false;
        while (Kind == TokenKind.Except)
        {
            var except = Current;
            Advance();
            bool star = Kind == TokenKind.Star;
            if (handlers != null && star != isStar)
            {
                throw star
                    ? ErrorBetween(in except, in Current, "cannot have both 'except' and 'except*' on the same 'try'")
                    : ErrorAt(in except, "cannot have both 'except' and 'except*' on the same 'try'");
            }

            isStar = star;
            if (star)
            {
                Advance();
            }

            Expr? type = null;
            string? name = null;
            if (Kind != TokenKind.Colon)
            {
                if (star && Kind == TokenKind.Newline)
                {
                    throw Error("expected one or more exception types");
                }

                type = ParseExpression();
                if (Kind == TokenKind.Comma)
                {
                    ThrowIfUnparenthesizedExceptTypes(type);
                }

                if (Accept(TokenKind.As))
                {
                    name = ExpectName();
                }
            }
            else if (star)
            {
                throw Error("expected one or more exception types");
            }

            ExpectHeaderColon();
            var handlerBody = ParseBlock(star ? "'except*' statement" : "'except' statement", except.Line);
            (handlers ??= new List<ExceptHandler>()).Add(Finish(new ExceptHandler(type, name, handlerBody), in except));
        }

        var orelse = handlers != null && Kind == TokenKind.Else ? ParseElse() : Array.Empty<Stmt>();
        IReadOnlyList<Stmt> finalBody = Array.Empty<Stmt>();
        if (Kind == TokenKind.Finally)
        {
            int line = Current.Line;
            Advance();
            ExpectForced(TokenKind.Colon, ":");
            finalBody = ParseBlock("'finally' statement", line);
        }

        IReadOnlyList<ExceptHandler> handlerList = handlers ?? (IReadOnlyList<ExceptHandler>)Array.Empty<ExceptHandler>();
        return isStar
            ? Finish(new TryStar(body, handlerList, orelse, finalBody), in start)
            : Finish(new Try(body, handlerList, orelse, finalBody), in start);
    }

    // 'except' expression ',' expressions ['as' NAME] ':' is CPython's cue for this message.
    private void ThrowIfUnparenthesizedExceptTypes(Expr first)
    {
        Advance();
        ParseExpressions();
        if (Accept(TokenKind.As))
        {
            ExpectName();
        }

        if (Kind != TokenKind.Colon)
        {
            throw InvalidSyntax();
        }

        Advance();
        throw Error("multiple exception types must be parenthesized", first.Lineno, first.ColOffset, _prevEndLine, _prevEndCol - 1);
    }

    // ['async'] 'with' ( '(' ','.with_item+ ','? ')' | ','.with_item+ ) ':' block
    private Stmt ParseWith()
    {
        var start = Current;
        bool isAsync = Accept(TokenKind.Async);
        int withLine = Current.Line;
        Expect(TokenKind.With);
        var items = Kind == TokenKind.LeftParen ? TryParseParenthesizedWithItems() : null;
        if (items == null)
        {
            items = new List<WithItem>();
            do
            {
                items.Add(ParseWithItem());
            }
            while (Accept(TokenKind.Comma));

            ExpectHeaderColon();
        }

        var body = ParseBlock("'with' statement", withLine);
        return isAsync
            ? Finish(new AsyncWith(items, body, null), in start)
            : Finish(new With(items, body, null), in start);
    }

    /// <summary>Tries the parenthesized form <c>with (a as b, c):</c>; on failure the tokens are
    /// given back and the caller parses <c>(...)</c> as the first item's expression.</summary>
    private List<WithItem>? TryParseParenthesizedWithItems()
    {
        var mark = Save();
        _speculating++;
        try
        {
            Advance();
            var items = new List<WithItem>();
            do
            {
                if (items.Count > 0 && Kind == TokenKind.RightParen)
                {
                    break;
                }

                items.Add(ParseWithItem());
            }
            while (Accept(TokenKind.Comma));

            Expect(TokenKind.RightParen);
            Expect(TokenKind.Colon);
            return items;
        }
        catch (BacktrackException)
        {
            Restore(mark);
            return null;
        }
        finally
        {
            _speculating--;
        }
    }

    // with_item: expression ['as' star_target]
    private WithItem ParseWithItem()
    {
        var context = ParseExpression();
        Expr? vars = null;
        if (Accept(TokenKind.As))
        {
            vars = ParseStarTarget();
            SetContext(vars, TargetKind.Store);
        }

        return new WithItem(context, vars);
    }

    // ---- Blocks ----

    /// <summary>An indented block, or simple statements on the header's line. <paramref name="owner"/>
    /// names the statement in CPython's "expected an indented block after ..." message.</summary>
    private IReadOnlyList<Stmt> ParseBlock(string owner, int ownerLine)
    {
        var body = new List<Stmt>();
        if (Kind != TokenKind.Newline)
        {
            ParseSimpleStatements(body);
            return body;
        }

        Advance();
        if (Kind != TokenKind.Indent)
        {
            throw Error($"expected an indented block after {owner} on line {ownerLine}", in Current, SyntaxErrorKind.IndentationError);
        }

        Advance();
        Enter();
        do
        {
            ParseStatement(body);
        }
        while (Kind != TokenKind.Dedent && Kind != TokenKind.EndMarker);

        Leave();
        Accept(TokenKind.Dedent);
        return body;
    }

    /// <summary>The ':' ending a compound statement's header; a NEWLINE in its place is
    /// "expected ':'", anything else is a plain syntax error.</summary>
    private void ExpectHeaderColon()
    {
        if (Kind == TokenKind.Colon)
        {
            Advance();
            return;
        }

        if (Kind == TokenKind.Newline)
        {
            throw Error("expected ':'", in Current);
        }

        throw InvalidSyntax();
    }

    /// <summary>A token CPython's grammar forces (<c>&amp;&amp;':'</c>): anything else is
    /// "expected 'x'" at that token.</summary>
    private void ExpectForced(TokenKind kind, string text)
    {
        if (Kind != kind)
        {
            throw ErrorAt(in Current, $"expected '{text}'");
        }

        Advance();
    }
}
