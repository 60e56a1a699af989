using Jit.Compiling;
using Jit.Runtime;
using Jit.Runtime.Modules;
using Jit.Runtime.Objects;

namespace Jit.Vm;

/// <summary>The <c>_traceback</c> built-in module: what Lib/traceback.py needs from the VM, the
/// same code that prints uncaught exceptions (entries with source lines and PEP 657 carets).
/// Entries travel as tuples (filename, lineno, name, line, end_lineno, colno, end_colno).</summary>
internal static class TracebackModule
{
    public static PyModule Create(VmState vm) =>
        new NativeModule("_traceback")
            .Function("entries", (args, kwnames) =>
            {
                ArgParser.Unpack("entries", args, kwnames, 1, 2);
                return EntryList(TracebackPrinter.Entries(args[0].ObjectOrNull as PyTraceback, Limit(args, 1)), vm);
            })
            .Function("format_list", (args, kwnames) =>
            {
                ArgParser.Exactly("format_list", args, kwnames, 1);
                var entries = new List<TracebackPrinter.Entry>();
                Value iterator = Ops.GetIter(args[0]);
                while (Ops.TryNext(iterator, out Value item))
                {
                    entries.Add(ToEntry(item));
                }

                return StringList(TracebackPrinter.FormatEntries(vm, entries));
            })
            .Function("format_exception", (args, kwnames) =>
            {
                ArgParser.Exactly("format_exception", args, kwnames, 4);
                var error = args[0].ObjectOrNull as PyBaseException
                    ?? throw PyErr.TypeError($"expected an exception, not {Ops.TypeName(args[0])}");
                return StringList(TracebackPrinter.FormatException(vm, error, args[1].ObjectOrNull as PyTraceback, Limit(args, 2), Ops.IsTrue(args[3])));
            })
            .Function("format_exception_only", (args, kwnames) =>
            {
                ArgParser.Exactly("format_exception_only", args, kwnames, 1);
                var error = args[0].ObjectOrNull as PyBaseException
                    ?? throw PyErr.TypeError($"expected an exception, not {Ops.TypeName(args[0])}");
                string text = PyErr.FormatExceptionOnly(error);
                var lines = new List<string>();
                int start = 0;
                while (start < text.Length)
                {
                    int newline = text.IndexOf('\n', start);
                    int end = newline < 0 ? text.Length : newline + 1;
                    lines.Add(text[start..end]);
                    start = end;
                }

                return StringList(lines);
            })
            .Function("source_line", (args, kwnames) =>
            {
                ArgParser.Exactly("source_line", args, kwnames, 2);
                string? line = TracebackPrinter.SourceLine(vm, Ops.Str(args[0]), (int)args[1].Int);
                return line is null ? Value.None : PyStr.From(line);
            })
            .Module;

    private static int? Limit(ReadOnlySpan<Value> args, int index) =>
        index < args.Length && !args[index].IsNone ? (int)Ops.Index(args[index]).Int : null;

    private static PyList EntryList(List<TracebackPrinter.Entry> entries, VmState vm)
    {
        var items = new Value[entries.Count];
        for (int i = 0; i < entries.Count; i++)
        {
            TracebackPrinter.Entry e = entries[i];
            string? line = TracebackPrinter.SourceLine(vm, e.FileName, e.Line);
            items[i] = new PyTuple([
                PyStr.From(e.FileName), Value.FromInt(e.Line), PyStr.From(e.Name),
                line is null ? Value.None : PyStr.From(line),
                e.Span is SourceSpan s ? Value.FromInt(s.EndLine) : Value.None,
                e.Span is SourceSpan c ? Value.FromInt(c.Column) : Value.None,
                e.Span is SourceSpan d ? Value.FromInt(d.EndColumn) : Value.None,
            ]);
        }

        return new PyList(items);
    }

    private static TracebackPrinter.Entry ToEntry(Value item)
    {
        if (item.ObjectOrNull is not PyTuple { Count: 7 } tuple)
        {
            throw PyErr.TypeError("_traceback.format_list expects (filename, lineno, name, line, end_lineno, colno, end_colno) tuples");
        }

        int line = tuple[1].IsNone ? 0 : (int)Ops.Index(tuple[1]).Int;
        SourceSpan? span = tuple[4].IsNone || tuple[5].IsNone || tuple[6].IsNone
            ? null
            : new SourceSpan(line, (int)Ops.Index(tuple[5]).Int, (int)Ops.Index(tuple[4]).Int, (int)Ops.Index(tuple[6]).Int);
        string? text = tuple[3].ObjectOrNull is PyStr source ? source.Text : null;
        return new TracebackPrinter.Entry(Ops.Str(tuple[0]), line, Ops.Str(tuple[2]), span, text);
    }

    private static PyList StringList(List<string> pieces) =>
        new(pieces.Select(p => (Value)PyStr.From(p)).ToArray());
}
