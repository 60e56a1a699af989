using System.Text;
using Jit.Runtime.Text;

namespace Jit.Runtime.Objects;

/// <summary>str searching and splitting: find/index/count/startswith with their optional
/// <c>start, end</c> (code point indices, adjusted like slice bounds), replace, strip,
/// split/rsplit/splitlines and partition.</summary>
public sealed partial class PyStr
{
    private static readonly ArgSpec s_split = new("split", ["sep", "maxsplit"]);
    private static readonly ArgSpec s_rsplit = new("rsplit", ["sep", "maxsplit"]);
    private static readonly ArgSpec s_splitLines = new("splitlines", ["keepends"]);

    [PyMethod("find")]
    private static Value Find(ReadOnlySpan<Value> args, string[]? kwnames) =>
        Value.FromInt(FindIn(args, kwnames, "find", reverse: false));

    [PyMethod("rfind")]
    private static Value RFind(ReadOnlySpan<Value> args, string[]? kwnames) =>
        Value.FromInt(FindIn(args, kwnames, "rfind", reverse: true));

    [PyMethod("index")]
    private static Value Index(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        int found = FindIn(args, kwnames, "index", reverse: false);
        return found >= 0 ? Value.FromInt(found) : throw PyErr.ValueError("substring not found");
    }

    [PyMethod("rindex")]
    private static Value RIndex(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        int found = FindIn(args, kwnames, "rindex", reverse: true);
        return found >= 0 ? Value.FromInt(found) : throw PyErr.ValueError("substring not found");
    }

    [PyMethod("count")]
    private static Value Count(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        PyStr self = Self(args);
        string sub = SearchArguments(args, kwnames, "count", out int start, out int end).Text;
        if (end - start < PyStr.CountCodePoints(sub))
        {
            return Value.FromInt(0);
        }

        if (sub.Length == 0)
        {
            return Value.FromInt(end - start + 1);
        }

        (int unitStart, int unitEnd) = (self.UnitIndex(start), self.UnitIndex(end));
        int count = 0;
        int at = unitStart;
        while (true)
        {
            int found = self.Text.IndexOf(sub, at, unitEnd - at, StringComparison.Ordinal);
            if (found < 0)
            {
                return Value.FromInt(count);
            }

            count++;
            at = found + sub.Length;
        }
    }

    [PyMethod("startswith")]
    private static Value StartsWith(ReadOnlySpan<Value> args, string[]? kwnames) => TailMatch(args, kwnames, "startswith", atEnd: false);

    [PyMethod("endswith")]
    private static Value EndsWith(ReadOnlySpan<Value> args, string[]? kwnames) => TailMatch(args, kwnames, "endswith", atEnd: true);

    [PyMethod("replace")]
    private static Value Replace(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoKeywords("str.replace", kwnames);
        int given = ArgParser.Unpack("replace", args, kwnames, 2, 3, self: true);
        PyStr self = Self(args);
        string old = StrArgument(args[1], "replace() argument 1");
        string replacement = StrArgument(args[2], "replace() argument 2");
        long count = given == 3 ? Ops.AsSsize(args[3]) : -1;
        if (count < 0)
        {
            count = long.MaxValue;
        }

        string text = self.Text;
        if (count == 0 || (old.Length == 0 && replacement.Length == 0))
        {
            return ReferenceEquals(self.Type, PyType.Str) ? self : From(text);
        }

        if (old.Length == 0)
        {
            // Insert before every code point (and at the end), up to count times.
            var sb = new StringBuilder(text.Length + replacement.Length * (text.Length + 1));
            long done = 0;
            int i = 0;
            for (; i < text.Length && done < count; done++)
            {
                sb.Append(replacement);
                int units = CodePointUnits(text, i);
                sb.Append(text, i, units);
                i += units;
            }

            if (done < count)
            {
                sb.Append(replacement);
            }

            sb.Append(text, i, text.Length - i);
            return From(sb.ToString());
        }

        if (count == long.MaxValue)
        {
            return From(text.Replace(old, replacement, StringComparison.Ordinal));
        }

        var result = new StringBuilder(text.Length);
        int at = 0;
        for (long n = 0; n < count; n++)
        {
            int found = text.IndexOf(old, at, StringComparison.Ordinal);
            if (found < 0)
            {
                break;
            }

            result.Append(text, at, found - at).Append(replacement);
            at = found + old.Length;
        }

        result.Append(text, at, text.Length - at);
        return From(result.ToString());
    }

    [PyMethod("strip")]
    private static Value Strip(ReadOnlySpan<Value> args, string[]? kwnames) => StripSides(args, kwnames, "strip", left: true, right: true);

    [PyMethod("lstrip")]
    private static Value LStrip(ReadOnlySpan<Value> args, string[]? kwnames) => StripSides(args, kwnames, "lstrip", left: true, right: false);

    [PyMethod("rstrip")]
    private static Value RStrip(ReadOnlySpan<Value> args, string[]? kwnames) => StripSides(args, kwnames, "rstrip", left: false, right: true);

    [PyMethod("split")]
    private static Value Split(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        string? sep = SplitArguments(args, kwnames, s_split, out long maxSplit);
        string text = Self(args).Text;
        var parts = new PyList();
        if (sep is null)
        {
            int i = 0;
            while (maxSplit-- > 0)
            {
                while (i < text.Length && UnicodeText.IsSpace(text[i]))
                {
                    i++;
                }

                if (i == text.Length)
                {
                    break;
                }

                int j = i++;
                while (i < text.Length && !UnicodeText.IsSpace(text[i]))
                {
                    i++;
                }

                parts.Append(From(text[j..i]));
            }

            while (i < text.Length && UnicodeText.IsSpace(text[i]))
            {
                i++;
            }

            if (i < text.Length)
            {
                parts.Append(From(text[i..]));
            }

            return parts;
        }

        int at = 0;
        while (maxSplit-- > 0)
        {
            int found = text.IndexOf(sep, at, StringComparison.Ordinal);
            if (found < 0)
            {
                break;
            }

            parts.Append(From(text[at..found]));
            at = found + sep.Length;
        }

        parts.Append(From(text[at..]));
        return parts;
    }

    [PyMethod("rsplit")]
    private static Value RSplit(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        string? sep = SplitArguments(args, kwnames, s_rsplit, out long maxSplit);
        string text = Self(args).Text;
        var parts = new List<Value>();
        if (sep is null)
        {
            int i = text.Length - 1;
            while (maxSplit-- > 0)
            {
                while (i >= 0 && UnicodeText.IsSpace(text[i]))
                {
                    i--;
                }

                if (i < 0)
                {
                    break;
                }

                int j = i--;
                while (i >= 0 && !UnicodeText.IsSpace(text[i]))
                {
                    i--;
                }

                parts.Add(From(text[(i + 1)..(j + 1)]));
            }

            while (i >= 0 && UnicodeText.IsSpace(text[i]))
            {
                i--;
            }

            if (i >= 0)
            {
                parts.Add(From(text[..(i + 1)]));
            }
        }
        else
        {
            int end = text.Length;
            while (maxSplit-- > 0)
            {
                int found = end >= sep.Length ? text.LastIndexOf(sep, end - 1, end, StringComparison.Ordinal) : -1;
                if (found < 0)
                {
                    break;
                }

                parts.Add(From(text[(found + sep.Length)..end]));
                end = found;
            }

            parts.Add(From(text[..end]));
        }

        parts.Reverse();
        return new PyList([.. parts]);
    }

    [PyMethod("splitlines")]
    private static Value SplitLines(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        var bound = default(ArgBuffer);
        s_splitLines.Bind(args[1..], kwnames, bound);
        bool keepEnds = !bound[0].IsUnbound && Ops.AsSsize(bound[0]) != 0;
        string text = Self(args).Text;
        var lines = new PyList();
        int i = 0;
        while (i < text.Length)
        {
            int start = i;
            while (i < text.Length && !UnicodeText.IsLineBreak(text[i]))
            {
                i++;
            }

            int end = i;
            if (i < text.Length)
            {
                i += text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                if (keepEnds)
                {
                    end = i;
                }
            }

            lines.Append(From(text[start..end]));
        }

        return lines;
    }

    [PyMethod("partition")]
    private static Value Partition(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("str.partition", args, kwnames, 1, self: true);
        PyStr self = Self(args);
        string sep = PartitionSeparator(args[1]);
        int found = self.Text.IndexOf(sep, StringComparison.Ordinal);
        return found < 0
            ? PyTuple.Create(self, Empty, Empty)
            : PyTuple.Create(From(self.Text[..found]), args[1], From(self.Text[(found + sep.Length)..]));
    }

    [PyMethod("rpartition")]
    private static Value RPartition(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("str.rpartition", args, kwnames, 1, self: true);
        PyStr self = Self(args);
        string sep = PartitionSeparator(args[1]);
        int found = self.Text.LastIndexOf(sep, StringComparison.Ordinal);
        return found < 0
            ? PyTuple.Create(Empty, Empty, self)
            : PyTuple.Create(From(self.Text[..found]), args[1], From(self.Text[(found + sep.Length)..]));
    }

    private static string PartitionSeparator(Value sep)
    {
        string text = sep.ObjectOrNull is PyStr s ? s.Text : throw PyErr.TypeError($"must be str, not {Ops.TypeName(sep)}");
        return text.Length == 0 ? throw PyErr.ValueError("empty separator") : text;
    }

    private static string? SplitArguments(ReadOnlySpan<Value> args, string[]? kwnames, ArgSpec spec, out long maxSplit)
    {
        var bound = default(ArgBuffer);
        spec.Bind(args[1..], kwnames, bound);
        maxSplit = bound[1].IsUnbound ? -1 : Ops.AsSsize(bound[1]);
        if (maxSplit < 0)
        {
            maxSplit = long.MaxValue;
        }

        if (bound[0].IsUnbound || bound[0].IsNone)
        {
            return null;
        }

        if (bound[0].ObjectOrNull is not PyStr sep)
        {
            throw PyErr.TypeError($"must be str or None, not {Ops.TypeName(bound[0])}");
        }

        return sep.Text.Length == 0 ? throw PyErr.ValueError("empty separator") : sep.Text;
    }

    private static Value StripSides(ReadOnlySpan<Value> args, string[]? kwnames, string name, bool left, bool right)
    {
        ArgParser.NoKeywords("str." + name, kwnames);
        int given = ArgParser.Unpack(name, args, kwnames, 0, 1, self: true);
        PyStr self = Self(args);
        string text = self.Text;
        Value chars = given == 1 ? args[1] : Value.None;
        Func<int, bool> strip;
        if (chars.IsNone)
        {
            strip = UnicodeText.IsSpace;
        }
        else if (chars.ObjectOrNull is PyStr set)
        {
            string members = set.Text;
            strip = set.IsBmp ? c => c < 0x10000 && members.Contains((char)c) : c => members.Contains(CodePoints.ToText(c), StringComparison.Ordinal);
        }
        else
        {
            throw PyErr.TypeError($"{name} arg must be None or str");
        }

        int start = 0;
        int end = text.Length;
        if (left)
        {
            while (start < end && strip(CodePoints.At(text, start)))
            {
                start += CodePointUnits(text, start);
            }
        }

        if (right)
        {
            while (end > start)
            {
                int units = end - 2 >= start && char.IsSurrogatePair(text[end - 2], text[end - 1]) ? 2 : 1;
                if (!strip(CodePoints.At(text, end - units)))
                {
                    break;
                }

                end -= units;
            }
        }

        return start == 0 && end == text.Length && ReferenceEquals(self.Type, PyType.Str) ? self : From(text[start..end]);
    }

    /// <summary>find/rfind/index/rindex: the code point index of the first (last) occurrence in
    /// <c>[start, end)</c>, or -1.</summary>
    private static int FindIn(ReadOnlySpan<Value> args, string[]? kwnames, string name, bool reverse)
    {
        PyStr self = Self(args);
        PyStr sub = SearchArguments(args, kwnames, name, out int start, out int end);
        if (end - start < sub.Length)
        {
            return -1;
        }

        if (sub.Text.Length == 0)
        {
            return reverse ? end : start;
        }

        int unitStart = self.UnitIndex(start);
        int unitEnd = self.UnitIndex(end);
        int found = reverse
            ? self.Text.LastIndexOf(sub.Text, unitEnd - 1, unitEnd - unitStart, StringComparison.Ordinal)
            : self.Text.IndexOf(sub.Text, unitStart, unitEnd - unitStart, StringComparison.Ordinal);
        return found < 0 || self.IsBmp ? found : CountCodePoints(self.Text[..found]);
    }

    /// <summary>Unpacks <c>(sub[, start[, end]])</c> and adjusts the bounds as CPython's
    /// ADJUST_INDICES (negative from the end, end clamped, start may stay past the end).</summary>
    private static PyStr SearchArguments(ReadOnlySpan<Value> args, string[]? kwnames, string name, out int start, out int end)
    {
        PyStr self = Self(args);
        Value sub = RangeArguments(args, kwnames, name, self.Length, out start, out end);
        return sub.ObjectOrNull as PyStr ?? throw PyErr.TypeError($"must be str, not {Ops.TypeName(sub)}");
    }

    /// <summary>The first argument, with start and end adjusted to <paramref name="length"/>.</summary>
    internal static Value RangeArguments(ReadOnlySpan<Value> args, string[]? kwnames, string name, int length, out int start, out int end)
    {
        ArgParser.NoKeywords(name, kwnames);
        int given = args.Length - 1;
        if (given < 1)
        {
            throw PyErr.TypeError($"{name}() takes at least 1 argument (0 given)");
        }

        if (given > 3)
        {
            throw PyErr.TypeError($"{name}() takes at most 3 arguments ({given} given)");
        }

        long first = given >= 2 && !args[2].IsNone ? Ops.ClampIndex(args[2]) : 0;
        long last = given >= 3 && !args[3].IsNone ? Ops.ClampIndex(args[3]) : long.MaxValue;
        if (last > length)
        {
            last = length;
        }
        else if (last < 0)
        {
            last = Math.Max(last + length, 0);
        }

        if (first < 0)
        {
            first = Math.Max(first + length, 0);
        }

        start = (int)Math.Min(first, (long)length + 1);
        end = (int)last;
        return args[1];
    }

    private static Value TailMatch(ReadOnlySpan<Value> args, string[]? kwnames, string name, bool atEnd)
    {
        PyStr self = Self(args);
        Value prefixes = RangeArguments(args, kwnames, name, self.Length, out int start, out int end);
        if (prefixes.ObjectOrNull is PyTuple tuple)
        {
            foreach (Value item in tuple.Items)
            {
                if (item.ObjectOrNull is not PyStr candidate)
                {
                    throw PyErr.TypeError($"tuple for {name} must only contain str, not {Ops.TypeName(item)}");
                }

                if (self.Matches(candidate, start, end, atEnd))
                {
                    return Value.True;
                }
            }

            return Value.False;
        }

        if (prefixes.ObjectOrNull is not PyStr single)
        {
            throw PyErr.TypeError($"{name} first arg must be str or a tuple of str, not {Ops.TypeName(prefixes)}");
        }

        return Value.FromBool(self.Matches(single, start, end, atEnd));
    }

    /// <summary>Whether <paramref name="part"/> starts (ends) the code point range [start, end).</summary>
    private bool Matches(PyStr part, int start, int end, bool atEnd)
    {
        if (end - part.Length < start)
        {
            return false;
        }

        if (part.Text.Length == 0)
        {
            return true;
        }

        int at = atEnd ? UnitIndex(end) - part.Text.Length : UnitIndex(start);
        return at >= 0 && string.CompareOrdinal(Text, at, part.Text, 0, part.Text.Length) == 0;
    }

    private static int CodePointUnits(string text, int index) => CodePoints.UnitsAt(text, index);
}
