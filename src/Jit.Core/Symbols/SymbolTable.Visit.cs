using Jit.Parsing.Ast;

using Attribute = Jit.Parsing.Ast.Attribute;
using List = Jit.Parsing.Ast.List;
using Tuple = Jit.Parsing.Ast.Tuple;

namespace Jit.Symbols;

public sealed partial class SymbolTable
{
    private void VisitStatements(IReadOnlyList<Stmt> statements)
    {
        foreach (Stmt statement in statements)
        {
            VisitStatement(statement);
        }
    }

    private void VisitStatement(Stmt statement)
    {
        switch (statement)
        {
            case FunctionDef f:
                VisitFunction(f, f.Name, f.Args, f.DecoratorList, f.Returns, f.Body, isAsync: false);
                break;
            case AsyncFunctionDef f:
                VisitFunction(f, f.Name, f.Args, f.DecoratorList, f.Returns, f.Body, isAsync: true);
                break;
            case ClassDef c:
                _current.Add(c.Name, SymbolFlags.Local);
                VisitExpressions(c.Bases);
                foreach (Keyword keyword in c.Keywords)
                {
                    VisitExpression(keyword.Value);
                }

                VisitExpressions(c.DecoratorList);
                Enter(ScopeKind.Class, c.Name, c);
                VisitStatements(c.Body);
                Exit();
                break;
            case Return r:
                VisitOptional(r.Value);
                break;
            case Delete d:
                VisitExpressions(d.Targets);
                break;
            case Assign a:
                VisitExpressions(a.Targets);
                VisitExpression(a.Value);
                break;
            case AugAssign a:
                VisitExpression(a.Target);
                VisitExpression(a.Value);
                break;
            case AnnAssign a:
                VisitAnnotatedAssignment(a);
                break;
            case For f:
                VisitExpression(f.Target);
                VisitExpression(f.Iter);
                VisitStatements(f.Body);
                VisitStatements(f.Orelse);
                break;
            case AsyncFor f:
                VisitExpression(f.Target);
                VisitExpression(f.Iter);
                VisitStatements(f.Body);
                VisitStatements(f.Orelse);
                break;
            case While w:
                VisitExpression(w.Test);
                VisitStatements(w.Body);
                VisitStatements(w.Orelse);
                break;
            case If i:
                VisitExpression(i.Test);
                VisitStatements(i.Body);
                VisitStatements(i.Orelse);
                break;
            case With w:
                VisitWithItems(w.Items);
                VisitStatements(w.Body);
                break;
            case AsyncWith w:
                VisitWithItems(w.Items);
                VisitStatements(w.Body);
                break;
            case Match m:
                VisitExpression(m.Subject);
                foreach (MatchCase matchCase in m.Cases)
                {
                    VisitPattern(matchCase.Pattern);
                    VisitOptional(matchCase.Guard);
                    VisitStatements(matchCase.Body);
                }

                break;
            case Raise r:
                VisitOptional(r.Exc);
                VisitOptional(r.Cause);
                break;
            case Try t:
                VisitTry(t.Body, t.Handlers, t.Orelse, t.Finalbody);
                break;
            case TryStar t:
                VisitTry(t.Body, t.Handlers, t.Orelse, t.Finalbody);
                break;
            case Assert a:
                VisitExpression(a.Test);
                VisitOptional(a.Msg);
                break;
            case Import import:
                foreach (Alias alias in import.Names)
                {
                    VisitAlias(alias);
                }

                break;
            case ImportFrom importFrom:
                foreach (Alias alias in importFrom.Names)
                {
                    VisitAlias(alias);
                }

                break;
            case Global g:
                foreach (string name in g.Names)
                {
                    Declare(name, g, isGlobal: true);
                }

                break;
            case Nonlocal n:
                if (_current.Kind == ScopeKind.Module)
                {
                    throw Error("nonlocal declaration not allowed at module level", n);
                }

                foreach (string name in n.Names)
                {
                    Declare(name, n, isGlobal: false);
                }

                break;
            case ExprStmt e:
                VisitExpression(e.Value);
                break;
        }
    }

    private void VisitFunction(Stmt node, string name, Arguments arguments, IReadOnlyList<Expr> decorators, Expr? returns, IReadOnlyList<Stmt> body, bool isAsync)
    {
        _current.Add(name, SymbolFlags.Local);
        VisitExpressions(arguments.Defaults);
        foreach (Expr? kwDefault in arguments.KwDefaults)
        {
            VisitOptional(kwDefault);
        }

        VisitAnnotations(arguments, returns);
        VisitExpressions(decorators);
        Enter(ScopeKind.Function, name, node);
        _current.IsCoroutine = isAsync;
        VisitParameters(arguments);
        VisitStatements(body);
        Exit();
    }

    private void VisitAnnotations(Arguments arguments, Expr? returns)
    {
        foreach (Arg arg in arguments.Posonlyargs.Concat(arguments.Args).Concat(arguments.Kwonlyargs))
        {
            VisitOptional(arg.Annotation);
        }

        VisitOptional(arguments.Vararg?.Annotation);
        VisitOptional(arguments.Kwarg?.Annotation);
        VisitOptional(returns);
    }

    private void VisitParameters(Arguments arguments)
    {
        foreach (Arg arg in arguments.Posonlyargs.Concat(arguments.Args).Concat(arguments.Kwonlyargs))
        {
            AddParameter(arg);
        }

        if (arguments.Vararg is not null)
        {
            AddParameter(arguments.Vararg);
        }

        if (arguments.Kwarg is not null)
        {
            AddParameter(arguments.Kwarg);
        }

        _current.PosOnlyArgCount = arguments.Posonlyargs.Count;
        _current.ArgCount = arguments.Posonlyargs.Count + arguments.Args.Count;
        _current.KwOnlyArgCount = arguments.Kwonlyargs.Count;
        _current.HasVarArgs = arguments.Vararg is not null;
        _current.HasVarKeywords = arguments.Kwarg is not null;
    }

    private void AddParameter(Arg arg)
    {
        if ((_current.FlagsOf(arg.Name) & SymbolFlags.Parameter) != 0)
        {
            throw Error($"duplicate argument '{arg.Name}' in function definition", arg);
        }

        _current.Add(arg.Name, SymbolFlags.Parameter);
    }

    private void VisitAnnotatedAssignment(AnnAssign a)
    {
        if (a.Target is Name name)
        {
            SymbolFlags flags = _current.FlagsOf(name.Id);
            if ((flags & (SymbolFlags.Global | SymbolFlags.Nonlocal)) != 0 && a.Simple != 0)
            {
                throw Error($"annotated name '{name.Id}' can't be {((flags & SymbolFlags.Global) != 0 ? "global" : "nonlocal")}", a);
            }

            _current.Add(name.Id, a.Simple != 0 ? SymbolFlags.Local | SymbolFlags.Annotated : SymbolFlags.Local);
        }
        else
        {
            VisitExpression(a.Target);
        }

        if (_current.Kind != ScopeKind.Function || a.Target is not Name)
        {
            VisitExpression(a.Annotation);
        }

        VisitOptional(a.Value);
    }

    private void VisitWithItems(IReadOnlyList<WithItem> items)
    {
        foreach (WithItem item in items)
        {
            VisitExpression(item.ContextExpr);
            VisitOptional(item.OptionalVars);
        }
    }

    private void VisitTry(IReadOnlyList<Stmt> body, IReadOnlyList<ExceptHandler> handlers, IReadOnlyList<Stmt> orElse, IReadOnlyList<Stmt> finalBody)
    {
        VisitStatements(body);
        foreach (ExceptHandler handler in handlers)
        {
            VisitOptional(handler.Type);
            if (handler.Name is not null)
            {
                _current.Add(handler.Name, SymbolFlags.Local);
            }

            VisitStatements(handler.Body);
        }

        VisitStatements(orElse);
        VisitStatements(finalBody);
    }

    private void VisitAlias(Alias alias)
    {
        if (alias.Name == "*")
        {
            if (_current.Kind != ScopeKind.Module)
            {
                throw Error("import * only allowed at module level", alias);
            }

            return;
        }

        string bound = alias.Asname ?? alias.Name.Split('.')[0];
        _current.Add(bound, SymbolFlags.Import);
    }

    private void Declare(string name, Stmt statement, bool isGlobal)
    {
        SymbolFlags flags = _current.FlagsOf(name);
        string kind = isGlobal ? "global" : "nonlocal";
        if ((flags & (SymbolFlags.Parameter | SymbolFlags.Local | SymbolFlags.Use | SymbolFlags.Annotated | SymbolFlags.Import)) != 0)
        {
            string message = (flags & SymbolFlags.Parameter) != 0 ? $"name '{name}' is parameter and {kind}"
                : (flags & SymbolFlags.Use) != 0 ? $"name '{name}' is used prior to {kind} declaration"
                : (flags & SymbolFlags.Annotated) != 0 ? $"annotated name '{name}' can't be {kind}"
                : $"name '{name}' is assigned to before {kind} declaration";
            throw Error(message, statement);
        }

        _current.Add(name, isGlobal ? SymbolFlags.Global : SymbolFlags.Nonlocal);
        _current.Directives.TryAdd(name, statement);
    }

    private void VisitExpressions(IReadOnlyList<Expr> expressions)
    {
        foreach (Expr expression in expressions)
        {
            VisitExpression(expression);
        }
    }

    private void VisitOptional(Expr? expression)
    {
        if (expression is not null)
        {
            VisitExpression(expression);
        }
    }

    private void VisitExpression(Expr expression)
    {
        switch (expression)
        {
            case Name name:
                if (name.Ctx == ExprContext.Load)
                {
                    _current.Add(name.Id, SymbolFlags.Use);
                    if (_current.IsFunctionLike && name.Id == "super")
                    {
                        _current.Add("__class__", SymbolFlags.Use);
                    }
                }
                else
                {
                    _current.Add(name.Id, SymbolFlags.Local);
                }

                break;
            case BoolOp b:
                VisitExpressions(b.Values);
                break;
            case NamedExpr n:
                VisitNamedExpression(n);
                break;
            case BinOp b:
                VisitExpression(b.Left);
                VisitExpression(b.Right);
                break;
            case UnaryOp u:
                VisitExpression(u.Operand);
                break;
            case Lambda lambda:
                VisitExpressions(lambda.Args.Defaults);
                foreach (Expr? kwDefault in lambda.Args.KwDefaults)
                {
                    VisitOptional(kwDefault);
                }

                Enter(ScopeKind.Function, "<lambda>", lambda);
                VisitParameters(lambda.Args);
                VisitExpression(lambda.Body);
                Exit();
                break;
            case IfExp i:
                VisitExpression(i.Test);
                VisitExpression(i.Body);
                VisitExpression(i.Orelse);
                break;
            case Dict d:
                foreach (Expr? key in d.Keys)
                {
                    VisitOptional(key);
                }

                VisitExpressions(d.Values);
                break;
            case Set s:
                VisitExpressions(s.Elts);
                break;
            case ListComp c:
                VisitComprehension(c, "<listcomp>", c.Generators, c.Elt, null);
                break;
            case SetComp c:
                VisitComprehension(c, "<setcomp>", c.Generators, c.Elt, null);
                break;
            case DictComp c:
                VisitComprehension(c, "<dictcomp>", c.Generators, c.Key, c.Value);
                break;
            case GeneratorExp c:
                VisitComprehension(c, "<genexpr>", c.Generators, c.Elt, null);
                break;
            case Await a:
                VisitExpression(a.Value);
                break;
            case Yield y:
                _current.IsGenerator = true;
                VisitOptional(y.Value);
                break;
            case YieldFrom y:
                _current.IsGenerator = true;
                VisitExpression(y.Value);
                break;
            case Compare c:
                VisitExpression(c.Left);
                VisitExpressions(c.Comparators);
                break;
            case Call c:
                VisitExpression(c.Func);
                VisitExpressions(c.Args);
                foreach (Keyword keyword in c.Keywords)
                {
                    VisitExpression(keyword.Value);
                }

                break;
            case FormattedValue f:
                VisitExpression(f.Value);
                VisitOptional(f.FormatSpec);
                break;
            case JoinedStr j:
                VisitExpressions(j.Values);
                break;
            case Attribute a:
                VisitExpression(a.Value);
                break;
            case Subscript s:
                VisitExpression(s.Value);
                VisitExpression(s.Slice);
                break;
            case Starred s:
                VisitExpression(s.Value);
                break;
            case List l:
                VisitExpressions(l.Elts);
                break;
            case Tuple t:
                VisitExpressions(t.Elts);
                break;
            case Slice s:
                VisitOptional(s.Lower);
                VisitOptional(s.Upper);
                VisitOptional(s.Step);
                break;
        }
    }

    private void VisitComprehension(Expr node, string name, IReadOnlyList<Comprehension> generators, Expr element, Expr? value)
    {
        VisitExpression(generators[0].Iter);
        Enter(ScopeKind.Comprehension, name, node);
        _current.IsGenerator = node is GeneratorExp;
        _current.Add(".0", SymbolFlags.Parameter);
        _current.ArgCount = 1;
        for (int i = 0; i < generators.Count; i++)
        {
            if (i > 0)
            {
                VisitExpression(generators[i].Iter);
            }

            VisitComprehensionTarget(generators[i].Target);
            VisitExpressions(generators[i].Ifs);
        }

        if (value is not null)
        {
            VisitExpression(element);
            VisitExpression(value);
        }
        else
        {
            VisitExpression(element);
        }

        Exit();
    }

    private readonly HashSet<(Scope, string)> _iterationVariables = [];

    private void VisitComprehensionTarget(Expr target)
    {
        foreach (Name name in NamesIn(target))
        {
            _iterationVariables.Add((_current, name.Id));
        }

        VisitExpression(target);
    }

    private static IEnumerable<Name> NamesIn(Expr target) => target switch
    {
        Name n => [n],
        Tuple t => t.Elts.SelectMany(NamesIn),
        List l => l.Elts.SelectMany(NamesIn),
        Starred s => NamesIn(s.Value),
        _ => [],
    };

    // `(y := f(x))` inside a comprehension binds y in the nearest enclosing non-comprehension scope.
    private void VisitNamedExpression(NamedExpr named)
    {
        VisitExpression(named.Value);
        var target = (Name)named.Target;
        if (_current.Kind != ScopeKind.Comprehension)
        {
            VisitExpression(target);
            return;
        }

        for (Scope? scope = _current; scope is not null; scope = scope.Parent)
        {
            if (scope.Kind == ScopeKind.Comprehension)
            {
                if (_iterationVariables.Contains((scope, target.Id)))
                {
                    throw Error($"assignment expression cannot rebind comprehension iteration variable '{target.Id}'", target);
                }

                continue;
            }

            if (scope.Kind == ScopeKind.Class)
            {
                throw Error("assignment expression within a comprehension cannot be used in a class body", named);
            }

            bool isGlobal = scope.Kind == ScopeKind.Module || (scope.FlagsOf(target.Id) & SymbolFlags.Global) != 0;
            for (Scope? inner = _current; inner != scope; inner = inner!.Parent)
            {
                inner!.Add(target.Id, isGlobal ? SymbolFlags.Global : SymbolFlags.Nonlocal);
                inner.Directives.TryAdd(target.Id, named);
            }

            scope.Add(target.Id, SymbolFlags.Local);
            return;
        }
    }

    private void VisitPattern(Pattern pattern)
    {
        switch (pattern)
        {
            case MatchValue v:
                VisitExpression(v.Value);
                break;
            case MatchSequence s:
                foreach (Pattern p in s.Patterns)
                {
                    VisitPattern(p);
                }

                break;
            case MatchMapping m:
                VisitExpressions(m.Keys);
                foreach (Pattern p in m.Patterns)
                {
                    VisitPattern(p);
                }

                if (m.Rest is not null)
                {
                    _current.Add(m.Rest, SymbolFlags.Local);
                }

                break;
            case MatchClass c:
                VisitExpression(c.Cls);
                foreach (Pattern p in c.Patterns.Concat(c.KwdPatterns))
                {
                    VisitPattern(p);
                }

                break;
            case MatchStar s:
                if (s.Name is not null)
                {
                    _current.Add(s.Name, SymbolFlags.Local);
                }

                break;
            case MatchAs a:
                if (a.Pattern is not null)
                {
                    VisitPattern(a.Pattern);
                }

                if (a.Name is not null)
                {
                    _current.Add(a.Name, SymbolFlags.Local);
                }

                break;
            case MatchOr o:
                foreach (Pattern p in o.Patterns)
                {
                    VisitPattern(p);
                }

                break;
        }
    }


    private void Enter(ScopeKind kind, string name, Node node) => _current = new Scope(kind, name, _current, node);

    private void Exit() => _current = _current.Parent!;
}
