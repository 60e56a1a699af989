using Jit.Diagnostics;
using Jit.Lexing;
using Jit.Parsing;

namespace Jit.Tests.Parsing;

/// <summary>tests/syntax_errors: each file holds one syntax error; its .expected_stderr is what
/// CPython 3.11 prints for it (tools/regen_syntax_errors.py). We must print the same.</summary>
public class SyntaxErrorCorpusTests
{
    private static readonly string s_folder = RepositoryPaths.Combine("tests", "syntax_errors");

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
        byte[] source = File.ReadAllBytes(Path.Combine(s_folder, name));
        string expected = File.ReadAllText(Path.Combine(s_folder, Path.ChangeExtension(name, ".expected_stderr")));
        string actual;
        try
        {
            Parser.ParseModule(source, name);
            actual = "(parsed without error)";
        }
        catch (SyntaxErrorException error)
        {
            actual = SyntaxErrorFormatter.Format(error);
        }

        if (KnownGaps.Reason("syntax-errors", name) is string reason)
        {
            Assert.True(expected != actual, $"{name} is listed in tests/xfail.txt ({reason}) but now passes: remove it from the list");
            return;
        }

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void TheCorpusCoversManyErrors()
    {
        Assert.True(Files().Count >= 60);
    }
}
