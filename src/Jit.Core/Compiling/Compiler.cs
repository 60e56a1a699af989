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
        var unit = new CompilationUnit(fileName, source);
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

    public SyntaxErrorException Error(string message, Located node) =>
        new(SyntaxErrorKind.SyntaxError, message, FileName, node.Lineno, node.ColOffset + 1, node.EndLineno, node.EndColOffset + 1, SourceLines.GetLine(Source, node.Lineno));
}
