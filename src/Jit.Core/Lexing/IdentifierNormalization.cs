using System.Globalization;
using System.Text;

namespace Jit.Lexing;

/// <summary>NFKC normalisation of identifiers, character by character, from CPython's own tables
/// (enough for identifiers, which rarely hold combining sequences).</summary>
internal static partial class IdentifierNormalization
{
    private static Dictionary<int, string>? s_forms;

    public static string Normalize(string name)
    {
        s_forms ??= Load();
        StringBuilder? normalized = null;
        for (int i = 0; i < name.Length; i++)
        {
            int codePoint = CodePoints.At(name, i, out int width);
            if (s_forms.TryGetValue(codePoint, out string? form))
            {
                normalized ??= new StringBuilder(name, 0, i, name.Length);
                normalized.Append(form);
            }
            else
            {
                normalized?.Append(name, i, width);
            }

            i += width - 1;
        }

        return normalized?.ToString() ?? name;
    }

    private static Dictionary<int, string> Load()
    {
        var forms = new Dictionary<int, string>();
        foreach (string entry in Table.Split(';'))
        {
            int equals = entry.IndexOf('=');
            var form = new StringBuilder();
            foreach (string hex in entry[(equals + 1)..].Split(','))
            {
                form.Append(char.ConvertFromUtf32(int.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
            }

            forms[int.Parse(entry.AsSpan(0, equals), NumberStyles.HexNumber, CultureInfo.InvariantCulture)] = form.ToString();
        }

        return forms;
    }
}
