namespace Jit.Tests.Conformance;

/// <summary>tests/syntax_errors/compiler: programs that CPython's parser accepts (ast.parse
/// succeeds) and its compiler rejects ('return' outside function, nonlocal at module level, ...).
/// Each is run by Jit like a conformance program; its whole stderr must equal what CPython 3.11
/// printed (tools/regen_syntax_errors.py) and the exit status must be 1. Known gaps: suite
/// "compile-errors" in tests/xfail.txt.</summary>
public sealed class CompileErrorTests
{
    private static readonly string s_folder = RepositoryPaths.Combine("tests", "syntax_errors", "compiler");

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (string path in Directory.EnumerateFiles(s_folder, "*.py").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void ReportsTheErrorAsCPythonDoes(string name)
    {
        string path = Path.Combine(s_folder, name);
        string expected = File.ReadAllText(Path.ChangeExtension(path, ".expected_stderr"));
        RunResult result = PythonRunners.Default.Run(Tiers.Request(Tier.Interpreter, path, [name], "", TimeSpan.FromSeconds(30)));
        string stderr = result.Stderr.Replace(path, name, StringComparison.Ordinal);
        bool same = stderr == expected && result.ExitStatus == 1 && result.Stdout.Length == 0;

        if (KnownGaps.Matching("compile-errors", name) is string reason)
        {
            Assert.False(same, $"{name} is listed in tests/xfail.txt ({reason}) but now passes: remove it from the list");
            return;
        }

        Assert.True(result.ExitStatus == 1, $"{name}: exit status {result.ExitStatus}, expected 1");
        Assert.Equal(expected, stderr);
        Assert.Equal("", result.Stdout);
    }

    [Fact]
    public void TheCorpusCoversTheCompilersErrors()
    {
        Assert.True(Files().Count >= 10);
    }
}
