using System.Diagnostics;
using Jit.Lexing;

namespace Jit.Benchmarks;

/// <summary>Finds CPython's standard library through python3 and reads its sources.</summary>
internal static class StandardLibrary
{
    public static string Locate()
    {
        var start = new ProcessStartInfo("python3", ["-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"])
        {
            RedirectStandardOutput = true,
        };
        using Process process = Process.Start(start) ?? throw new InvalidOperationException("python3 is needed to locate the standard library");
        string path = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        return path;
    }

    /// <summary>Every .py file outside site-packages that decodes, with its text.</summary>
    public static List<(string Path, string Text)> ReadDecodable(string root)
    {
        var files = new List<(string, string)>();
        foreach (string path in Directory.EnumerateFiles(root, "*.py", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (path.Contains("site-packages", StringComparison.Ordinal))
            {
                continue;
            }

            try
            {
                files.Add((path, SourceDecoder.Decode(File.ReadAllBytes(path), path)));
            }
            catch (SyntaxErrorException)
            {
                // Files with a broken encoding on purpose (CPython's own tests of that).
            }
        }

        return files;
    }
}
