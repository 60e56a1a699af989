using System.Text;
using Jit.Compiling;
using Jit.Diagnostics;
using Jit.Hosting;
using Jit.Lexing;
using Jit.Parsing;
using Jit.Parsing.Ast;

namespace Jit.Cli;

/// <summary>The <c>jit</c> command: runs a Python script (or <c>-c CODE</c>), or shows what the
/// front end and the compiler make of it (<c>--dump-ast</c>, <c>--dis</c>).</summary>
public static class Program
{
    private const string Usage = "usage: jit [--no-jit] [--jit-threshold N] [--stats] [--jit-stats] [--dump-il[=NAME]] [--jit-stress-deopt] [--save-il FILE.dll] (FILE | -c CODE) [ARGS...]\n       jit --dis FILE\n       jit --dump-ast FILE";

    public static int Main(string[] args)
    {
        var options = new RunOptions();
        int i = 0;
        for (; i < args.Length && args[i].StartsWith('-') && args[i] != "-"; i++)
        {
            switch (args[i])
            {
                case "--no-jit":
                    options.NoJit = true;
                    break;
                case "--jit-threshold" when i + 1 < args.Length && int.TryParse(args[i + 1], out int threshold):
                    options.JitThreshold = threshold;
                    i++;
                    break;
                case "--stats":
                    options.Stats = true;
                    break;
                case "--jit-stats":
                    options.JitStats = true;
                    break;
                case "--dump-il":
                    options.DumpIl = string.Empty;
                    break;
                case var dumpOne when dumpOne.StartsWith("--dump-il=", StringComparison.Ordinal):
                    options.DumpIl = dumpOne["--dump-il=".Length..];
                    break;
                case "--jit-stress-deopt":
                    options.StressDeopt = true;
                    break;
                case "--save-il" when i + 1 < args.Length:
                    options.SaveIl = Path.GetFullPath(args[++i]);
                    break;
                case "--dump-ast" when i + 1 < args.Length:
                    return WithSource(args[i + 1], (source, path) => Console.Out.Write(AstDumper.Dump(Parser.ParseModule(source, path)) + "\n"));
                case "--dis" when i + 1 < args.Length:
                    return WithSource(args[i + 1], (source, path) => Console.Out.Write(Disassembler.Disassemble(Compiler.CompileModule(source, path))));
                case "-c" when i + 1 < args.Length:
                    return Run(() => PythonRunner.RunSource(args[i + 1], "<string>", ["-c", .. args[(i + 2)..]], Console.In, Stdout(), Console.Error, options));
                default:
                    Console.Error.WriteLine(Usage);
                    return 2;
            }
        }

        if (i >= args.Length)
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }

        string script = args[i];
        return Run(() => PythonRunner.Run(script, args[i..], Console.In, Stdout(), Console.Error, options));
    }

    // Buffered: print() must not pay for a system call per line; flushed at exit.
    private static TextWriter Stdout() => new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { AutoFlush = false, NewLine = "\n" };

    private static int Run(Func<int> run)
    {
        int status = run();
        Console.Out.Flush();
        return status;
    }

    private static int WithSource(string path, Action<string, string> action)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine(PythonRunner.CannotOpen(Path.GetFullPath(path), error));
            return 2;
        }

        try
        {
            action(SourceDecoder.Decode(bytes, path), path);
            Console.Out.Flush();
            return 0;
        }
        catch (SyntaxErrorException error)
        {
            Console.Error.Write(SyntaxErrorFormatter.Format(error));
            return 1;
        }
    }
}
