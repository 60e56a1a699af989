using System.Globalization;
using System.Text;
using Jit.Runtime.Objects;

namespace Jit.Runtime.Modules;

/// <summary>
/// Checks a pattern against Python's regular expression grammar before .NET sees it, so that
/// mistakes raise <c>re.error</c> with Python's wording and position ("missing ), unterminated
/// subpattern at position 0", "nothing to repeat", "bad escape \q", ...) rather than .NET's. It
/// also parses replacement templates, whose errors Python reports before any substitution.
/// </summary>
internal sealed class ReSyntax
{
    /// <summary>What the last element of a sequence was, for the checks on quantifiers.</summary>
    private enum Item
    {
        None,
        Atom,
        Anchor,
        Repeat,
    }

    private readonly string _p;
    private readonly Dictionary<string, int> _names = [];
    private readonly HashSet<int> _open = [];
    private int _i;
    private bool _verbose;
    private int _groups;

    private ReSyntax(string pattern, bool verbose)
    {
        _p = pattern;
        _verbose = verbose;
    }

    /// <summary>Raises <c>re.error</c> for the first syntax error in <paramref name="pattern"/>.</summary>
    public static void Check(string pattern, int flags)
    {
        var syntax = new ReSyntax(pattern, (flags & ReModule.Verbose) != 0 || StartsWithVerboseFlag(pattern));
        syntax.Alternation();
        if (syntax._i < pattern.Length)
        {
            throw Error("unbalanced parenthesis", pattern, syntax._i);
        }
    }

    /// <summary>re.error(msg, pattern, pos) with its attributes; the text names the position, and
    /// the line and column when the pattern has several lines.</summary>
    public static PyException Error(string message, string pattern, int pos)
    {
        int line = 1 + pattern.AsSpan(0, pos).Count('\n');
        int lineStart = pos == 0 ? 0 : pattern.LastIndexOf('\n', pos - 1) + 1;
        int column = pos - lineStart + 1;

        string text = pattern.Contains('\n') ? $"{message} at position {pos} (line {line}, column {column})" : $"{message} at position {pos}";
        PyException e = PyErr.New(ReModule.Error, text);
        e.Error.SetField("msg", PyStr.From(message));
        e.Error.SetField("pattern", PyStr.From(pattern));
        e.Error.SetField("pos", Value.FromInt(pos));
        e.Error.SetField("lineno", Value.FromInt(line));
        e.Error.SetField("colno", Value.FromInt(column));
        return e;
    }

    private PyException Error(string message, int pos) => Error(message, _p, pos);

    private static bool StartsWithVerboseFlag(string pattern)
    {
        if (!pattern.StartsWith("(?"))
        {
            return false;
        }

        int i = 2;
        while (i < pattern.Length && "aiLmsux".Contains(pattern[i]))
        {
            i++;
        }

        return i < pattern.Length && pattern[i] == ')' && pattern.AsSpan(2, i - 2).Contains('x');
    }

    private bool At(char c) => _i < _p.Length && _p[_i] == c;

    private void Alternation()
    {
        Sequence();
        while (At('|'))
        {
            _i++;
            Sequence();
        }
    }

    private void Sequence()
    {
        Item last = Item.None;
        while (_i < _p.Length)
        {
            char c = _p[_i];
            if (c is '|' or ')')
            {
                return;
            }

            if (_verbose && char.IsWhiteSpace(c))
            {
                _i++;
                continue;
            }

            if (_verbose && c == '#')
            {
                while (_i < _p.Length && _p[_i] != '\n')
                {
                    _i++;
                }

                continue;
            }

            int start = _i;
            switch (c)
            {
                case '\\':
                    last = Escape();
                    break;
                case '[':
                    CharacterClass();
                    last = Item.Atom;
                    break;
                case '(':
                    Item group = Group();
                    last = group == Item.None ? last : group;
                    break;
                case '^' or '$':
                    _i++;
                    last = Item.Anchor;
                    break;
                case '*' or '+' or '?':
                    _i++;
                    last = Repeat(start, last);
                    break;
                case '{':
                    last = Braces(start, last);
                    break;
                default:
                    _i++;
                    last = Item.Atom;
                    break;
            }
        }
    }

    private Item Repeat(int start, Item last)
    {
        if (last is Item.None or Item.Anchor)
        {
            throw Error("nothing to repeat", start);
        }

        if (last == Item.Repeat)
        {
            throw Error("multiple repeat", start);
        }

        if (At('?') || At('+'))
        {
            _i++;
        }

        return Item.Repeat;
    }

    /// <summary>"{m,n}" and its short forms repeat; a brace that does not start one is a literal.</summary>
    private Item Braces(int start, Item last)
    {
        int i = start + 1;
        int loStart = i;
        while (i < _p.Length && char.IsAsciiDigit(_p[i]))
        {
            i++;
        }

        string lo = _p[loStart..i];
        string hi = lo;
        if (i < _p.Length && _p[i] == ',')
        {
            int hiStart = ++i;
            while (i < _p.Length && char.IsAsciiDigit(_p[i]))
            {
                i++;
            }

            hi = _p[hiStart..i];
        }

        if (i >= _p.Length || _p[i] != '}' || i == start + 1)
        {
            _i = start + 1;
            return Item.Atom;
        }

        _i = i + 1;
        if (lo.Length > 0 && hi.Length > 0 && BigIntegerOf(lo) > BigIntegerOf(hi))
        {
            throw Error("min repeat greater than max repeat", start + 1);
        }

        return Repeat(start, last);
    }

    private static System.Numerics.BigInteger BigIntegerOf(string digits) => System.Numerics.BigInteger.Parse(digits, CultureInfo.InvariantCulture);

    private Item Escape()
    {
        int start = _i;
        if (_i + 1 >= _p.Length)
        {
            throw Error("bad escape (end of pattern)", start);
        }

        char c = _p[_i + 1];
        _i += 2;
        switch (c)
        {
            case 'A' or 'Z' or 'b' or 'B':
                return Item.Anchor;
            case 'd' or 'D' or 's' or 'S' or 'w' or 'W' or 'a' or 'f' or 'n' or 'r' or 't' or 'v':
                return Item.Atom;
            case 'x' or 'u' or 'U':
                HexEscape(start, c);
                return Item.Atom;
            case 'N':
                NamedEscape();
                return Item.Atom;
            case '0':
                Octal(start, 2);
                return Item.Atom;
        }

        if (c is >= '1' and <= '9')
        {
            if (c <= '7' && _i + 1 < _p.Length && IsOctal(_p[_i]) && IsOctal(_p[_i + 1]))
            {
                _i = start + 1;
                Octal(start, 3);
                return Item.Atom;
            }

            int number = c - '0';
            if (_i < _p.Length && char.IsAsciiDigit(_p[_i]))
            {
                number = (number * 10) + (_p[_i++] - '0');
            }

            if (number > _groups)
            {
                throw Error($"invalid group reference {number}", start + 1);
            }

            if (_open.Contains(number))
            {
                throw Error("cannot refer to an open group", start);
            }

            return Item.Atom;
        }

        if (char.IsAsciiLetter(c))
        {
            throw Error($"bad escape \\{c}", start);
        }

        return Item.Atom;
    }

    private static bool IsOctal(char c) => c is >= '0' and <= '7';

    /// <summary>An octal escape of up to <paramref name="digits"/> digits from the current position.</summary>
    private int Octal(int start, int digits)
    {
        int value = 0;
        int taken = 0;
        while (taken < digits && _i < _p.Length && IsOctal(_p[_i]))
        {
            value = (value * 8) + (_p[_i++] - '0');
            taken++;
        }

        if (value > 255)
        {
            throw Error($"octal escape value {_p[start.._i]} outside of range 0-0o377", start);
        }

        return value;
    }

    private int HexEscape(int start, char kind)
    {
        int length = kind == 'x' ? 2 : kind == 'u' ? 4 : 8;
        int end = _i;
        while (end < _p.Length && end - _i < length && char.IsAsciiHexDigit(_p[end]))
        {
            end++;
        }

        if (end - _i < length)
        {
            throw Error($"incomplete escape {_p[start..end]}", start);
        }

        long value = long.Parse(_p.AsSpan(_i, length), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        _i = end;
        if (value > 0x10FFFF)
        {
            throw Error($"bad escape {_p[start..end]}", start);
        }

        return (int)value;
    }

    private void NamedEscape()
    {
        if (!At('{'))
        {
            throw Error("missing {", _i);
        }

        int close = _p.IndexOf('}', _i);
        if (close < 0)
        {
            throw Error("missing }, unterminated name", _i + 1);
        }

        _i = close + 1;
    }

    private void CharacterClass()
    {
        int start = _i++;
        if (At('^'))
        {
            _i++;
        }

        bool first = true;
        while (true)
        {
            if (_i >= _p.Length)
            {
                throw Error("unterminated character set", start);
            }

            if (_p[_i] == ']' && !first)
            {
                _i++;
                return;
            }

            first = false;
            int itemStart = _i;
            int lo = ClassItem();
            if (At('-') && _i + 1 < _p.Length && _p[_i + 1] != ']')
            {
                _i++;
                int hi = ClassItem();
                if (lo < 0 || hi < 0)
                {
                    throw Error($"bad character range {_p[itemStart.._i]}", itemStart);
                }

                if (hi < lo)
                {
                    throw Error($"bad character range {_p[itemStart.._i]}", itemStart);
                }
            }
        }
    }

    /// <summary>One member of a character class: its code point, or -1 for a category (\d, \w, ...).</summary>
    private int ClassItem()
    {
        int start = _i;
        if (_p[_i] != '\\')
        {
            bool pair = char.IsHighSurrogate(_p[_i]) && _i + 1 < _p.Length && char.IsLowSurrogate(_p[_i + 1]);
            int point = pair ? char.ConvertToUtf32(_p[_i], _p[_i + 1]) : _p[_i];
            _i += pair ? 2 : 1;
            return point;
        }

        if (_i + 1 >= _p.Length)
        {
            throw Error("unterminated character set", start);
        }

        char c = _p[_i + 1];
        _i += 2;
        switch (c)
        {
            case 'd' or 'D' or 's' or 'S' or 'w' or 'W':
                return -1;
            case 'a':
                return 7;
            case 'b':
                return 8;
            case 'f':
                return 12;
            case 'n':
                return 10;
            case 'r':
                return 13;
            case 't':
                return 9;
            case 'v':
                return 11;
            case 'x' or 'u' or 'U':
                return HexEscape(start, c);
            case 'N':
                NamedEscape();
                return 0;
        }

        if (IsOctal(c))
        {
            _i--;
            return Octal(start, 3);
        }

        if (char.IsAsciiDigit(c) || char.IsAsciiLetter(c))
        {
            throw Error($"bad escape \\{c}", start);
        }

        return c;
    }

    private Item Group()
    {
        int start = _i++;
        bool verbose = _verbose;
        int number = 0;
        if (At('?'))
        {
            _i++;
            if (_i >= _p.Length)
            {
                throw Error("unexpected end of pattern", _i);
            }

            char c = _p[_i];
            if (c == 'P')
            {
                _i++;
                if (At('<'))
                {
                    _i++;
                    int nameStart = _i;
                    string name = GroupName('>');
                    number = ++_groups;
                    if (_names.TryGetValue(name, out int previous))
                    {
                        throw Error($"redefinition of group name {Ops.Repr(PyStr.From(name))} as group {number}; was group {previous}", nameStart);
                    }

                    _names[name] = number;
                }
                else if (At('='))
                {
                    _i++;
                    int nameStart = _i;
                    string name = GroupName(')');
                    if (!_names.TryGetValue(name, out int target))
                    {
                        throw Error($"unknown group name {Ops.Repr(PyStr.From(name))}", nameStart);
                    }

                    if (_open.Contains(target))
                    {
                        throw Error("cannot refer to an open group", nameStart);
                    }

                    return Item.Atom;
                }
                else
                {
                    throw _i >= _p.Length ? Error("unexpected end of pattern", _i) : Error($"unknown extension ?P{_p[_i]}", start + 1);
                }
            }
            else if (c is ':' or '=' or '!' or '>')
            {
                _i++;
            }
            else if (c == '<')
            {
                _i++;
                if (!At('=') && !At('!'))
                {
                    throw _i >= _p.Length ? Error("unexpected end of pattern", _i) : Error($"unknown extension ?<{_p[_i]}", start + 1);
                }

                _i++;
            }
            else if (c == '#')
            {
                int close = _p.IndexOf(')', _i);
                if (close < 0)
                {
                    throw Error("missing ), unterminated comment", start);
                }

                _i = close + 1;
                return Item.None;
            }
            else if (c == '(')
            {
                Conditional(start);
                return Item.Atom;
            }
            else if ("aiLmsux-".Contains(c))
            {
                if (Flags(start))
                {
                    return Item.None;
                }
            }
            else
            {
                throw Error($"unknown extension ?{c}", start + 1);
            }
        }
        else
        {
            number = ++_groups;
            _open.Add(number);
        }

        Alternation();
        if (!At(')'))
        {
            throw Error("missing ), unterminated subpattern", start);
        }

        _i++;
        _open.Remove(number);
        _verbose = verbose;
        return Item.Atom;
    }

    /// <summary>Inline flags after "(?": true for global flags "(?i)", false for a scoped group
    /// "(?i:...)" whose body follows.</summary>
    private bool Flags(int start)
    {
        bool on = true;
        while (_i < _p.Length && (char.IsAsciiLetter(_p[_i]) || _p[_i] == '-'))
        {
            char flag = _p[_i];
            if (flag == '-')
            {
                on = false;
            }
            else if (!"aiLmsux".Contains(flag))
            {
                throw Error("unknown flag", _i);
            }
            else if (flag == 'L')
            {
                throw Error("bad inline flags: cannot use 'L' flag with a str pattern", _i);
            }
            else if (flag == 'x')
            {
                _verbose = on;
            }

            _i++;
        }

        if (_i >= _p.Length)
        {
            throw Error("missing -, : or )", _i);
        }

        if (_p[_i] == ')')
        {
            if (start != 0 && !on)
            {
                throw Error("missing :", _i);
            }

            if (start != 0)
            {
                throw Error("global flags not at the start of the expression", start);
            }

            _i++;
            return true;
        }

        if (_p[_i] != ':')
        {
            throw Error("missing -, : or )", _i);
        }

        _i++;
        return false;
    }

    private void Conditional(int start)
    {
        _i++;
        int nameStart = _i;
        string name = GroupName(')');
        if (int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out int number))
        {
            if (number == 0 || number > _groups)
            {
                throw Error($"invalid group reference {number}", nameStart);
            }
        }
        else if (!_names.ContainsKey(name))
        {
            throw Error($"unknown group name {Ops.Repr(PyStr.From(name))}", nameStart);
        }

        Sequence();
        if (At('|'))
        {
            _i++;
            Sequence();
            if (At('|'))
            {
                throw Error("conditional backref with more than two branches", _i);
            }
        }

        if (!At(')'))
        {
            throw Error("missing ), unterminated subpattern", start);
        }

        _i++;
    }

    /// <summary>A group name up to <paramref name="terminator"/> (consumed), checked as Python does.</summary>
    private string GroupName(char terminator)
    {
        int nameStart = _i;
        int close = _p.IndexOf(terminator, _i);
        if (close < 0)
        {
            throw _i >= _p.Length ? Error("missing group name", nameStart) : Error($"missing {terminator}, unterminated name", nameStart);
        }

        string name = _p[nameStart..close];
        if (name.Length == 0)
        {
            throw Error("missing group name", nameStart);
        }

        bool digits = name.All(char.IsAsciiDigit);
        if (!(terminator == ')' && digits) && !IsIdentifier(name))
        {
            throw Error($"bad character in group name {Ops.Repr(PyStr.From(name))}", nameStart);
        }

        _i = close + 1;
        return name;
    }

    private static bool IsIdentifier(string name) =>
        name.Length > 0 && (char.IsLetter(name[0]) || name[0] == '_') && name.All(c => char.IsLetterOrDigit(c) || c == '_');

    /// <summary>A replacement template as literal text and group numbers, with Python's errors:
    /// re.error for malformed references and escapes, IndexError for an unknown group name.</summary>
    public static List<(string? Literal, int Group)> ParseTemplate(PyPattern pattern, string template)
    {
        var parts = new List<(string?, int)>();
        var literal = new StringBuilder();
        void Group(int number)
        {
            if (literal.Length > 0)
            {
                parts.Add((literal.ToString(), 0));
                literal.Clear();
            }

            parts.Add((null, number));
        }

        for (int i = 0; i < template.Length; i++)
        {
            char c = template[i];
            if (c != '\\')
            {
                literal.Append(c);
                continue;
            }

            int start = i;
            if (i + 1 >= template.Length)
            {
                throw Error("bad escape (end of pattern)", template, start);
            }

            char next = template[++i];
            if (next == 'g')
            {
                if (i + 1 >= template.Length || template[i + 1] != '<')
                {
                    throw Error("missing <", template, i + 1);
                }

                int nameStart = i + 2;
                int close = template.IndexOf('>', nameStart);
                if (close < 0)
                {
                    throw nameStart >= template.Length ? Error("missing group name", template, nameStart) : Error("missing >, unterminated name", template, nameStart);
                }

                string name = template[nameStart..close];
                if (name.Length == 0)
                {
                    throw Error("missing group name", template, nameStart);
                }

                int number;
                if (name.All(char.IsAsciiDigit))
                {
                    number = int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : int.MaxValue;
                    if (number > pattern.Groups)
                    {
                        throw Error($"invalid group reference {name}", template, nameStart);
                    }
                }
                else if (!IsIdentifier(name))
                {
                    throw Error($"bad character in group name {Ops.Repr(PyStr.From(name))}", template, nameStart);
                }
                else if (!pattern.Names.TryGetValue(name, out number))
                {
                    throw PyErr.IndexError($"unknown group name {Ops.Repr(PyStr.From(name))}");
                }

                Group(number);
                i = close;
            }
            else if (next == '0')
            {
                int value = 0;
                int taken = 0;
                while (taken < 2 && i + 1 < template.Length && IsOctal(template[i + 1]))
                {
                    value = (value * 8) + (template[++i] - '0');
                    taken++;
                }

                literal.Append((char)value);
            }
            else if (char.IsAsciiDigit(next))
            {
                if (IsOctal(next) && i + 2 < template.Length && IsOctal(template[i + 1]) && IsOctal(template[i + 2]))
                {
                    int value = ((next - '0') * 64) + ((template[i + 1] - '0') * 8) + (template[i + 2] - '0');
                    if (value > 255)
                    {
                        throw Error($"octal escape value {template[start..(i + 3)]} outside of range 0-0o377", template, start);
                    }

                    literal.Append((char)value);
                    i += 2;
                    continue;
                }

                int number = next - '0';
                if (i + 1 < template.Length && char.IsAsciiDigit(template[i + 1]))
                {
                    number = (number * 10) + (template[++i] - '0');
                }

                if (number > pattern.Groups)
                {
                    throw Error($"invalid group reference {number}", template, start + 1);
                }

                Group(number);
            }
            else
            {
                string? escaped = next switch
                {
                    'a' => "\a",
                    'b' => "\b",
                    'f' => "\f",
                    'n' => "\n",
                    'r' => "\r",
                    't' => "\t",
                    'v' => "\v",
                    '\\' => "\\",
                    _ => null,
                };
                if (escaped is null && char.IsAsciiLetter(next))
                {
                    throw Error($"bad escape \\{next}", template, start);
                }

                literal.Append(escaped ?? "\\" + next);
            }
        }

        if (literal.Length > 0)
        {
            parts.Add((literal.ToString(), 0));
        }

        return parts;
    }
}
