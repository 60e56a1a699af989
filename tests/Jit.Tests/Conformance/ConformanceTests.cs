using System.Text;

namespace Jit.Tests.Conformance;

/// <summary>The conformance programs, tests/programs/**/*.py, each run by Jit in every tier and
/// compared with what CPython 3.11 did (tools/regen_expected.py writes the expectations):
/// stdout identical to x.expected; exit status identical to x.expected_status (0 when absent);
/// stderr empty when there is no x.expected_stderr, otherwise its last line identical, or all of it
/// for programs under exceptions/ (tests/programs/README.md). Known gaps are listed in
/// tests/xfail.txt under the suite "programs" as "programs PATH TIER: REASON" (PATH and TIER may
/// use *); a listed run that passes fails, so the list stays true.</summary>
public static class Conformance
{
    public static readonly string ProgramsFolder = RepositoryPaths.Combine("tests", "programs");

    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(60);

    /// <summary>Every program, as its path relative to tests/programs with forward slashes.</summary>
    public static IReadOnlyList<string> Programs { get; } = FindPrograms();

    public static TheoryData<string> ProgramData()
    {
        var data = new TheoryData<string>();
        foreach (string program in Programs)
        {
            data.Add(program);
        }

        return data;
    }

    /// <summary>Programs whose whole stderr (the traceback) must match, not only its last line.</summary>
    public static bool ComparesFullStderr(string program) => program.StartsWith("exceptions/", StringComparison.Ordinal);

    public static void Check(string program, Tier tier)
    {
        string path = Path.Combine(ProgramsFolder, program.Replace('/', Path.DirectorySeparatorChar));
        string name = Path.GetFileName(path);
        string stdinPath = Path.ChangeExtension(path, ".stdin");
        string stdin = File.Exists(stdinPath) ? File.ReadAllText(stdinPath) : "";

        IPythonRunner runner = PythonRunners.Default;
        RunResult result = runner.Run(Tiers.Request(tier, path, [name], stdin, s_timeout));
        string stderr = result.Stderr.Replace(path, name, StringComparison.Ordinal);
        List<string> problems = Compare(program, path, result with { Stderr = stderr });

        string item = program + " " + Tiers.Name(tier);
        if (KnownGaps.Matching("programs", item) is string reason)
        {
            Assert.True(problems.Count > 0, $"{item} is listed in tests/xfail.txt ({reason}) but now passes: remove it from the list");
            return;
        }

        if (problems.Count > 0)
        {
            var message = new StringBuilder();
            message.Append(program).Append(" [").Append(Tiers.Name(tier)).Append("] differs from CPython (").Append(runner.Description).Append("):\n");
            foreach (string problem in problems)
            {
                message.Append("- ").Append(problem).Append('\n');
            }

            message.Append("stderr (end):\n").Append(Tail(stderr, 1500));
            Assert.Fail(message.ToString());
        }
    }

    private static List<string> Compare(string program, string path, RunResult actual)
    {
        var problems = new List<string>();
        string expectedStdout = File.ReadAllText(Path.ChangeExtension(path, ".expected"));
        string statusPath = Path.ChangeExtension(path, ".expected_status");
        int expectedStatus = File.Exists(statusPath) ? int.Parse(File.ReadAllText(statusPath).Trim(), System.Globalization.CultureInfo.InvariantCulture) : 0;
        string stderrPath = Path.ChangeExtension(path, ".expected_stderr");
        string? expectedStderr = File.Exists(stderrPath) ? File.ReadAllText(stderrPath) : null;

        if (actual.Stdout != expectedStdout)
        {
            problems.Add("stdout: " + FirstDifference(expectedStdout, actual.Stdout));
        }

        if (actual.ExitStatus != expectedStatus)
        {
            problems.Add($"exit status: expected {expectedStatus}, got {actual.ExitStatus}");
        }

        if (expectedStderr is null)
        {
            if (actual.Stderr.Length > 0)
            {
                problems.Add("stderr: expected nothing, got " + Quote(Tail(actual.Stderr, 300)));
            }
        }
        else if (ComparesFullStderr(program))
        {
            if (actual.Stderr != expectedStderr)
            {
                problems.Add("stderr: " + FirstDifference(expectedStderr, actual.Stderr));
            }
        }
        else if (LastLine(actual.Stderr) != LastLine(expectedStderr))
        {
            problems.Add($"stderr, last line: expected {Quote(LastLine(expectedStderr))}, got {Quote(LastLine(actual.Stderr))}");
        }

        return problems;
    }

    public static string LastLine(string text)
    {
        string[] lines = text.TrimEnd('\n').Split('\n');
        return lines[^1];
    }

    /// <summary>"line N: expected "...", got "..."" for the first line that differs.</summary>
    public static string FirstDifference(string expected, string actual)
    {
        string[] e = expected.Split('\n');
        string[] a = actual.Split('\n');
        for (int i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            string? left = i < e.Length ? e[i] : null;
            string? right = i < a.Length ? a[i] : null;
            if (left != right)
            {
                return $"line {i + 1}: expected {(left is null ? "end of output" : Quote(left))}, got {(right is null ? "end of output" : Quote(right))}";
            }
        }

        return "identical lines, different bytes";
    }

    private static string Quote(string text) => "\"" + text.Replace("\n", "\\n", StringComparison.Ordinal) + "\"";

    private static string Tail(string text, int length) => text.Length <= length ? text : "..." + text[^length..];

    private static List<string> FindPrograms()
    {
        if (!Directory.Exists(ProgramsFolder))
        {
            return [];
        }

        return Directory.EnumerateFiles(ProgramsFolder, "*.py", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(ProgramsFolder, p).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}

/// <summary>Tier 0 alone (<c>--no-jit</c>).</summary>
public sealed class ConformanceInterpreterTests
{
    [Theory]
    [MemberData(nameof(Conformance.ProgramData), MemberType = typeof(Conformance))]
    public void Interpreter(string program) => Conformance.Check(program, Tier.Interpreter);
}

/// <summary>The default settings: the interpreter, then the JIT for what gets hot.</summary>
public sealed class ConformanceTieredTests
{
    [Theory]
    [MemberData(nameof(Conformance.ProgramData), MemberType = typeof(Conformance))]
    public void Tiered(string program) => Conformance.Check(program, Tier.Tiered);
}

/// <summary>Every code object compiled on its first call (<c>--jit-threshold 0</c>).</summary>
public sealed class ConformanceJitAllTests
{
    [Theory]
    [MemberData(nameof(Conformance.ProgramData), MemberType = typeof(Conformance))]
    public void JitAll(string program) => Conformance.Check(program, Tier.JitAll);
}

/// <summary>Every code object compiled on its first call and every speculation failing the first
/// time it runs (<c>--jit-threshold 0 --jit-stress-deopt</c>), like V8's stress-deopt: each deopt
/// exit and each recompilation is taken.</summary>
public sealed class ConformanceStressDeoptTests
{
    [Theory]
    [MemberData(nameof(Conformance.ProgramData), MemberType = typeof(Conformance))]
    public void StressDeopt(string program) => Conformance.Check(program, Tier.StressDeopt);
}

/// <summary>Checks of the corpus itself, which hold whether or not Jit runs anything yet.</summary>
public sealed class ConformanceCorpusTests
{
    [Fact]
    public void TheCorpusIsLargeAndComplete()
    {
        Assert.True(Conformance.Programs.Count >= 220, $"only {Conformance.Programs.Count} conformance programs");
        foreach (string program in Conformance.Programs)
        {
            string path = Path.Combine(Conformance.ProgramsFolder, program);
            Assert.True(File.Exists(Path.ChangeExtension(path, ".expected")), $"{program} has no .expected: run python3 tools/regen_expected.py");
            bool hasStderr = File.Exists(Path.ChangeExtension(path, ".expected_stderr"));
            bool hasStatus = File.Exists(Path.ChangeExtension(path, ".expected_status"));
            Assert.True(hasStderr == hasStatus, $"{program}: .expected_stderr and .expected_status come together");
        }
    }

    [Fact]
    public void EveryKnownGapNamesAProgram()
    {
        string[] tiers = [.. Enum.GetValues<Tier>().Select(Tiers.Name)];
        foreach (string pattern in KnownGaps.Items("programs"))
        {
            bool used = Conformance.Programs.Any(p => tiers.Any(t => KnownGaps.Matches(pattern, p + " " + t)));
            Assert.True(used, $"tests/xfail.txt: \"programs {pattern}\" matches no program and tier");
        }
    }
}
