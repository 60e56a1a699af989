namespace Jit.Lexing;

/// <summary>Looks up \N{NAME} escapes (case-insensitive, as CPython) in the generated table.</summary>
internal static partial class UnicodeNames
{
    private static Dictionary<string, int>? s_byName;

    public static bool TryLookup(ReadOnlySpan<char> name, out int codePoint)
    {
        s_byName ??= Load();
        return s_byName.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out codePoint);
    }

    private static Dictionary<string, int> Load()
    {
        var byName = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (string entry in Table.Split(';'))
        {
            int equals = entry.LastIndexOf('=');
            byName[entry[..equals]] = int.Parse(entry.AsSpan(equals + 1), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture);
        }

        return byName;
    }
}
