using Jit.Compiling;

namespace Jit.Tests.Compiling;

/// <summary>tests/dis: small programs with their expected <c>jit --dis</c> text (register bytecode,
/// exception tables included). Regenerate after a deliberate compiler change with
/// <c>cd tests/dis &amp;&amp; for f in *.py; do jit --dis $f &gt; ${f%.py}.dis; done</c> and review the diff.</summary>
public sealed class DisassemblyGoldenTests
{
    private static readonly string s_folder = RepositoryPaths.Combine("tests", "dis");

    public static TheoryData<string> Programs()
    {
        var data = new TheoryData<string>();
        foreach (string path in Directory.EnumerateFiles(s_folder, "*.py").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Programs))]
    public void DisassemblyMatchesTheGoldenFile(string name)
    {
        string source = File.ReadAllText(Path.Combine(s_folder, name));
        string expected = File.ReadAllText(Path.Combine(s_folder, Path.ChangeExtension(name, ".dis")));
        Assert.Equal(expected, Disassembler.Disassemble(Compiler.CompileModule(source, name)));
    }

    [Fact]
    public void TheGoldenFilesCoverLoopsCallsClosuresAndExceptionTables()
    {
        string all = string.Concat(Directory.EnumerateFiles(s_folder, "*.dis").Select(File.ReadAllText));
        foreach (string needle in (string[])["FOR_ITER", "CALL_METHOD", "MAKE_CELL", "COPY_FREE_VARS", "ExceptionTable:", "JUMP_UNLESS_", "LIST_APPEND"])
        {
            Assert.Contains(needle, all);
        }
    }
}
