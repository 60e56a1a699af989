using Jit.Parsing.Ast;

namespace Jit.Compiling;

/// <summary>Walks the statements of one scope (nested def and class bodies excluded).</summary>
internal static class AstWalker
{
    public static IEnumerable<Node> WithinScope(IReadOnlyList<Stmt> body)
    {
        foreach (Stmt statement in body)
        {
            yield return statement;
            foreach (Node inner in Nested(statement))
            {
                yield return inner;
            }
        }
    }

    private static IEnumerable<Node> Nested(Stmt statement)
    {
        IEnumerable<IReadOnlyList<Stmt>> blocks = statement switch
        {
            If s => [s.Body, s.Orelse],
            For s => [s.Body, s.Orelse],
            AsyncFor s => [s.Body, s.Orelse],
            While s => [s.Body, s.Orelse],
            With s => [s.Body],
            AsyncWith s => [s.Body],
            Try s => [s.Body, .. s.Handlers.Select(h => h.Body), s.Orelse, s.Finalbody],
            TryStar s => [s.Body, .. s.Handlers.Select(h => h.Body), s.Orelse, s.Finalbody],
            Match s => s.Cases.Select(c => c.Body),
            _ => [],
        };
        if (statement is Try or TryStar)
        {
            IReadOnlyList<ExceptHandler> handlers = statement is Try t ? t.Handlers : ((TryStar)statement).Handlers;
            foreach (ExceptHandler handler in handlers)
            {
                yield return handler;
            }
        }

        foreach (IReadOnlyList<Stmt> block in blocks)
        {
            foreach (Node node in WithinScope(block))
            {
                yield return node;
            }
        }
    }
}
