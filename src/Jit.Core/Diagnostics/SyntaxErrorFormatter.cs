using System.Text;
using Jit.Lexing;

namespace Jit.Diagnostics;

/// <summary>Formats a <see cref="SyntaxErrorException"/> as CPython 3.11 prints an uncaught
/// SyntaxError: the file and line, the offending line stripped of its indentation, a caret line
/// under the range, then "SyntaxError: message".</summary>
public static class SyntaxErrorFormatter
{
    public static string Format(SyntaxErrorException error)
    {
        if (error.Kind == SyntaxErrorKind.RecursionError)
        {
            // CPython prints no location for it.
            return "RecursionError: " + error.Message + "\n";
        }

        var output = new StringBuilder();
        if (error.Line == 0)
        {
            // Errors found before tokenizing (the file's encoding) have no location.
            return "SyntaxError: " + error.Message + "\n";
        }

        output.Append("  File \"").Append(error.FileName).Append("\", line ").Append(error.Line).Append('\n');
        if (error.SourceLine != null)
        {
            AppendSourceLine(output, error);
        }

        output.Append(error.Kind switch
        {
            SyntaxErrorKind.IndentationError => "IndentationError",
            SyntaxErrorKind.TabError => "TabError",
            _ => "SyntaxError",
        });
        output.Append(": ").Append(error.Message).Append('\n');
        return output.ToString();
    }

    // CPython's print_error_text, with the line as CPython stores it (newline included).
    private static void AppendSourceLine(StringBuilder output, SyntaxErrorException error)
    {
        string text = error.SourceLine + "\n";
        int offset = error.Offset;
        int endOffset = error.EndOffset;

        // A range over several lines is highlighted to the end of its first line.
        if (error.EndLine > error.Line)
        {
            endOffset = text.Length;
        }

        if (endOffset > text.Length + 1)
        {
            endOffset = text.Length + 1;
        }

        // A script's IndentationError and TabError get one caret in CPython, whatever their range.
        int carets = endOffset > 0 && endOffset > offset && error.Kind == SyntaxErrorKind.SyntaxError ? endOffset - offset : 1;
        offset--;
        int start = 0;
        while (start < text.Length && text[start] is ' ' or '\t' or '\f')
        {
            start++;
            offset--;
        }

        int length = text.Length - start - 1;
        if (offset > length)
        {
            offset = length;
        }

        output.Append("    ").Append(text, start, text.Length - start);
        if (offset < 0)
        {
            return;
        }

        output.Append("    ").Append(' ', offset).Append('^', carets).Append('\n');
    }
}
