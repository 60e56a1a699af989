using System.Text.RegularExpressions;
using Jit.Runtime.Objects;

namespace Jit.Runtime.Modules;

/// <summary><c>re.Pattern</c>: a compiled expression, with the anchored variants that match()
/// and fullmatch() need.</summary>
[PyClass("re.Pattern")]
internal sealed class PyPattern : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("Pattern", TypeFlags.Builtin | TypeFlags.Layout, module: "re");

    private readonly Dictionary<string, int> _names;
    private Regex? _anchored;
    private Regex? _full;

    public PyPattern(string pattern, int flags)
        : base(TypeObject)
    {
        Source = pattern;
        Flags = flags;
        ReSyntax.Check(pattern, flags);
        Translated = ReModule.Translate(pattern, (flags & ReModule.Ascii) != 0, out _names, out int groups);
        Groups = groups;
        Options = RegexOptions.CultureInvariant
            | ((flags & ReModule.IgnoreCase) != 0 ? RegexOptions.IgnoreCase : 0)
            | ((flags & ReModule.Multiline) != 0 ? RegexOptions.Multiline : 0)
            | ((flags & ReModule.DotAll) != 0 ? RegexOptions.Singleline : 0)
            | ((flags & ReModule.Verbose) != 0 ? RegexOptions.IgnorePatternWhitespace : 0);
        try
        {
            Regex = new Regex(Translated, Options);
        }
        catch (ArgumentException error)
        {
            // What the syntax check let through and .NET still refuses: .NET's words, no position.
            PyException e = PyErr.New(ReModule.Error, error.Message);
            e.Error.SetField("msg", PyStr.From(error.Message));
            e.Error.SetField("pattern", PyStr.From(pattern));
            e.Error.SetField("pos", Value.None);
            e.Error.SetField("lineno", Value.None);
            e.Error.SetField("colno", Value.None);
            throw e;
        }
    }

    public string Source { get; }

    public int Flags { get; }

    public string Translated { get; }

    public RegexOptions Options { get; }

    public Regex Regex { get; }

    public int Groups { get; }

    public IReadOnlyDictionary<string, int> Names => _names;

    public Regex Anchored => _anchored ??= new Regex($"\\G(?:{Translated})", Options);

    public Regex Full => _full ??= new Regex($"\\G(?:{Translated})\\z", Options);

    public int GroupIndex(string name) => _names.TryGetValue(name, out int index) ? index : throw PyErr.IndexError("no such group");

    private static string Text(Value value) => value.ObjectOrNull is PyStr s ? s.Text
        : throw PyErr.TypeError($"expected string or bytes-like object, got '{Ops.TypeName(value)}'");

    private static (PyPattern, string, int, int) Arguments(ReadOnlySpan<Value> args)
    {
        var pattern = (PyPattern)args[0].Object;
        string text = Text(args[1]);
        int pos = args.Length > 2 ? (int)Math.Clamp(Ops.AsSsize(args[2]), 0, text.Length) : 0;
        int endpos = args.Length > 3 ? (int)Math.Clamp(Ops.AsSsize(args[3]), pos, text.Length) : text.Length;
        return (pattern, text, pos, endpos);
    }

    private static Value Result(PyPattern pattern, string text, Match match, int pos, int endpos) =>
        match.Success ? new PyMatch(pattern, text, match, pos, endpos) : Value.None;

    [PyMethod("search")]
    private static Value Search(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        var (pattern, text, pos, endpos) = Arguments(args);
        return Result(pattern, text, pattern.Regex.Match(text[..endpos], pos), pos, endpos);
    }

    [PyMethod("match")]
    private static Value MatchMethod(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        var (pattern, text, pos, endpos) = Arguments(args);
        return Result(pattern, text, pattern.Anchored.Match(text[..endpos], pos), pos, endpos);
    }

    [PyMethod("fullmatch")]
    private static Value FullMatch(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        var (pattern, text, pos, endpos) = Arguments(args);
        return Result(pattern, text, pattern.Full.Match(text[..endpos], pos), pos, endpos);
    }

    [PyMethod("finditer")]
    private static Value FindIter(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        var (pattern, text, pos, endpos) = Arguments(args);
        var matches = new List<Value>();
        foreach (Match match in pattern.Regex.Matches(text[..endpos], pos))
        {
            matches.Add(new PyMatch(pattern, text, match, pos, endpos));
        }

        return Ops.GetIter(new PyList([.. matches]));
    }

    [PyMethod("findall")]
    private static Value FindAll(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        var (pattern, text, pos, endpos) = Arguments(args);
        var results = new List<Value>();
        foreach (Match match in pattern.Regex.Matches(text[..endpos], pos))
        {
            var m = new PyMatch(pattern, text, match, pos, endpos);
            if (pattern.Groups == 0)
            {
                results.Add(PyStr.From(match.Value));
            }
            else if (pattern.Groups == 1)
            {
                results.Add(PyStr.From(m.GroupText(1) ?? string.Empty));
            }
            else
            {
                var groups = new Value[pattern.Groups];
                for (int i = 0; i < groups.Length; i++)
                {
                    groups[i] = PyStr.From(m.GroupText(i + 1) ?? string.Empty);
                }

                results.Add(new PyTuple(groups));
            }
        }

        return new PyList([.. results]);
    }

    [PyMethod("sub")]
    private static Value Sub(ReadOnlySpan<Value> args, string[]? kwnames) => Substitute(args, kwnames, withCount: false);

    [PyMethod("subn")]
    private static Value SubN(ReadOnlySpan<Value> args, string[]? kwnames) => Substitute(args, kwnames, withCount: true);

    private static Value Substitute(ReadOnlySpan<Value> args, string[]? kwnames, bool withCount)
    {
        var pattern = (PyPattern)args[0].Object;
        Value replacement = args[1];
        string text = Text(args[2]);
        int positional = args.Length - (kwnames?.Length ?? 0);
        long count = positional > 3 ? Ops.AsSsize(args[3]) : 0;
        for (int i = 0; i < (kwnames?.Length ?? 0); i++)
        {
            if (kwnames![i] == "count")
            {
                count = Ops.AsSsize(args[positional + i]);
            }
        }

        var template = replacement.ObjectOrNull is PyStr text2 ? ReSyntax.ParseTemplate(pattern, text2.Text) : null;
        var result = new System.Text.StringBuilder();
        int last = 0;
        int done = 0;
        foreach (Match match in pattern.Regex.Matches(text))
        {
            if (count > 0 && done >= count)
            {
                break;
            }

            result.Append(text, last, match.Index - last);
            var m = new PyMatch(pattern, text, match, 0, text.Length);
            if (template is not null)
            {
                ReModule.Expand(m, template, result);
            }
            else
            {
                Value value = Ops.Call(replacement, m);
                result.Append(value.ObjectOrNull is PyStr s ? s.Text : throw PyErr.TypeError($"expected str instance, {Ops.TypeName(value)} found"));
            }

            last = match.Index + match.Length;
            done++;
        }

        result.Append(text, last, text.Length - last);
        Value replaced = PyStr.From(result.ToString());
        return withCount ? PyTuple.Create(replaced, Value.FromInt(done)) : replaced;
    }

    [PyMethod("split")]
    private static Value Split(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        var pattern = (PyPattern)args[0].Object;
        string text = Text(args[1]);
        int positional = args.Length - (kwnames?.Length ?? 0);
        long maxsplit = positional > 2 ? Ops.AsSsize(args[2]) : 0;
        for (int i = 0; i < (kwnames?.Length ?? 0); i++)
        {
            if (kwnames![i] == "maxsplit")
            {
                maxsplit = Ops.AsSsize(args[positional + i]);
            }
        }

        var parts = new List<Value>();
        int last = 0;
        int splits = 0;
        foreach (Match match in pattern.Regex.Matches(text))
        {
            if (maxsplit > 0 && splits >= maxsplit)
            {
                break;
            }

            parts.Add(PyStr.From(text[last..match.Index]));
            var m = new PyMatch(pattern, text, match, 0, text.Length);
            for (int g = 1; g <= pattern.Groups; g++)
            {
                parts.Add(m.GroupText(g) is string group ? PyStr.From(group) : Value.None);
            }

            last = match.Index + match.Length;
            splits++;
        }

        parts.Add(PyStr.From(text[last..]));
        return new PyList([.. parts]);
    }

    [PyGetter("pattern")]
    private static Value PatternText(Value self) => PyStr.From(((PyPattern)self.Object).Source);

    [PyGetter("flags")]
    private static Value FlagsValue(Value self) => Value.FromInt(((PyPattern)self.Object).Flags | 32);

    [PyGetter("groups")]
    private static Value GroupCount(Value self) => Value.FromInt(((PyPattern)self.Object).Groups);

    [PyGetter("groupindex")]
    private static Value GroupIndexValue(Value self)
    {
        var dict = new PyDict();
        foreach ((string name, int index) in ((PyPattern)self.Object).Names)
        {
            dict.Set(name, Value.FromInt(index));
        }

        return dict;
    }

    [PyMethod("__repr__")]
    private static Value Repr(ReadOnlySpan<Value> args, string[]? kwnames) => PyStr.From(args[0].Object.ToString()!);

    public override string ToString() => Flags == 0 ? $"re.compile({Ops.Repr(PyStr.From(Source))})" : $"re.compile({Ops.Repr(PyStr.From(Source))}, re.{FlagNames()})";

    private string FlagNames() => string.Join("|re.", new[] { (ReModule.IgnoreCase, "IGNORECASE"), (ReModule.Multiline, "MULTILINE"), (ReModule.DotAll, "DOTALL"), (ReModule.Verbose, "VERBOSE"), (ReModule.Ascii, "ASCII") }
        .Where(f => (Flags & f.Item1) != 0).Select(f => f.Item2));
}

/// <summary><c>re.Match</c>: one match, its groups by number or name.</summary>
[PyClass("re.Match")]
internal sealed class PyMatch : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("Match", TypeFlags.Builtin | TypeFlags.Layout, module: "re");

    private readonly Match _match;

    public PyMatch(PyPattern pattern, string text, Match match, int pos, int endpos)
        : base(TypeObject)
    {
        Pattern = pattern;
        Text = text;
        _match = match;
        Pos = pos;
        EndPos = endpos;
    }

    public PyPattern Pattern { get; }

    public string Text { get; }

    public int Pos { get; }

    public int EndPos { get; }

    public string? GroupText(int index)
    {
        if (index < 0 || index > Pattern.Groups)
        {
            throw PyErr.IndexError("no such group");
        }

        Group group = _match.Groups[index];
        return group.Success ? group.Value : null;
    }

    private int Index(Value key) => key.ObjectOrNull is PyStr name ? Pattern.GroupIndex(name.Text) : (int)Ops.AsSsize(key);

    private Value Group(Value key) => GroupText(Index(key)) is string text ? PyStr.From(text) : Value.None;

    private (int Start, int End) Span(int index)
    {
        GroupText(index);
        Group group = _match.Groups[index];
        return group.Success ? (group.Index, group.Index + group.Length) : (-1, -1);
    }

    private static PyMatch Self(ReadOnlySpan<Value> args) => (PyMatch)args[0].Object;

    [PyMethod("group")]
    private static Value GroupMethod(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        PyMatch self = Self(args);
        if (args.Length <= 2)
        {
            return self.Group(args.Length == 1 ? Value.FromInt(0) : args[1]);
        }

        var values = new Value[args.Length - 1];
        for (int i = 1; i < args.Length; i++)
        {
            values[i - 1] = self.Group(args[i]);
        }

        return new PyTuple(values);
    }

    [PyMethod("__getitem__")]
    private static Value GetItem(ReadOnlySpan<Value> args, string[]? kwnames) => Self(args).Group(args[1]);

    [PyMethod("groups")]
    private static Value GroupsMethod(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        PyMatch self = Self(args);
        Value fallback = args.Length > 1 ? args[1] : Value.None;
        var values = new Value[self.Pattern.Groups];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = self.GroupText(i + 1) is string text ? PyStr.From(text) : fallback;
        }

        return new PyTuple(values);
    }

    [PyMethod("groupdict")]
    private static Value GroupDict(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        PyMatch self = Self(args);
        Value fallback = args.Length > 1 ? args[1] : Value.None;
        var dict = new PyDict();
        foreach ((string name, int index) in self.Pattern.Names.OrderBy(pair => pair.Value))
        {
            dict.Set(name, self.GroupText(index) is string text ? PyStr.From(text) : fallback);
        }

        return dict;
    }

    [PyMethod("start")]
    private static Value Start(ReadOnlySpan<Value> args, string[]? kwnames) => Value.FromInt(Self(args).Span(args.Length > 1 ? Self(args).Index(args[1]) : 0).Start);

    [PyMethod("end")]
    private static Value End(ReadOnlySpan<Value> args, string[]? kwnames) => Value.FromInt(Self(args).Span(args.Length > 1 ? Self(args).Index(args[1]) : 0).End);

    [PyMethod("span")]
    private static Value SpanMethod(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        (int start, int end) = Self(args).Span(args.Length > 1 ? Self(args).Index(args[1]) : 0);
        return PyTuple.Create(Value.FromInt(start), Value.FromInt(end));
    }

    [PyMethod("expand")]
    private static Value ExpandMethod(ReadOnlySpan<Value> args, string[]? kwnames) => PyStr.From(ReModule.Expand(Self(args), ((PyStr)args[1].Object).Text));

    [PyGetter("string")]
    private static Value StringValue(Value self) => PyStr.From(((PyMatch)self.Object).Text);

    [PyGetter("re")]
    private static Value Re(Value self) => ((PyMatch)self.Object).Pattern;

    [PyGetter("pos")]
    private static Value PosValue(Value self) => Value.FromInt(((PyMatch)self.Object).Pos);

    [PyGetter("endpos")]
    private static Value EndPosValue(Value self) => Value.FromInt(((PyMatch)self.Object).EndPos);

    [PyGetter("lastindex")]
    private static Value LastIndex(Value self)
    {
        var match = (PyMatch)self.Object;
        int best = -1;
        int bestEnd = -1;
        for (int i = 1; i <= match.Pattern.Groups; i++)
        {
            Group group = match._match.Groups[i];
            if (group.Success && group.Index + group.Length >= bestEnd)
            {
                best = i;
                bestEnd = group.Index + group.Length;
            }
        }

        return best < 0 ? Value.None : Value.FromInt(best);
    }

    [PyGetter("lastgroup")]
    private static Value LastGroup(Value self)
    {
        var match = (PyMatch)self.Object;
        Value last = LastIndex(self);
        return last.IsNone ? Value.None : match.Pattern.Names.FirstOrDefault(pair => pair.Value == last.Int).Key is string name ? PyStr.From(name) : Value.None;
    }

    [PyMethod("__repr__")]
    private static Value Repr(ReadOnlySpan<Value> args, string[]? kwnames) => PyStr.From(args[0].Object.ToString()!);

    public override string ToString() => $"<re.Match object; span=({_match.Index}, {_match.Index + _match.Length}), match={Ops.Repr(PyStr.From(_match.Value))}>";
}
