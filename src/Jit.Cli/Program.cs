using Jit.Diagnostics;
using Jit.Lexing;
using Jit.Parsing;
using Jit.Parsing.Ast;

namespace Jit.Cli;

public static class Program
{
    private const string Usage = "usage: jit --dump-ast FILE";

    public static int Main(string[] args)
    {
        if (args.Length == 2 && args[0] == "--dump-ast")
        {
            return DumpAst(args[1]);
        }

        if (args.Length > 0 && !args[0].StartsWith('-'))
        {
            // Say plainly what is missing rather than print a usage that hides it.
            Console.Error.WriteLine($"jit: cannot run '{args[0]}' yet: the register compiler and interpreter are still being built; `jit --dump-ast {args[0]}` shows its syntax tree");
            return 2;
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
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // CPython's wording: python3: can't open file '/abs/x.py': [Errno 2] No such file or directory
            string reason = error is FileNotFoundException or DirectoryNotFoundException
                ? "[Errno 2] No such file or directory"
                : error is UnauthorizedAccessException ? "[Errno 13] Permission denied" : error.Message;
            Console.Error.WriteLine($"jit: can't open file '{Path.GetFullPath(path)}': {reason}");
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
