using Jit.Lexing;
using Jit.Parsing.Ast;

namespace Jit.Symbols;

/// <summary>Scope analysis, as CPython's symtable.c: a first pass records every name's uses and
/// bindings per scope (SymbolTable.Visit.cs), a second resolves each to local, cell, free or global
/// (SymbolTable.Analyze.cs). Misuse raises CPython's SyntaxErrors.</summary>
public sealed partial class SymbolTable
{
    private readonly string _fileName;
    private readonly string _source;
    private Scope _current;

    private SymbolTable(Module module, string fileName, string source)
    {
        _fileName = fileName;
        _source = source;
        _current = new Scope(ScopeKind.Module, "<module>", null, module);
    }

    /// <summary>Builds the scope tree of a module. Throws <see cref="SyntaxErrorException"/>.</summary>
    public static Scope Build(Module module, string fileName, string source)
    {
        var table = new SymbolTable(module, fileName, source);
        Scope root = table._current;
        table.VisitStatements(module.Body);
        table.Analyze(root);
        return root;
    }

    private SyntaxErrorException Error(string message, Located node) =>
        new(SyntaxErrorKind.SyntaxError, message, _fileName, node.Lineno, node.ColOffset + 1, node.EndLineno, node.EndColOffset + 1, SourceLines.GetLine(_source, node.Lineno));
}
