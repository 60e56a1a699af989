using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Jit.Hosting;

namespace Jit.Tests.Tier1;

/// <summary><c>--save-il</c> writes the compiled methods into an assembly that tools can open.</summary>
public sealed class SaveIlTests
{
    [Fact]
    public void CompiledCodeObjectsAreSavedAsStaticMethods()
    {
        string path = Path.Combine(Path.GetTempPath(), $"jit-save-il-{Environment.ProcessId}.dll");
        var options = new RunOptions { JitThreshold = 0, SaveIl = path };
        var stdout = new StringWriter();
        int status = PythonRunner.RunSource("def square(x):\n    return x * x\nprint(square(7))\n", "<string>", ["-c"], new StringReader(""), stdout, new StringWriter(), options);
        Assert.Equal(0, status);
        Assert.Equal("49\n", stdout.ToString().Replace("\r\n", "\n"));
        using var reader = new PEReader(File.OpenRead(path));
        MetadataReader metadata = reader.GetMetadataReader();
        string[] names = metadata.MethodDefinitions.Select(h => metadata.GetString(metadata.GetMethodDefinition(h).Name)).ToArray();
        Assert.Contains(names, name => name.EndsWith("_square", StringComparison.Ordinal));
        Assert.Contains(names, name => name.EndsWith("_<module>", StringComparison.Ordinal));
        File.Delete(path);
    }
}
