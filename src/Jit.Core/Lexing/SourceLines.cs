namespace Jit.Lexing;

/// <summary>Finding source lines for error messages and tracebacks (not on any hot path).</summary>
public static class SourceLines
{
    /// <summary>The text of 1-based <paramref name="line"/> without its line ending; empty when the
    /// source has fewer lines.</summary>
    public static string GetLine(string source, int line)
    {
        int start = 0;
        for (int i = 1; i < line; i++)
        {
            int newline = source.IndexOf('\n', start);
            if (newline < 0)
            {
                return string.Empty;
            }

            start = newline + 1;
        }

        int end = source.IndexOf('\n', start);
        return end < 0 ? source[start..] : source[start..end];
    }

    /// <summary>The offset where the line holding <paramref name="index"/> starts.</summary>
    public static int LineStartBefore(string source, int index)
    {
        int newline = index > 0 ? source.LastIndexOf('\n', index - 1) : -1;
        return newline + 1;
    }
}
