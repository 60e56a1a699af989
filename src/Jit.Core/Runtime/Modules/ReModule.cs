using System.Text;
using System.Text.RegularExpressions;
using Jit.Runtime.Objects;

namespace Jit.Runtime.Modules;

/// <summary>The <c>re</c> module over .NET regular expressions. Python's syntax is translated
/// where .NET differs: named groups become numbered ones in order of appearance (Python numbers
/// every group left to right; .NET numbers named groups last), <c>(?P=name)</c> becomes a numbered
/// back-reference, <c>\Z</c> becomes <c>\z</c>, <c>{,n}</c> becomes <c>{0,n}</c>.</summary>
internal static class ReModule
{
    public const int IgnoreCase = 2;
    public const int Multiline = 8;
    public const int DotAll = 16;
    public const int Verbose = 64;
    public const int Ascii = 256;

    public static readonly PyType Error = PyType.Builtin("error", TypeFlags.BaseType, PyExc.Exception, "re");

    private static readonly Dictionary<(string, int), PyPattern> s_cache = [];

    public static PyModule Create()
    {
        var m = new NativeModule("re");
        foreach ((string name, int value) in new[] { ("I", IgnoreCase), ("IGNORECASE", IgnoreCase), ("M", Multiline), ("MULTILINE", Multiline), ("S", DotAll), ("DOTALL", DotAll), ("X", Verbose), ("VERBOSE", Verbose), ("A", Ascii), ("ASCII", Ascii), ("U", 32), ("UNICODE", 32) })
        {
            m.Constant(name, Value.FromInt(value));
        }

        m.Constant("error", Error).Constant("Pattern", PyPattern.TypeObject).Constant("Match", PyMatch.TypeObject)
            .Function("compile", (args, kwnames) => Compile(args[0], args.Length > 1 ? (int)args[1].Int : 0))
            .Function("escape", Escape)
            .Function("purge", (args, kwnames) =>
            {
                s_cache.Clear();
                return Value.None;
            });
        foreach (string method in (string[])["match", "search", "fullmatch", "findall", "finditer", "sub", "subn", "split"])
        {
            string name = method;
            m.Function(name, (args, kwnames) =>
            {
                // re.sub(pattern, repl, string, count=0, flags=0) and friends: the pattern first, flags last.
                int positional = args.Length - (kwnames?.Length ?? 0);
                int flags = 0;
                var rest = new List<Value>();
                var restNames = new List<string>();
                for (int i = 1; i < positional; i++)
                {
                    rest.Add(args[i]);
                }

                for (int i = 0; i < (kwnames?.Length ?? 0); i++)
                {
                    if (kwnames![i] == "flags")
                    {
                        flags = (int)args[positional + i].Int;
                    }
                    else
                    {
                        rest.Add(args[positional + i]);
                        restNames.Add(kwnames[i]);
                    }
                }

                int flagIndex = name is "sub" or "subn" ? 4 : name == "split" ? 3 : 2;
                if (positional > flagIndex)
                {
                    flags = (int)args[flagIndex].Int;
                    rest.RemoveAt(flagIndex - 1);
                }

                PyPattern pattern = Compile(args[0], flags);
                return restNames.Count == 0
                    ? Ops.CallMethod(pattern, name, [.. rest])
                    : Ops.Call(Ops.GetAttr(pattern, name), [.. rest], [.. restNames]);
            });
        }

        return m.Module;
    }

    public static PyPattern Compile(Value pattern, int flags)
    {
        if (pattern.ObjectOrNull is PyPattern compiled)
        {
            return flags == 0 ? compiled : throw PyErr.ValueError("cannot process flags argument with a compiled pattern");
        }

        string text = pattern.ObjectOrNull is PyStr s ? s.Text : throw PyErr.TypeError($"first argument must be string or compiled pattern");
        if (s_cache.TryGetValue((text, flags), out PyPattern? cached))
        {
            return cached;
        }

        var result = new PyPattern(text, flags);
        if (s_cache.Count > 512)
        {
            s_cache.Clear();
        }

        s_cache[(text, flags)] = result;
        return result;
    }

    private static Value Escape(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        string text = ((PyStr)args[0].Object).Text;
        var result = new StringBuilder();
        foreach (char c in text)
        {
            // CPython escapes exactly the characters special in a pattern (re._special_chars_map).
            if ("()[]{}?*+-|^$\\.&~# \t\n\r\v\f".Contains(c))
            {
                result.Append('\\');
            }

            result.Append(c);
        }

        return PyStr.From(result.ToString());
    }

    // re.ASCII: the classes and word boundaries .NET would give Unicode meaning, spelled out.
    private const string AsciiWord = "a-zA-Z0-9_";
    private const string AsciiSpace = " \\t\\n\\r\\f\\v";

    private static string? AsciiEscape(char c, bool inClass) => (c, inClass) switch
    {
        ('w', false) => $"[{AsciiWord}]",
        ('W', false) => $"[^{AsciiWord}]",
        ('d', false) => "[0-9]",
        ('D', false) => "[^0-9]",
        ('s', false) => $"[{AsciiSpace}]",
        ('S', false) => $"[^{AsciiSpace}]",
        ('b', false) => $"(?:(?<=[{AsciiWord}])(?![{AsciiWord}])|(?<![{AsciiWord}])(?=[{AsciiWord}]))",
        ('B', false) => $"(?:(?<=[{AsciiWord}])(?=[{AsciiWord}])|(?<![{AsciiWord}])(?![{AsciiWord}]))",
        ('w', true) => AsciiWord,
        ('d', true) => "0-9",
        ('s', true) => AsciiSpace,
        _ => null,
    };

    /// <summary>Whether a quantifier (*, +, ?, {m}, {m,}, {,n}, {m,n}) starts at <paramref name="i"/>;
    /// <paramref name="end"/> is just past it. "{,n}" is written "{0,n}" for .NET.</summary>
    private static bool IsQuantifier(string pattern, int i, out int end)
    {
        end = i + 1;
        char c = pattern[i];
        if (c is '*' or '+' or '?')
        {
            return true;
        }

        if (c != '{')
        {
            return false;
        }

        int j = i + 1;
        while (j < pattern.Length && char.IsAsciiDigit(pattern[j]))
        {
            j++;
        }

        if (j < pattern.Length && pattern[j] == ',')
        {
            j++;
            while (j < pattern.Length && char.IsAsciiDigit(pattern[j]))
            {
                j++;
            }
        }

        if (j >= pattern.Length || pattern[j] != '}' || j == i + 1)
        {
            return false;
        }

        end = j + 1;
        return true;
    }

    /// <summary>Python pattern syntax to .NET's; returns the group names by number. Inline flags
    /// lose the letters .NET lacks ('a' turns on <paramref name="ascii"/>, 'u' is the default).</summary>
    public static string Translate(string pattern, bool ascii, out Dictionary<string, int> names, out int groups)
    {
        names = [];
        groups = 0;
        var result = new StringBuilder();
        bool inClass = false;
        int atomStart = 0;
        var openGroups = new Stack<int>();
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            if (!inClass && IsQuantifier(pattern, i, out int quantifierEnd))
            {
                // A possessive quantifier ("a*+", "x{2}+") is an atomic group around the repeat.
                string quantifier = pattern[i..quantifierEnd];
                result.Append(quantifier.StartsWith("{,") ? "{0" + quantifier[1..] : quantifier);
                i = quantifierEnd - 1;
                if (i + 1 < pattern.Length && pattern[i + 1] == '+')
                {
                    result.Insert(atomStart, "(?>").Append(')');
                    i++;
                }
                else if (i + 1 < pattern.Length && pattern[i + 1] == '?')
                {
                    result.Append('?');
                    i++;
                }

                continue;
            }

            if (!inClass && c == ')')
            {
                atomStart = openGroups.Count > 0 ? openGroups.Pop() : result.Length;
                result.Append(c);
                continue;
            }

            if (!inClass)
            {
                atomStart = result.Length;
            }

            if (c == '\\' && i + 1 < pattern.Length)
            {
                char next = pattern[i + 1];
                string? replaced = ascii ? AsciiEscape(next, inClass) : null;
                result.Append(replaced ?? (next == 'Z' && !inClass ? "\\z" : pattern.Substring(i, 2)));
                i++;
                continue;
            }

            if (inClass)
            {
                if (c == ']')
                {
                    inClass = false;
                }

                result.Append(c == '[' ? "\\[" : c.ToString());
                continue;
            }

            if (c == '[')
            {
                inClass = true;
                result.Append(c);
                if (i + 1 < pattern.Length && pattern[i + 1] == '^')
                {
                    result.Append('^');
                    i++;
                }

                if (i + 1 < pattern.Length && pattern[i + 1] == ']')
                {
                    result.Append("\\]");
                    i++;
                }

                continue;
            }

            if (c == '(')
            {
                openGroups.Push(result.Length);
                if (i + 1 < pattern.Length && pattern[i + 1] == '?')
                {
                    if (pattern.AsSpan(i).StartsWith("(?P<"))
                    {
                        int close = pattern.IndexOf('>', i);
                        names[pattern[(i + 4)..close]] = ++groups;
                        result.Append('(');
                        i = close;
                        continue;
                    }

                    if (pattern.AsSpan(i).StartsWith("(?P="))
                    {
                        int close = pattern.IndexOf(')', i);
                        string name = pattern[(i + 4)..close];
                        if (!names.TryGetValue(name, out int number))
                        {
                            throw PyErr.New(Error, $"unknown group name '{name}'");
                        }

                        result.Append($"(?:\\{number})");
                        atomStart = openGroups.Pop();
                        i = close;
                        continue;
                    }

                    int flagsEnd = i + 2;
                    while (flagsEnd < pattern.Length && "aiLmsux-".Contains(pattern[flagsEnd]))
                    {
                        flagsEnd++;
                    }

                    if (flagsEnd > i + 2 && flagsEnd < pattern.Length && pattern[flagsEnd] is ':' or ')')
                    {
                        string letters = pattern[(i + 2)..flagsEnd];
                        ascii |= letters.Contains('a');
                        string kept = new(letters.Where(f => f is 'i' or 'm' or 's' or 'x' or '-').ToArray());
                        result.Append(kept.Trim('-').Length == 0 ? (pattern[flagsEnd] == ':' ? "(?:" : "(?:)") : $"(?{kept.TrimEnd('-')}{pattern[flagsEnd]}");
                        if (pattern[flagsEnd] == ')')
                        {
                            openGroups.Pop();
                        }

                        i = flagsEnd;
                        continue;
                    }

                    result.Append(c);
                    continue;
                }

                groups++;
                result.Append(c);
                continue;
            }


            result.Append(c);
        }

        return result.ToString();
    }

    /// <summary>A replacement template (literal text, <c>\1</c>, <c>\g&lt;name&gt;</c>) filled in
    /// from <paramref name="match"/>; groups that did not take part give "".</summary>
    public static string Expand(PyMatch match, string template)
    {
        var result = new StringBuilder();
        Expand(match, ReSyntax.ParseTemplate(match.Pattern, template), result);
        return result.ToString();
    }

    public static void Expand(PyMatch match, List<(string? Literal, int Group)> template, StringBuilder result)
    {
        foreach ((string? literal, int group) in template)
        {
            result.Append(literal ?? match.GroupText(group) ?? string.Empty);
        }
    }
}
