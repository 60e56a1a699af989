using Jit.Diagnostics;
using Jit.Lexing;
using Jit.Parsing;
using Jit.Parsing.Ast;

namespace Jit.Cli;

public static class Program
{
    private const string Usage = "usage: jit [--dump-ast] FILE";

    public static int Main(string[] args)
    {
        if (args.Length == 2 && args[0] == "--dump-ast")
        {
            return DumpAst(args[1]);
        }

        Console.Error.WriteLine(Usage);
        return 2;
    }

    /// <summary>Prints the file's AST as CPython's <c>ast.dump(ast.parse(source))</c> does.</summary>
    private static int DumpAst(string path)
    {
        byte[] source;
        try
        {
            source = File.ReadAllBytes(path);
        }
        catch (IOException error)
        {
            Console.Error.WriteLine($"jit: can't open file '{path}': {error.Message}");
            return 2;
        }

        try
        {
            var module = Parser.ParseModule(source, path);
            var stdout = Console.Out;
            stdout.Write(AstDumper.Dump(module));
            stdout.Write('\n');
            stdout.Flush();
            return 0;
        }
        catch (SyntaxErrorException error)
        {
            Console.Error.Write(SyntaxErrorFormatter.Format(error));
            return 1;
        }
    }
}
