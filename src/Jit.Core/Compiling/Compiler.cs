using Jit.Lexing;
using Jit.Parsing;
using Jit.Parsing.Ast;
using Jit.Symbols;

namespace Jit.Compiling;

/// <summary>Entry point of the bytecode compiler: AST plus scopes in, code objects out.</summary>
public static class Compiler
{
    /// <summary>Parses, analyses and compiles a module. Throws <see cref="SyntaxErrorException"/>.</summary>
    public static CodeObject CompileModule(string source, string fileName)
    {
        Module module = Parser.ParseModule(source, fileName);
        return CompileModule(module, source, fileName);
    }

    /// <summary>Compiles an expression (for <c>eval</c>): the code returns its value.</summary>
    public static CodeObject CompileExpression(string source, string fileName)
    {
        Expression expression = Parser.ParseExpression(source, fileName);
        var statement = new ExprStmt(expression.Body)
        {
            Lineno = expression.Body.Lineno,
            ColOffset = expression.Body.ColOffset,
            EndLineno = expression.Body.EndLineno,
            EndColOffset = expression.Body.EndColOffset,
        };
        var module = new Module([statement], []);
        Scope scope = SymbolTable.Build(module, fileName, source);
        var unit = new CompilationUnit(fileName, source);
        return new CodeGen(unit, scope, null, "<module>", module.Body, firstLine: 1).CompileExpressionBody(expression.Body);
    }

    public static CodeObject CompileModule(Module module, string source, string fileName)
    {
        Scope scope = SymbolTable.Build(module, fileName, source);
        var unit = new CompilationUnit(fileName, source)
        {
            StringAnnotations = module.Body.OfType<ImportFrom>().Any(import => import.Module == "__future__" && import.Names.Any(alias => alias.Name == "annotations")),
        };
        return new CodeGen(unit, scope, null, "<module>", module.Body, firstLine: 1).CompileModuleBody(module.Body);
    }
}

/// <summary>What every code generator of one source file shares.</summary>
internal sealed class CompilationUnit
{
    public CompilationUnit(string fileName, string source)
    {
        FileName = fileName;
        Source = source;
    }

    public string FileName { get; }

    public string Source { get; }

    /// <summary><c>from __future__ import annotations</c>: annotations are kept as their source text.</summary>
    public bool StringAnnotations { get; set; }

    /// <summary>An annotation as <c>from __future__ import annotations</c> keeps it: its source
    /// text, a string literal in CPython's quotes.</summary>
    public string AnnotationText(Expr annotation) =>
        annotation is Constant { Value: string text } ? Runtime.Ops.Repr(Runtime.Objects.PyStr.From(text)) : SourceOf(annotation);

    /// <summary>The source text of a node (one or more lines).</summary>
    private string SourceOf(Located node)
    {
        string[] lines = Source.Split('\n');
        if (node.Lineno == node.EndLineno)
        {
            return lines[node.Lineno - 1][node.ColOffset..node.EndColOffset];
        }

        string middle = string.Join("\n", lines[node.Lineno..(node.EndLineno - 1)]);
        return lines[node.Lineno - 1][node.ColOffset..] + "\n" + middle + "\n" + lines[node.EndLineno - 1][..node.EndColOffset];
    }

    public SyntaxErrorException Error(string message, Located node) =>
        new(SyntaxErrorKind.SyntaxError, message, FileName, node.Lineno, node.ColOffset + 1, node.EndLineno, node.EndColOffset + 1, SourceLines.GetLine(Source, node.Lineno));
}
