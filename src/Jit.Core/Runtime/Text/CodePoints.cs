namespace Jit.Runtime.Text;

/// <summary>Code point helpers shared by the text code.</summary>
public static class CodePoints
{
    /// <summary>The code point at <paramref name="index"/>: a surrogate pair's, or the lone UTF-16
    /// unit there.</summary>
    public static int At(string text, int index) =>
        char.IsSurrogatePair(text, index) ? char.ConvertToUtf32(text[index], text[index + 1]) : text[index];

    /// <summary>How many UTF-16 units the code point at <paramref name="index"/> takes (1 past the end).</summary>
    public static int UnitsAt(string text, int index) =>
        index + 1 < text.Length && char.IsSurrogatePair(text[index], text[index + 1]) ? 2 : 1;

    /// <summary>A string of one code point (a lone surrogate stays one unit).</summary>
    public static string ToText(int codePoint) =>
        codePoint < 0x10000 ? ((char)codePoint).ToString() : char.ConvertFromUtf32(codePoint);

    /// <summary>The UTF-16 index of code point number <paramref name="count"/> (clamped to the end).</summary>
    public static int UnitIndex(string text, int count)
    {
        int unit = 0;
        for (int n = 0; n < count && unit < text.Length; n++)
        {
            unit += UnitsAt(text, unit);
        }

        return unit;
    }
}
