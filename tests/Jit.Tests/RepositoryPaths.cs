namespace Jit.Tests;

/// <summary>Locates folders of the repository from the test assembly's directory.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Jit.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Jit.sln not found above " + AppContext.BaseDirectory);
    }
}
