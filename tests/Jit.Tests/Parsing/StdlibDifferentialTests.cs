using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using Jit.Lexing;
using Jit.Parsing;
using AstDumper = Jit.Parsing.Ast.AstDumper;
using Xunit.Abstractions;

namespace Jit.Tests.Parsing;

/// <summary>THE parser differential test: every .py file of CPython's standard library is parsed by
/// python3 (<c>ast.dump(ast.parse(source))</c>, one process for all files) and by our parser, and
/// the dumps must be identical; files CPython rejects must be rejected by us too.</summary>
public sealed class StdlibDifferentialTests
{
    /// <summary>Files allowed to differ (tests/xfail.txt, suite "stdlib-ast"), by path relative to the stdlib.</summary>
    private static readonly HashSet<string> s_knownDifferences = [.. KnownGaps.Items("stdlib-ast")];

    // Writes the stdlib path as the first line of stdout, then one dump file per source file and
    // a manifest "index<TAB>ok|error<TAB>path" into the directory given as argument.
    private const string DumpScript = """
        import ast, os, sys, sysconfig
        root = sysconfig.get_paths()["stdlib"]
        print(root, flush=True)
        out = sys.argv[1]
        files = []
        for d, dirs, names in os.walk(root):
            dirs[:] = sorted(x for x in dirs if x != "site-packages")
            files.extend(os.path.join(d, n) for n in sorted(names) if n.endswith(".py"))
        with open(os.path.join(out, "manifest.txt"), "w", encoding="utf-8") as manifest:
            for i, path in enumerate(files):
                with open(path, "rb") as f:
                    source = f.read()
                try:
                    text, status = ast.dump(ast.parse(source)), "ok"
                except (SyntaxError, ValueError, RecursionError, MemoryError) as e:
                    text, status = type(e).__name__ + ": " + str(e), "error"
                with open(os.path.join(out, f"{i}.txt"), "w", encoding="utf-8", errors="surrogatepass") as o:
                    o.write(text)
                manifest.write(f"{i}\t{status}\t{path}\n")
        """;

    private readonly ITestOutputHelper _output;

    public StdlibDifferentialTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [Fact]
    public void StdlibDumpsMatchCPython()
    {
        string directory = Path.Combine(Path.GetTempPath(), "jit-stdlib-ast-" + Environment.ProcessId);
        Directory.CreateDirectory(directory);
        try
        {
            Run(directory);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private void Run(string directory)
    {
        var stopwatch = Stopwatch.StartNew();
        Process python;
        try
        {
            var start = new ProcessStartInfo("python3")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add(DumpScript);
            start.ArgumentList.Add(directory);
            python = Process.Start(start)!;
        }
        catch (Win32Exception)
        {
            _output.WriteLine("python3 not found: the stdlib differential test did not run.");
            return;
        }

        string root = python.StandardOutput.ReadLine() ?? throw new InvalidOperationException(python.StandardError.ReadToEnd());

        // Our side runs while python3 works.
        var ours = new Dictionary<string, Outcome>();
        foreach (string path in Directory.EnumerateFiles(root, "*.py", SearchOption.AllDirectories))
        {
            if (!Path.GetRelativePath(root, path).StartsWith("site-packages", StringComparison.Ordinal))
            {
                ours[path] = ParseWithJit(path);
            }
        }

        python.WaitForExit();
        Assert.True(python.ExitCode == 0, python.StandardError.ReadToEnd());

        int parsedByCPython = 0;
        int identical = 0;
        var failures = new List<string>();
        foreach (string line in File.ReadLines(Path.Combine(directory, "manifest.txt")))
        {
            string[] fields = line.Split('\t');
            string path = fields[2];
            string relative = Path.GetRelativePath(root, path);
            string expected = File.ReadAllText(Path.Combine(directory, fields[0] + ".txt"));
            var actual = ours.GetValueOrDefault(path);
            if (fields[1] == "error")
            {
                if (actual.Dump != null && !s_knownDifferences.Contains(relative))
                {
                    failures.Add($"{relative}: CPython rejects it ({expected}) but we parse it");
                }

                continue;
            }

            parsedByCPython++;
            if (actual.Dump == expected)
            {
                identical++;
                if (s_knownDifferences.Contains(relative))
                {
                    failures.Add($"{relative}: listed in tests/xfail.txt but now identical: remove it from the list");
                }
            }
            else if (!s_knownDifferences.Contains(relative))
            {
                failures.Add($"{relative}: {Describe(expected, actual)}");
            }
        }

        _output.WriteLine($"identical ASTs: {identical} / {parsedByCPython} files parsed by CPython ({100.0 * identical / parsedByCPython:F2}%), {stopwatch.Elapsed.TotalSeconds:F1} s");
        foreach (string failure in failures.Take(40))
        {
            _output.WriteLine(failure);
        }

        Assert.True(failures.Count == 0, $"{failures.Count} files differ; first: {failures.FirstOrDefault()}");
    }

    /// <summary>Our dump of a file, or why we could not produce one.</summary>
    private readonly record struct Outcome(string? Dump, string? Error);

    private static Outcome ParseWithJit(string path)
    {
        try
        {
            return new Outcome(AstDumper.Dump(Parser.ParseModule(File.ReadAllBytes(path), path)), null);
        }
        catch (SyntaxErrorException error)
        {
            return new Outcome(null, $"{error.Kind}: {error.Message} (line {error.Line}, offset {error.Offset})");
        }
        catch (Exception error)
        {
            return new Outcome(null, $"crash: {error}");
        }
    }

    private static string Describe(string expected, Outcome outcome)
    {
        if (outcome.Dump is not string actual)
        {
            return "we reject it: " + outcome.Error;
        }

        int at = 0;
        while (at < expected.Length && at < actual.Length && expected[at] == actual[at])
        {
            at++;
        }

        int from = Math.Max(0, at - 60);
        return new StringBuilder()
            .Append("first difference at ").Append(at).Append('\n')
            .Append("  expected: ...").Append(expected.AsSpan(from, Math.Min(160, expected.Length - from))).Append('\n')
            .Append("  actual:   ...").Append(actual.AsSpan(from, Math.Min(160, actual.Length - from)))
            .ToString();
    }
}
