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

    /// <summary>Python pattern syntax to .NET's; returns the group names by number.</summary>
    public static string Translate(string pattern, out Dictionary<string, int> names, out int groups)
    {
        names = [];
        groups = 0;
        var result = new StringBuilder();
        bool inClass = false;
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                char next = pattern[i + 1];
                result.Append(next == 'Z' && !inClass ? "\\z" : pattern.Substring(i, 2));
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
                        i = close;
                        continue;
                    }

                    result.Append(c);
                    continue;
                }

                groups++;
                result.Append(c);
                continue;
            }

            if (c == '{' && i + 1 < pattern.Length && pattern[i + 1] == ',')
            {
                result.Append("{0");
                continue;
            }

            result.Append(c);
        }

        return result.ToString();
    }

    /// <summary>A replacement template: literal text and group references (<c>\1</c>, <c>\g&lt;name&gt;</c>).</summary>
    public static string Expand(PyMatch match, string template)
    {
        var result = new StringBuilder();
        for (int i = 0; i < template.Length; i++)
        {
            char c = template[i];
            if (c != '\\' || i + 1 >= template.Length)
            {
                result.Append(c);
                continue;
            }

            char next = template[++i];
            if (char.IsAsciiDigit(next))
            {
                int number = next - '0';
                if (i + 1 < template.Length && char.IsAsciiDigit(template[i + 1]) && (number * 10) + (template[i + 1] - '0') <= match.Pattern.Groups)
                {
                    number = (number * 10) + (template[++i] - '0');
                }

                result.Append(match.GroupText(number) ?? string.Empty);
            }
            else if (next == 'g' && i + 1 < template.Length && template[i + 1] == '<')
            {
                int close = template.IndexOf('>', i);
                string reference = template[(i + 2)..close];
                int number = int.TryParse(reference, out int n) ? n : match.Pattern.GroupIndex(reference);
                result.Append(match.GroupText(number) ?? string.Empty);
                i = close;
            }
            else
            {
                result.Append(next switch
                {
                    'n' => "\n",
                    't' => "\t",
                    'r' => "\r",
                    '\\' => "\\",
                    'a' => "\a",
                    'f' => "\f",
                    'v' => "\v",
                    _ => "\\" + next,
                });
            }
        }

        return result.ToString();
    }
}
