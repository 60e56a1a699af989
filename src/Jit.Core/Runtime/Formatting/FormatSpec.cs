using System.Globalization;
using Jit.Runtime.Text;

namespace Jit.Runtime.Formatting;

/// <summary>
/// A parsed format specification, the mini-language of <c>format()</c>, <c>str.format</c> and
/// f-strings: <c>[[fill]align][sign][z][#][0][width][grouping][.precision][type]</c>.
/// Parsing validates what does not depend on the value's type (as CPython's
/// parse_internal_render_format_spec does); the int, float and str formatters check the rest.
/// </summary>
public readonly struct FormatSpec
{
    private FormatSpec(string fill, char align, char sign, bool noNegativeZero, bool alternate, int width, char grouping, int precision, int type)
    {
        Fill = fill;
        Align = align;
        Sign = sign;
        NoNegativeZero = noNegativeZero;
        Alternate = alternate;
        Width = width;
        Grouping = grouping;
        Precision = precision;
        Type = type;
    }

    /// <summary>The fill character (one code point, so one or two UTF-16 units).</summary>
    public string Fill { get; }

    /// <summary>'&lt;', '&gt;', '=' or '^'.</summary>
    public char Align { get; }

    /// <summary>'+', '-', ' ', or '\0' when not given.</summary>
    public char Sign { get; }

    /// <summary>The 'z' option.</summary>
    public bool NoNegativeZero { get; }

    /// <summary>The '#' option.</summary>
    public bool Alternate { get; }

    /// <summary>The minimum width in code points, -1 when not given.</summary>
    public int Width { get; }

    /// <summary>',' or '_', or '\0' for none.</summary>
    public char Grouping { get; }

    /// <summary>-1 when not given.</summary>
    public int Precision { get; }

    /// <summary>The presentation type as a code point ('d', 'f', ...), or 0 for none.</summary>
    public int Type { get; }

    /// <summary>Digits per group: 4 for '_' with b, o, x and X, else 3.</summary>
    public int GroupSize => Grouping == '_' && Type is 'b' or 'o' or 'x' or 'X' ? 4 : 3;

    /// <summary>True when zero padding goes between the sign and the digits and is grouped like
    /// them: fill '0' with '=' alignment (what the '0' option selects for numbers).</summary>
    public bool ZeroPadsDigits => Fill == "0" && Align == '=';

    /// <summary>This spec without width and fill, with another sign option: how complex formats
    /// each of its parts before padding the whole.</summary>
    public FormatSpec Unpadded(char sign) =>
        new(string.Empty, '<', sign, NoNegativeZero, Alternate, -1, Grouping, Precision, Type);

    /// <summary>Parses <paramref name="spec"/>. <paramref name="defaultType"/> is 's' for str, 'd'
    /// for int and 0 for float; <paramref name="defaultAlign"/> '&lt;' for str, '&gt;' for numbers.
    /// <paramref name="typeName"/> is the formatted object's type, for error messages.</summary>
    public static FormatSpec Parse(string spec, int defaultType, char defaultAlign, string typeName)
    {
        string fill = " ";
        char align = defaultAlign;
        char sign = '\0';
        bool noNegativeZero = false;
        bool alternate = false;
        char grouping = '\0';
        int precision = -1;
        int type = defaultType;
        bool fillGiven = false;
        bool alignGiven = false;

        int pos = 0;
        int firstLength = CodePoints.UnitsAt(spec, 0);
        if (spec.Length > firstLength && IsAlign(spec[firstLength]))
        {
            fill = spec[..firstLength];
            align = spec[firstLength];
            fillGiven = alignGiven = true;
            pos = firstLength + 1;
        }
        else if (spec.Length > 0 && IsAlign(spec[0]))
        {
            align = spec[0];
            alignGiven = true;
            pos = 1;
        }

        if (pos < spec.Length && spec[pos] is '+' or '-' or ' ')
        {
            sign = spec[pos++];
        }

        if (pos < spec.Length && spec[pos] == 'z')
        {
            noNegativeZero = true;
            pos++;
        }

        if (pos < spec.Length && spec[pos] == '#')
        {
            alternate = true;
            pos++;
        }

        // The '0' option: zero padding after the sign (a fill given explicitly wins).
        if (!fillGiven && pos < spec.Length && spec[pos] == '0')
        {
            fill = "0";
            if (!alignGiven && defaultAlign == '>')
            {
                align = '=';
            }

            pos++;
        }

        int width = ReadInteger(spec, ref pos);

        if (pos < spec.Length && spec[pos] == ',')
        {
            grouping = ',';
            pos++;
        }

        if (pos < spec.Length && spec[pos] == '_')
        {
            if (grouping != '\0')
            {
                throw PyErr.ValueError("Cannot specify both ',' and '_'.");
            }

            grouping = '_';
            pos++;
        }

        if (pos < spec.Length && spec[pos] == ',' && grouping == '_')
        {
            throw PyErr.ValueError("Cannot specify both ',' and '_'.");
        }

        if (pos < spec.Length && spec[pos] == '.')
        {
            pos++;
            precision = ReadInteger(spec, ref pos);
            if (precision < 0)
            {
                throw PyErr.ValueError("Format specifier missing precision");
            }
        }

        if (pos < spec.Length)
        {
            if (pos + CodePoints.UnitsAt(spec, pos) < spec.Length)
            {
                throw PyErr.ValueError($"Invalid format specifier '{spec}' for object of type '{typeName}'");
            }

            type = CodePoints.At(spec, pos);
        }

        if (grouping != '\0' && type is not ('d' or 'e' or 'f' or 'g' or 'E' or 'G' or '%' or 'F' or 0))
        {
            // PEP 515: '_' also groups binary, octal and hex digits (by four).
            if (grouping != '_' || type is not ('b' or 'o' or 'x' or 'X'))
            {
                throw PyErr.ValueError($"Cannot specify '{grouping}' with {QuoteCode(type)}.");
            }
        }

        return new FormatSpec(fill, align, sign, noNegativeZero, alternate, width, grouping, precision, type);
    }

    /// <summary>"Unknown format code 'q' for object of type 'int'".</summary>
    public PyException UnknownType(string typeName) =>
        PyErr.ValueError($"Unknown format code {QuoteCode(Type)} for object of type '{typeName}'");

    /// <summary>A presentation type in quotes as CPython prints it: 'x', or '\x85' outside
    /// printable ASCII.</summary>
    public static string QuoteCode(int code) =>
        code is > 32 and < 128 ? $"'{(char)code}'" : $"'\\x{code:x}'";

    private static bool IsAlign(char c) => c is '<' or '>' or '=' or '^';

    /// <summary>A run of decimal digits (any script, as CPython accepts), or -1 when there is none.</summary>
    private static int ReadInteger(string spec, ref int pos)
    {
        long value = -1;
        while (pos < spec.Length)
        {
            int digit = CharUnicodeInfo.GetDecimalDigitValue(spec[pos]);
            if (digit < 0)
            {
                break;
            }

            value = Math.Max(value, 0) * 10 + digit;
            if (value > int.MaxValue)
            {
                throw PyErr.ValueError("Too many decimal digits in format string");
            }

            pos++;
        }

        return (int)value;
    }
}
