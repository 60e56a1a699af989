namespace Jit.Lexing;

/// <summary>Reading code points from UTF-16 text, where a lone surrogate stands for itself.</summary>
internal static class CodePoints
{
    public static int At(string s, int index, out int width)
    {
        char c = s[index];
        if (char.IsHighSurrogate(c) && index + 1 < s.Length && char.IsLowSurrogate(s[index + 1]))
        {
            width = 2;
            return char.ConvertToUtf32(c, s[index + 1]);
        }

        width = 1;
        return c;
    }
}
