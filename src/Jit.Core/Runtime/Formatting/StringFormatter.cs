using System.Globalization;
using System.Text;
using Jit.Runtime.Objects;
using Jit.Runtime.Text;

namespace Jit.Runtime.Formatting;

/// <summary>
/// <c>str.format</c> and <c>str.format_map</c>, as CPython's unicode_format.h: literal text with
/// <c>{{</c>/<c>}}</c> escapes, and replacement fields <c>{name.attr[key]!conversion:spec}</c>
/// whose spec may itself contain fields (two levels deep). <c>{}</c> numbers fields
/// automatically; mixing it with <c>{0}</c> is an error. Field lookups run left to right as the
/// field is read, so errors surface in CPython's order.
/// </summary>
public sealed class StringFormatter
{
    private readonly ReadOnlyMemory<Value> _args;
    private readonly bool _hasArgs;
    private readonly Value _kwargs;
    private AutoNumbering _numbering;
    private int _nextAutoIndex;

    private StringFormatter(ReadOnlyMemory<Value> args, bool hasArgs, Value kwargs)
    {
        _args = args;
        _hasArgs = hasArgs;
        _kwargs = kwargs;
    }

    private enum AutoNumbering
    {
        Unknown,
        Automatic,
        Manual,
    }

    /// <summary><c>format.format(*args, **kwargs)</c>; <paramref name="kwargs"/> may be unbound
    /// (no keywords) or any mapping.</summary>
    public static string Format(string format, ReadOnlyMemory<Value> args, Value kwargs) =>
        new StringFormatter(args, hasArgs: true, kwargs).Build(format, 2);

    /// <summary><c>format.format_map(mapping)</c>: names only, no positional fields.</summary>
    public static string FormatMap(string format, Value mapping) =>
        new StringFormatter(ReadOnlyMemory<Value>.Empty, hasArgs: false, mapping).Build(format, 2);

    private string Build(string format, int depth)
    {
        if (depth <= 0)
        {
            throw PyErr.ValueError("Max string recursion exceeded");
        }

        var sb = new StringBuilder(format.Length + 16);
        int pos = 0;
        while (pos < format.Length)
        {
            int brace = format.AsSpan(pos).IndexOfAny('{', '}');
            if (brace < 0)
            {
                sb.Append(format, pos, format.Length - pos);
                break;
            }

            brace += pos;
            char c = format[brace];
            bool atEnd = brace + 1 >= format.Length;
            if (c == '}' && (atEnd || format[brace + 1] != '}'))
            {
                throw PyErr.ValueError("Single '}' encountered in format string");
            }

            if (c == '{' && atEnd)
            {
                throw PyErr.ValueError("Single '{' encountered in format string");
            }

            sb.Append(format, pos, brace - pos);
            if (format[brace + 1] == c)
            {
                sb.Append(c);
                pos = brace + 2;
                continue;
            }

            pos = brace + 1;
            OutputField(sb, format, ref pos, depth);
        }

        return sb.ToString();
    }

    /// <summary>Parses the field starting at <paramref name="pos"/> (just after its '{') and
    /// appends its formatted value.</summary>
    private void OutputField(StringBuilder sb, string format, ref int pos, int depth)
    {
        int nameStart = pos;
        char c = '\0';
        while (pos < format.Length)
        {
            c = format[pos++];
            if (c == '{')
            {
                throw PyErr.ValueError("unexpected '{' in field name");
            }

            if (c == '[')
            {
                while (pos < format.Length && format[pos] != ']')
                {
                    pos++;
                }

                continue;
            }

            if (c is '}' or ':' or '!')
            {
                break;
            }
        }

        string fieldName = format[nameStart..(pos - 1)];
        int conversion = 0;
        string spec = string.Empty;
        bool specNeedsExpanding = false;
        if (c is '!' or ':')
        {
            if (c == '!')
            {
                if (pos >= format.Length)
                {
                    throw PyErr.ValueError("end of string while looking for conversion specifier");
                }

                conversion = CodePoints.At(format, pos);
                pos += CodePoints.UnitsAt(format, pos);
                if (pos < format.Length)
                {
                    c = format[pos++];
                    if (c == '}')
                    {
                        Render(sb, fieldName, conversion, spec, specNeedsExpanding, depth);
                        return;
                    }

                    if (c != ':')
                    {
                        throw PyErr.ValueError("expected ':' after conversion specifier");
                    }
                }
            }

            int specStart = pos;
            int nesting = 1;
            while (pos < format.Length)
            {
                c = format[pos++];
                if (c == '{')
                {
                    specNeedsExpanding = true;
                    nesting++;
                }
                else if (c == '}' && --nesting == 0)
                {
                    spec = format[specStart..(pos - 1)];
                    Render(sb, fieldName, conversion, spec, specNeedsExpanding, depth);
                    return;
                }
            }

            throw PyErr.ValueError("unmatched '{' in format spec");
        }

        if (c != '}')
        {
            throw PyErr.ValueError("expected '}' before end of string");
        }

        Render(sb, fieldName, conversion, spec, specNeedsExpanding, depth);
    }

    private void Render(StringBuilder sb, string fieldName, int conversion, string spec, bool specNeedsExpanding, int depth)
    {
        Value value = GetField(fieldName);
        if (conversion != 0)
        {
            value = conversion switch
            {
                'r' => PyStr.From(Ops.Repr(value)),
                's' => PyStr.From(Ops.Str(value)),
                'a' => PyStr.From(PyRepr.AsciiEscape(Ops.Repr(value))),
                _ => throw PyErr.ValueError(conversion is > 32 and < 127
                    ? $"Unknown conversion specifier {(char)conversion}"
                    : $"Unknown conversion specifier \\x{conversion:x}"),
            };
        }

        if (specNeedsExpanding)
        {
            spec = Build(spec, depth - 1);
        }

        sb.Append(SpecFormatter.Format(value, spec));
    }

    /// <summary>The object a field name designates: an argument by index or name, then each
    /// <c>.attr</c> and <c>[key]</c> in turn (digits in brackets index with an int).</summary>
    private Value GetField(string fieldName)
    {
        int end = fieldName.AsSpan().IndexOfAny('.', '[');
        if (end < 0)
        {
            end = fieldName.Length;
        }

        string first = fieldName[..end];
        long index = ParseIndex(first);
        bool empty = first.Length == 0;
        if (empty || index >= 0)
        {
            if (_numbering == AutoNumbering.Unknown)
            {
                _numbering = empty ? AutoNumbering.Automatic : AutoNumbering.Manual;
            }

            if (_numbering == AutoNumbering.Manual && empty)
            {
                throw PyErr.ValueError("cannot switch from manual field specification to automatic field numbering");
            }

            if (_numbering == AutoNumbering.Automatic && !empty)
            {
                throw PyErr.ValueError("cannot switch from automatic field numbering to manual field specification");
            }

            if (empty)
            {
                index = _nextAutoIndex++;
            }
        }

        Value obj;
        if (index < 0)
        {
            if (_kwargs.IsUnbound)
            {
                throw PyErr.KeyError(PyStr.From(first));
            }

            obj = Ops.GetItem(_kwargs, PyStr.From(first));
        }
        else
        {
            if (!_hasArgs)
            {
                throw PyErr.ValueError("Format string contains positional fields");
            }

            if (index >= _args.Length)
            {
                throw PyErr.IndexError($"Replacement index {index} out of range for positional args tuple");
            }

            obj = _args.Span[(int)index];
        }

        int pos = end;
        while (pos < fieldName.Length)
        {
            char c = fieldName[pos++];
            int start = pos;
            if (c == '.')
            {
                while (pos < fieldName.Length && fieldName[pos] is not ('.' or '['))
                {
                    pos++;
                }

                string name = fieldName[start..pos];
                obj = name.Length == 0
                    ? throw PyErr.ValueError("Empty attribute in format string")
                    : Ops.GetAttr(obj, name);
            }
            else if (c == '[')
            {
                int close = fieldName.IndexOf(']', pos);
                if (close < 0)
                {
                    throw PyErr.ValueError("Missing ']' in format string");
                }

                string key = fieldName[start..close];
                pos = close + 1;
                if (key.Length == 0)
                {
                    throw PyErr.ValueError("Empty attribute in format string");
                }

                long keyIndex = ParseIndex(key);
                obj = Ops.GetItem(obj, keyIndex >= 0 ? Value.FromInt(keyIndex) : PyStr.From(key));
            }
            else
            {
                throw PyErr.ValueError("Only '.' or '[' may follow ']' in format field specifier");
            }
        }

        return obj;
    }

    /// <summary>The value of an all-digits name (any script's decimal digits), or -1.</summary>
    private static long ParseIndex(string text)
    {
        if (text.Length == 0)
        {
            return -1;
        }

        long value = 0;
        foreach (char c in text)
        {
            int digit = CharUnicodeInfo.GetDecimalDigitValue(c);
            if (digit < 0)
            {
                return -1;
            }

            if (value > (long.MaxValue - digit) / 10)
            {
                throw PyErr.ValueError("Too many decimal digits in format string");
            }

            value = value * 10 + digit;
        }

        return value;
    }
}
