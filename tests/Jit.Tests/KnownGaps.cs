namespace Jit.Tests;

/// <summary>tests/xfail.txt: the one list of known gaps ("SUITE ITEM: REASON" per line). Tests
/// consult it so that a listed failure is expected and a listed item that passes is an error.</summary>
internal static class KnownGaps
{
    private static readonly Dictionary<(string Suite, string Item), string> s_gaps = Load();

    public static string? Reason(string suite, string item) => s_gaps.GetValueOrDefault((suite, item));

    public static IEnumerable<string> Items(string suite) =>
        s_gaps.Keys.Where(key => key.Suite == suite).Select(key => key.Item);

    private static Dictionary<(string, string), string> Load()
    {
        var gaps = new Dictionary<(string, string), string>();
        foreach (string raw in File.ReadLines(RepositoryPaths.Combine("tests", "xfail.txt")))
        {
            string line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            int space = line.IndexOf(' ');
            int colon = line.IndexOf(": ", space, StringComparison.Ordinal);
            gaps[(line[..space], line[(space + 1)..colon])] = line[(colon + 2)..];
        }

        return gaps;
    }
}
