using System.Text;
using Jit.Compiling;
using Jit.Lexing;
using Jit.Parsing;
using Jit.Parsing.Ast;
using Jit.Runtime;
using Jit.Runtime.Objects;

namespace Jit.Vm;

/// <summary>Formats an uncaught exception as CPython prints it: the chain of causes and contexts,
/// each with its traceback entries and source lines, then the exception line.</summary>
public static class TracebackPrinter
{
    public static string Format(VmState vm, PyBaseException error)
    {
        var text = new StringBuilder();
        Append(vm, error, text, new HashSet<PyBaseException>(ReferenceEqualityComparer.Instance));
        return text.ToString();
    }

    private static void Append(VmState vm, PyBaseException error, StringBuilder text, HashSet<PyBaseException> seen)
    {
        seen.Add(error);
        if (error.Cause.ObjectOrNull is PyBaseException cause && !seen.Contains(cause))
        {
            Append(vm, cause, text, seen);
            text.Append("\nThe above exception was the direct cause of the following exception:\n\n");
        }
        else if (error.Context.ObjectOrNull is PyBaseException context && !error.SuppressContext && !seen.Contains(context))
        {
            Append(vm, context, text, seen);
            text.Append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }

        if (error.Traceback.ObjectOrNull is PyTraceback traceback)
        {
            text.Append("Traceback (most recent call last):\n");
            (string, int, string)? last = null;
            int repeats = 0;
            int repeatsBefore = 0;
            for (PyTraceback? entry = traceback; entry is not null; entry = entry.Next)
            {
                var current = (entry.Frame.Code.FileName, entry.Line, entry.Frame.Code.Name);
                repeats = current == last ? repeats + 1 : 0;
                if (repeats == 0)
                {
                    AppendRepeats(text, repeatsBefore);
                }

                last = current;
                if (repeats < RecursiveCutoff)
                {
                    AppendEntry(vm, entry, text);
                }

                repeatsBefore = repeats;
            }

            AppendRepeats(text, repeatsBefore);
        }

        text.Append(PyErr.FormatExceptionOnly(error));
        if (text.Length > 0 && text[^1] != '\n')
        {
            text.Append('\n');
        }
    }

    // CPython prints a line repeated in a row at most three times, then counts the rest.
    private const int RecursiveCutoff = 3;

    private static void AppendRepeats(StringBuilder text, int repeats)
    {
        if (repeats >= RecursiveCutoff)
        {
            int more = repeats - RecursiveCutoff + 1;
            text.Append($"  [Previous line repeated {more} more time{(more == 1 ? "" : "s")}]\n");
        }
    }

    private static void AppendEntry(VmState vm, PyTraceback entry, StringBuilder text)
    {
        CodeObject code = entry.Frame.Code;
        int line = entry.Line;
        text.Append($"  File \"{code.FileName}\", line {line}, in {code.Name}\n");
        if (!vm.Sources.TryGetValue(code.FileName, out string? source))
        {
            return;
        }

        string sourceLine = SourceLines.GetLine(source, line).TrimEnd();
        string stripped = sourceLine.TrimStart();
        if (stripped.Length == 0)
        {
            return;
        }

        text.Append("    ").Append(stripped).Append('\n');
        if (entry.Pc < code.Positions.Length && Carets(code.Positions[entry.Pc], sourceLine) is string carets)
        {
            text.Append("    ").Append(carets).Append('\n');
        }
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
