using System.Text;
using Jit.Lexing;
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
            for (PyTraceback? entry = traceback; entry is not null; entry = entry.Next)
            {
                AppendEntry(vm, entry, text);
            }
        }

        text.Append(PyErr.FormatExceptionOnly(error));
        if (text.Length > 0 && text[^1] != '\n')
        {
            text.Append('\n');
        }
    }

    private static void AppendEntry(VmState vm, PyTraceback entry, StringBuilder text)
    {
        var code = entry.Frame.Code;
        int line = entry.Line;
        text.Append($"  File \"{code.FileName}\", line {line}, in {code.Name}\n");
        if (vm.Sources.TryGetValue(code.FileName, out string? source))
        {
            string sourceLine = SourceLines.GetLine(source, line).Trim();
            if (sourceLine.Length > 0)
            {
                text.Append("    ").Append(sourceLine).Append('\n');
            }
        }
    }
}
