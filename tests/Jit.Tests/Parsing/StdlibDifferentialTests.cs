using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using Jit.Lexing;
using Jit.Parsing;
using System.Linq.Expressions;
using System.Reflection;
using AstDumper = Jit.Parsing.Ast.AstDumper;
using Located = Jit.Parsing.Ast.Located;
using Node = Jit.Parsing.Ast.Node;
using Xunit.Abstractions;

namespace Jit.Tests.Parsing;

/// <summary>THE parser differential test: every .py file of CPython's standard library is parsed by
/// python3 (<c>ast.dump(ast.parse(source))</c>, one process for all files) and by our parser, and
/// the dumps must be identical; files CPython rejects must be rejected by us too.</summary>
public sealed class StdlibDifferentialTests
{
    /// <summary>Files allowed to differ (tests/xfail.txt, suite "stdlib-ast"), by path relative to the stdlib.</summary>
    private static readonly HashSet<string> s_knownDifferences = [.. KnownGaps.Items("stdlib-ast")];

    // Writes the stdlib path as the first line of stdout, then for each source file its dump
    // (N.txt) and the positions of its located nodes in ast.walk order (N.pos, columns in UTF-16
    // units like ours), and a manifest "index<TAB>ok|error<TAB>path", into the directory given.
    private const string DumpScript = """
        import ast, os, sys, sysconfig, tokenize, io
        root = sysconfig.get_paths()["stdlib"]
        print(root, flush=True)
        out = sys.argv[1]
        files = []
        for d, dirs, names in os.walk(root):
            dirs[:] = sorted(x for x in dirs if x != "site-packages")
            files.extend(os.path.join(d, n) for n in sorted(names) if n.endswith(".py"))

        def positions(tree, source):
            text = source.decode(tokenize.detect_encoding(io.BytesIO(source).readline)[0])
            lines = [l.encode("utf-8") for l in text.lstrip("\ufeff").replace("\r\n", "\n").split("\n")]
            def column(line, col):
                raw = lines[line - 1] if line - 1 < len(lines) else b""
                return col if raw.isascii() else len(raw[:col].decode("utf-8", "replace").encode("utf-16-le")) // 2
            return "\n".join(
                f"{n.lineno} {column(n.lineno, n.col_offset)} {n.end_lineno} {column(n.end_lineno, n.end_col_offset)}"
                for n in ast.walk(tree) if hasattr(n, "end_lineno"))

        with open(os.path.join(out, "manifest.txt"), "w", encoding="utf-8") as manifest:
            for i, path in enumerate(files):
                with open(path, "rb") as f:
                    source = f.read()
                try:
                    tree = ast.parse(source)
                    text, status = ast.dump(tree), "ok"
                    with open(os.path.join(out, f"{i}.pos"), "w", encoding="utf-8") as o:
                        o.write(positions(tree, source))
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
        int samePositions = 0;
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

            string expectedPositions = File.ReadAllText(Path.Combine(directory, fields[0] + ".pos"));
            if (actual.Positions == expectedPositions)
            {
                samePositions++;
            }
            else if (actual.Positions != null)
            {
                failures.Add($"{relative}: node positions differ: {Describe(expectedPositions, actual with { Dump = actual.Positions })}");
            }
        }

        _output.WriteLine($"identical ASTs: {identical} / {parsedByCPython} files parsed by CPython ({100.0 * identical / parsedByCPython:F2}%), {stopwatch.Elapsed.TotalSeconds:F1} s");
        _output.WriteLine($"identical node positions: {samePositions} / {parsedByCPython}");
        foreach (string failure in failures.Take(40))
        {
            _output.WriteLine(failure);
        }

        Assert.True(failures.Count == 0, $"{failures.Count} files differ; first: {failures.FirstOrDefault()}");
    }

    /// <summary>Our dump of a file and its node positions, or why we could not produce them.</summary>
    private readonly record struct Outcome(string? Dump, string? Positions, string? Error);

    private static Outcome ParseWithJit(string path)
    {
        try
        {
            var module = Parser.ParseModule(File.ReadAllBytes(path), path);
            return new Outcome(AstDumper.Dump(module), Positions(module), null);
        }
        catch (SyntaxErrorException error)
        {
            return new Outcome(null, null, $"{error.Kind}: {error.Message} (line {error.Line}, offset {error.Offset})");
        }
        catch (Exception error)
        {
            return new Outcome(null, null, $"crash: {error}");
        }
    }

    /// <summary>"lineno col end_lineno end_col" of every located node in ast.walk's order
    /// (breadth first, fields in declaration order).</summary>
    private static string Positions(Node root)
    {
        var text = new StringBuilder();
        var queue = new Queue<Node>();
        queue.Enqueue(root);
        while (queue.TryDequeue(out var node))
        {
            if (node is Located located)
            {
                text.Append(text.Length > 0 ? "\n" : string.Empty)
                    .Append(located.Lineno).Append(' ').Append(located.ColOffset).Append(' ')
                    .Append(located.EndLineno).Append(' ').Append(located.EndColOffset);
            }

            foreach (var field in Fields(node.GetType()))
            {
                switch (field(node))
                {
                    case Node child:
                        queue.Enqueue(child);
                        break;
                    case System.Collections.IEnumerable items and not string:
                        foreach (var item in items)
                        {
                            if (item is Node element)
                            {
                                queue.Enqueue(element);
                            }
                        }

                        break;
                }
            }
        }

        return text.ToString();
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, Func<Node, object?>[]> s_fields = new();

    // Compiled getters of a node class's own properties, which are its AST fields in order.
    private static Func<Node, object?>[] Fields(Type type) => s_fields.GetOrAdd(type, static type =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Select(property =>
            {
                var node = Expression.Parameter(typeof(Node));
                var body = Expression.Convert(Expression.Property(Expression.Convert(node, type), property), typeof(object));
                return Expression.Lambda<Func<Node, object?>>(body, node).Compile();
            })
            .ToArray());

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
