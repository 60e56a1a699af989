namespace Jit.Tests;

/// <summary>tests/xfail.txt: the one list of known gaps ("SUITE ITEM: REASON" per line). Tests
/// consult it so that a listed failure is expected and a listed item that passes is an error.
/// <see cref="Matching"/> also reads ITEM as a pattern in which <c>*</c> stands for any text.</summary>
internal static class KnownGaps
{
    private static readonly Dictionary<(string Suite, string Item), string> s_gaps = Load();

    public static string? Reason(string suite, string item) => s_gaps.GetValueOrDefault((suite, item));

    public static IEnumerable<string> Items(string suite) =>
        s_gaps.Keys.Where(key => key.Suite == suite).Select(key => key.Item);

    /// <summary>The reason of the first entry of the suite whose item pattern matches the item
    /// (<c>*</c> matches any text, slashes included), or null.</summary>
    public static string? Matching(string suite, string item)
    {
        foreach (var ((entrySuite, pattern), reason) in s_gaps)
        {
            if (entrySuite == suite && Matches(pattern, item))
            {
                return reason;
            }
        }

        return null;
    }

    public static bool Matches(string pattern, string item)
    {
        string regex = "^" + string.Join(".*", pattern.Split('*').Select(System.Text.RegularExpressions.Regex.Escape)) + "$";
        return System.Text.RegularExpressions.Regex.IsMatch(item, regex);
    }

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
