using Jit.Compiling;
using Jit.Diagnostics;
using Jit.Lexing;
using Jit.Runtime;
using Jit.Runtime.Objects;
using Jit.Vm;

namespace Jit.Hosting;

/// <summary>How a program runs: tiers and diagnostics.</summary>
public sealed class RunOptions
{
    /// <summary>Tier 0 only.</summary>
    public bool NoJit { get; set; }

    /// <summary>Calls or back-edges before a code object is compiled (null: the default).</summary>
    public int? JitThreshold { get; set; }

    /// <summary>Print executed-instruction counts to stderr after the run (<c>--stats</c>).</summary>
    public bool Stats { get; set; }

    /// <summary>Print what tier 1 compiled and what it left in tier 0, and why (<c>--jit-stats</c>).</summary>
    public bool JitStats { get; set; }

    /// <summary>Print compiled code objects' IL to stderr (<c>--dump-il</c>): null for none, empty
    /// for all, else the name (or qualified name) of the functions to show.</summary>
    public string? DumpIl { get; set; }

    /// <summary>Make every speculation in compiled code fail the first time it runs
    /// (<c>--jit-stress-deopt</c>), to test the deopt paths.</summary>
    public bool StressDeopt { get; set; }

    /// <summary>Write the compiled code objects' IL into this assembly file at exit (<c>--save-il</c>).</summary>
    public string? SaveIl { get; set; }
}

/// <summary>Runs Python programs: the API behind the <c>jit</c> command and the conformance tests.
/// Each run gets a thread with a large stack (deep Python recursion must end in RecursionError,
/// never in a .NET stack overflow) and a context of its own.</summary>
public static class PythonRunner
{
    private const int ThreadStackSize = 512 * 1024 * 1024;

    /// <summary>Runs the script at <paramref name="path"/>; returns the process exit status.</summary>
    public static int Run(string path, string[] argv, TextReader stdin, TextWriter stdout, TextWriter stderr, RunOptions options)
    {
        string fullPath = Path.GetFullPath(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(fullPath);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine(CannotOpen(fullPath, error));
            stderr.Flush();
            return 2;
        }

        return OnLargeStack(() => Execute(() => SourceDecoder.Decode(bytes, fullPath), fullPath, Path.GetDirectoryName(fullPath)!, argv, stdin, stdout, stderr, options));
    }

    /// <summary>CPython's wording: "python3: can't open file '/abs/x.py': [Errno 2] No such file or directory".</summary>
    public static string CannotOpen(string fullPath, Exception error)
    {
        string reason = error is FileNotFoundException or DirectoryNotFoundException
            ? "[Errno 2] No such file or directory"
            : error is UnauthorizedAccessException ? "[Errno 13] Permission denied" : error.Message;
        return $"jit: can't open file '{fullPath}': {reason}";
    }

    /// <summary>Runs source text (<c>jit -c CODE</c>: file name "&lt;string&gt;").</summary>
    public static int RunSource(string source, string fileName, string[] argv, TextReader stdin, TextWriter stdout, TextWriter stderr, RunOptions options) =>
        OnLargeStack(() => Execute(() => source, fileName, string.Empty, argv, stdin, stdout, stderr, options));

    private static int OnLargeStack(Func<int> run)
    {
        int status = 1;
        Exception? crash = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    status = run();
                }
                catch (Exception error)
                {
                    crash = error;
                }
            },
            ThreadStackSize);
        thread.Start();
        thread.Join();
        if (crash is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(crash).Throw();
        }

        return status;
    }

    private static int Execute(Func<string> readSource, string fileName, string scriptDirectory, string[] argv, TextReader stdin, TextWriter stdout, TextWriter stderr, RunOptions options)
    {
        var context = new PyContext(stdout, stderr, stdin) { Argv = argv.Length == 0 ? [string.Empty] : argv };
        PyContext.Current = context;
        var vm = VmState.Of(context);
        if (options.Stats || options.JitStats)
        {
            vm.InstructionCounts = new long[Enum.GetValues<OpCode>().Length];
        }

        vm.JitEnabled = !options.NoJit;
        vm.JitThreshold = options.JitThreshold ?? VmState.DefaultJitThreshold;
        vm.JitStats.DumpIlFilter = options.DumpIl;
        vm.JitStats.StressDeopt = options.StressDeopt;
        vm.JitStats.CountInstructions = options.JitStats;
        vm.CompiledForSaving = options.SaveIl is null ? null : [];
        VmBuiltins.Install(vm);
        if (vm.JitEnabled)
        {
            Tier1.JitWarmUp.Start(vm);
        }
        if (context.Sys.Globals.TryGetValue("path", out Value path) && path.ObjectOrNull is PyList list && list.Count > 0)
        {
            list[0] = PyStr.From(scriptDirectory);
        }

        int status;
        try
        {
            string source = readSource();
            if (!fileName.StartsWith('<'))
            {
                // CPython shows source lines only for real files (not for -c's "<string>").
                vm.Sources[fileName] = source;
            }

            CodeObject code = Compiler.CompileModule(source, fileName);
            var main = new PyModule("__main__");
            main.Globals.Set("__file__", PyStr.From(fileName));
            main.Globals.Set("__builtins__", context.Builtins);
            context.Modules.Set("__main__", main);
            Interpreter.RunNamespaceCode(vm, code, null, main.Globals, main.Globals);
            status = 0;
        }
        catch (SyntaxErrorException error)
        {
            FlushQuietly(stdout);
            stderr.Write(SyntaxErrorFormatter.Format(error));
            status = 1;
        }
        catch (PyException error)
        {
            status = ReportUncaught(vm, error.Error);
        }

        context.CloseOpenFiles();
        FlushQuietly(stdout);
        if (options.Stats && vm.InstructionCounts is long[] counts)
        {
            stderr.Write(ExecutionStats.Format(counts));
        }

        if (options.JitStats)
        {
            stderr.Write(vm.JitStats.Report(vm.JitThreshold, vm.InstructionCounts!.Sum()));
        }

        if (options.SaveIl is string assemblyPath)
        {
            Tier1.JitCompiler.SaveAssembly(vm.CompiledForSaving!, vm, assemblyPath);
        }

        stderr.Flush();
        return status;
    }

    private static int ReportUncaught(VmState vm, PyBaseException error)
    {
        TextWriter stderr = vm.Context.Stderr;
        FlushQuietly(vm.Context.Stdout);
        if (error.Type.IsSubtypeOf(PyExc.SystemExit))
        {
            Value code = error.Args.Items.Length == 0 ? Value.None : error.Args.Items.Length == 1 ? error.Args.Items[0] : error.Args;
            if (code.IsNone)
            {
                return 0;
            }

            if (Ops.TryGetLong(code, out long status))
            {
                return (int)status;
            }

            stderr.Write(Ops.Str(code) + "\n");
            return 1;
        }

        stderr.Write(TracebackPrinter.Format(vm, error));
        return 1;
    }

    private static void FlushQuietly(TextWriter writer)
    {
        try
        {
            writer.Flush();
        }
        catch (IOException)
        {
            // A closed pipe: nothing more can be written.
        }
    }
}
