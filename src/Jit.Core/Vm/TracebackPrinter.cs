using System.Text;
using Jit.Compiling;
using Jit.Lexing;
using Jit.Parsing;
using Jit.Parsing.Ast;
using Jit.Runtime;
using Jit.Runtime.Objects;

namespace Jit.Vm;

/// <summary>Formats exceptions as CPython prints them: the chain of causes and contexts, each with
/// its traceback entries and source lines, then the exception line. Used for uncaught exceptions
/// and, piece by piece, by the traceback module (through <c>_traceback</c>).</summary>
public static class TracebackPrinter
{
    /// <summary>One line of a traceback: where, in which function, and the source range of the
    /// instruction (for the carets), when known. Text is the source line to show when the file is
    /// not one the VM loaded (entries built by the traceback module).</summary>
    public readonly record struct Entry(string FileName, int Line, string Name, SourceSpan? Span, string? Text = null);

    public static string Format(VmState vm, PyBaseException error) =>
        string.Concat(FormatException(vm, error, error.Traceback.ObjectOrNull as PyTraceback, limit: null, chain: true));

    /// <summary>traceback.format_exception: the pieces (one per header, entry and exception line).</summary>
    public static List<string> FormatException(VmState vm, PyBaseException error, PyTraceback? traceback, int? limit, bool chain)
    {
        var pieces = new List<string>();
        Append(vm, error, traceback, limit, chain, pieces, new HashSet<PyBaseException>(ReferenceEqualityComparer.Instance));
        return pieces;
    }

    /// <summary>The entries of a traceback, oldest first; a limit keeps the first (or, negative,
    /// the last) entries.</summary>
    public static List<Entry> Entries(PyTraceback? traceback, int? limit)
    {
        var entries = new List<Entry>();
        for (PyTraceback? entry = traceback; entry is not null; entry = entry.Next)
        {
            CodeObject code = entry.Frame.Code;
            SourceSpan? span = entry.Pc < code.Positions.Length ? code.Positions[entry.Pc] : null;
            entries.Add(new Entry(code.FileName, entry.Line, code.Name, span));
        }

        if (limit is int n)
        {
            return n >= 0 ? entries.Take(n).ToList() : entries.Skip(Math.Max(0, entries.Count + n)).ToList();
        }

        return entries;
    }

    /// <summary>traceback.format_list: one piece per entry, with a line repeated in a row cut to three
    /// and the rest counted.</summary>
    public static List<string> FormatEntries(VmState vm, IReadOnlyList<Entry> entries)
    {
        var pieces = new List<string>();
        (string, int, string)? last = null;
        int repeats = 0;
        int repeatsBefore = 0;
        foreach (Entry entry in entries)
        {
            var current = (entry.FileName, entry.Line, entry.Name);
            repeats = current == last ? repeats + 1 : 0;
            if (repeats == 0)
            {
                AppendRepeats(pieces, repeatsBefore);
            }

            last = current;
            if (repeats < RecursiveCutoff)
            {
                pieces.Add(FormatEntry(vm, entry));
            }

            repeatsBefore = repeats;
        }

        AppendRepeats(pieces, repeatsBefore);
        return pieces;
    }

    /// <summary>The source line of a file the VM has loaded, stripped; null when unknown.</summary>
    public static string? SourceLine(VmState vm, string fileName, int line)
    {
        if (!vm.Sources.TryGetValue(fileName, out string? source))
        {
            return null;
        }

        return SourceLines.GetLine(source, line).Trim();
    }

    private static void Append(VmState vm, PyBaseException error, PyTraceback? traceback, int? limit, bool chain,
        List<string> pieces, HashSet<PyBaseException> seen)
    {
        seen.Add(error);
        if (chain)
        {
            if (error.Cause.ObjectOrNull is PyBaseException cause && !seen.Contains(cause))
            {
                Append(vm, cause, cause.Traceback.ObjectOrNull as PyTraceback, limit, chain, pieces, seen);
                pieces.Add("\nThe above exception was the direct cause of the following exception:\n\n");
            }
            else if (error.Context.ObjectOrNull is PyBaseException context && !error.SuppressContext && !seen.Contains(context))
            {
                Append(vm, context, context.Traceback.ObjectOrNull as PyTraceback, limit, chain, pieces, seen);
                pieces.Add("\nDuring handling of the above exception, another exception occurred:\n\n");
            }
        }

        if (traceback is not null)
        {
            pieces.Add("Traceback (most recent call last):\n");
            pieces.AddRange(FormatEntries(vm, Entries(traceback, limit)));
        }

        string only = PyErr.FormatExceptionOnly(error);
        pieces.Add(only.Length > 0 && only[^1] != '\n' ? only + "\n" : only);
    }

    // CPython prints a line repeated in a row at most three times, then counts the rest.
    private const int RecursiveCutoff = 3;

    private static void AppendRepeats(List<string> pieces, int repeats)
    {
        if (repeats >= RecursiveCutoff)
        {
            int more = repeats - RecursiveCutoff + 1;
            pieces.Add($"  [Previous line repeated {more} more time{(more == 1 ? "" : "s")}]\n");
        }
    }

    private static string FormatEntry(VmState vm, Entry entry)
    {
        var text = new StringBuilder();
        text.Append($"  File \"{entry.FileName}\", line {entry.Line}, in {entry.Name}\n");
        if (!vm.Sources.TryGetValue(entry.FileName, out string? source))
        {
            if (!string.IsNullOrWhiteSpace(entry.Text))
            {
                text.Append("    ").Append(entry.Text.Trim()).Append('\n');
            }

            return text.ToString();
        }

        string sourceLine = SourceLines.GetLine(source, entry.Line).TrimEnd();
        string stripped = sourceLine.TrimStart();
        if (stripped.Length == 0)
        {
            return text.ToString();
        }

        text.Append("    ").Append(stripped).Append('\n');
        if (entry.Span is SourceSpan span && Carets(span, sourceLine) is string carets)
        {
            text.Append("    ").Append(carets).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>PEP 657's indicator line (CPython 3.11's traceback.c): '^' under the instruction's
    /// range, with '~' for the operands of a binary operation or the value of a subscript; none when
    /// the range is the whole line. Indented relative to the stripped line.</summary>
    private static string? Carets(SourceSpan span, string line)
    {
        if (span.Line <= 0 || span.Column < 0)
        {
            return null;
        }

        int start = Math.Min(span.Column, line.Length);
        int end = span.EndLine == span.Line ? Math.Min(span.EndColumn, line.Length) : line.Length;
        int indent = line.Length - line.TrimStart().Length;
        if (end <= start || (start <= indent && end >= line.Length))
        {
            return null;
        }

        (int left, int right)? anchors = span.EndLine == span.Line ? Anchors(line[start..end]) : null;
        var carets = new StringBuilder();
        carets.Append(' ', start - indent);
        for (int i = 0; i < end - start; i++)
        {
            carets.Append(anchors is (int l, int r) && (i < l || i >= r) ? '~' : '^');
        }

        return carets.ToString();
    }

    private static (int, int)? Anchors(string segment)
    {
        Module module;
        try
        {
            module = Parser.ParseModule(segment, "<segment>");
        }
        catch (SyntaxErrorException)
        {
            return null;
        }

        if (module.Body is not [ExprStmt { Value: var expression }])
        {
            return null;
        }

        switch (expression)
        {
            case BinOp binary:
                for (int i = binary.Left.EndColOffset; i < segment.Length; i++)
                {
                    if (char.IsWhiteSpace(segment[i]))
                    {
                        continue;
                    }

                    int right = i + 1 < segment.Length && !char.IsWhiteSpace(segment[i + 1]) ? i + 2 : i + 1;
                    return (i, right);
                }

                return null;
            case Subscript subscript:
                return (subscript.Value.EndColOffset, subscript.Slice.EndColOffset + 1);
            default:
                return null;
        }
    }
}
