using System.Text;
using Jit.Runtime.Text;

namespace Jit.Runtime.Objects;

/// <summary>str case mapping (full mappings, the Final_Sigma rule of lower()) and the
/// <c>is...</c> predicates, over code points.</summary>
public sealed partial class PyStr
{
    private const int CapitalSigma = 0x3a3;

    [PyMethod("upper")]
    private static Value Upper(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("str.upper", args, kwnames, self: true);
        string text = Self(args).Text;
        return From(IsAscii(text) ? text.ToUpperInvariant() : MapCase(text, CaseMode.Upper));
    }

    [PyMethod("lower")]
    private static Value Lower(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("str.lower", args, kwnames, self: true);
        string text = Self(args).Text;
        return From(IsAscii(text) ? text.ToLowerInvariant() : MapCase(text, CaseMode.Lower));
    }

    [PyMethod("casefold")]
    private static Value CaseFold(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("str.casefold", args, kwnames, self: true);
        string text = Self(args).Text;
        return From(IsAscii(text) ? text.ToLowerInvariant() : MapCase(text, CaseMode.Fold));
    }

    [PyMethod("swapcase")]
    private static Value SwapCase(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("str.swapcase", args, kwnames, self: true);
        return From(MapCase(Self(args).Text, CaseMode.Swap));
    }

    [PyMethod("title")]
    private static Value Title(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("str.title", args, kwnames, self: true);
        return From(MapCase(Self(args).Text, CaseMode.Title));
    }

    [PyMethod("capitalize")]
    private static Value Capitalize(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("str.capitalize", args, kwnames, self: true);
        return From(MapCase(Self(args).Text, CaseMode.Capitalize));
    }

    [PyMethod("isascii")]
    private static Value IsAsciiMethod(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("str.isascii", args, kwnames, self: true);
        return Value.FromBool(IsAscii(Self(args).Text));
    }

    [PyMethod("isspace")]
    private static Value IsSpace(ReadOnlySpan<Value> args, string[]? kwnames) => All(args, kwnames, "str.isspace", UnicodeText.IsSpace);

    [PyMethod("isalpha")]
    private static Value IsAlpha(ReadOnlySpan<Value> args, string[]? kwnames) => All(args, kwnames, "str.isalpha", UnicodeText.IsAlpha);

    [PyMethod("isalnum")]
    private static Value IsAlnum(ReadOnlySpan<Value> args, string[]? kwnames) => All(args, kwnames, "str.isalnum", UnicodeText.IsAlnum);

    [PyMethod("isdecimal")]
    private static Value IsDecimal(ReadOnlySpan<Value> args, string[]? kwnames) => All(args, kwnames, "str.isdecimal", UnicodeText.IsDecimal);

    [PyMethod("isdigit")]
    private static Value IsDigit(ReadOnlySpan<Value> args, string[]? kwnames) => All(args, kwnames, "str.isdigit", UnicodeText.IsDigit);

    [PyMethod("isnumeric")]
    private static Value IsNumeric(ReadOnlySpan<Value> args, string[]? kwnames) => All(args, kwnames, "str.isnumeric", UnicodeText.IsNumeric);

    [PyMethod("isprintable")]
    private static Value IsPrintable(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("str.isprintable", args, kwnames, self: true);
        string text = Self(args).Text;
        for (int i = 0; i < text.Length; i += CodePointUnits(text, i))
        {
            if (!UnicodeText.IsPrintable(CodePoints.At(text, i)))
            {
                return Value.False;
            }
        }

        return Value.True;
    }

    [PyMethod("isidentifier")]
    private static Value IsIdentifier(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("str.isidentifier", args, kwnames, self: true);
        return Value.FromBool(IsIdentifierText(Self(args).Text));
    }

    [PyMethod("islower")]
    private static Value IsLower(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("str.islower", args, kwnames, self: true);
        return Value.FromBool(OnlyCase(Self(args).Text, UnicodeText.IsLower, UnicodeText.IsUpper));
    }

    [PyMethod("isupper")]
    private static Value IsUpper(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("str.isupper", args, kwnames, self: true);
        return Value.FromBool(OnlyCase(Self(args).Text, UnicodeText.IsUpper, UnicodeText.IsLower));
    }

    [PyMethod("istitle")]
    private static Value IsTitle(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("str.istitle", args, kwnames, self: true);
        string text = Self(args).Text;
        bool cased = false;
        bool previousCased = false;
        for (int i = 0; i < text.Length; i += CodePointUnits(text, i))
        {
            int c = CodePoints.At(text, i);
            if (UnicodeText.IsUpper(c) || UnicodeText.IsTitle(c))
            {
                if (previousCased)
                {
                    return Value.False;
                }

                previousCased = cased = true;
            }
            else if (UnicodeText.IsLower(c))
            {
                if (!previousCased)
                {
                    return Value.False;
                }

                previousCased = cased = true;
            }
            else
            {
                previousCased = false;
            }
        }

        return Value.FromBool(cased);
    }

    /// <summary>str.isidentifier: a start character (letter or '_') then continue characters.</summary>
    public static bool IsIdentifierText(string text)
    {
        if (text.Length == 0 || !UnicodeText.IsIdentifierStart(CodePoints.At(text, 0)))
        {
            return false;
        }

        for (int i = CodePointUnits(text, 0); i < text.Length; i += CodePointUnits(text, i))
        {
            if (!UnicodeText.IsIdentifierContinue(CodePoints.At(text, i)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAscii(string text) => !text.AsSpan().ContainsAnyExceptInRange('\0', '\x7f');

    /// <summary>The is... predicates that hold for non-empty strings whose every code point matches.</summary>
    private static Value All(ReadOnlySpan<Value> args, string[]? kwnames, string name, Func<int, bool> predicate)
    {
        ArgParser.NoArguments(name, args, kwnames, self: true);
        string text = Self(args).Text;
        if (text.Length == 0)
        {
            return Value.False;
        }

        for (int i = 0; i < text.Length; i += CodePointUnits(text, i))
        {
            if (!predicate(CodePoints.At(text, i)))
            {
                return Value.False;
            }
        }

        return Value.True;
    }

    /// <summary>islower/isupper: some cased character, none of the other case or title case.</summary>
    private static bool OnlyCase(string text, Func<int, bool> wanted, Func<int, bool> other)
    {
        bool cased = false;
        for (int i = 0; i < text.Length; i += CodePointUnits(text, i))
        {
            int c = CodePoints.At(text, i);
            if (other(c) || UnicodeText.IsTitle(c))
            {
                return false;
            }

            cased |= wanted(c);
        }

        return cased;
    }

    private enum CaseMode
    {
        Upper,
        Lower,
        Fold,
        Swap,
        Title,
        Capitalize,
    }

    private static string MapCase(string text, CaseMode mode)
    {
        int[] codePoints = ToCodePoints(text);
        var sb = new StringBuilder(text.Length);
        bool previousCased = false;
        for (int i = 0; i < codePoints.Length; i++)
        {
            int c = codePoints[i];
            switch (mode)
            {
                case CaseMode.Upper:
                    UnicodeText.AppendUpper(sb, c);
                    break;
                case CaseMode.Lower:
                    AppendLowerInContext(sb, codePoints, i);
                    break;
                case CaseMode.Fold:
                    UnicodeText.AppendFold(sb, c);
                    break;
                case CaseMode.Swap:
                    if (UnicodeText.IsUpper(c))
                    {
                        AppendLowerInContext(sb, codePoints, i);
                    }
                    else if (UnicodeText.IsLower(c))
                    {
                        UnicodeText.AppendUpper(sb, c);
                    }
                    else
                    {
                        UnicodeText.Append(sb, c);
                    }

                    break;
                case CaseMode.Title:
                    if (previousCased)
                    {
                        AppendLowerInContext(sb, codePoints, i);
                    }
                    else
                    {
                        UnicodeText.AppendTitle(sb, c);
                    }

                    previousCased = UnicodeText.IsCased(c);
                    break;
                default:
                    if (i == 0)
                    {
                        UnicodeText.AppendTitle(sb, c);
                    }
                    else
                    {
                        AppendLowerInContext(sb, codePoints, i);
                    }

                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>Lower case of codePoints[i]; a capital sigma becomes final sigma (ς) after a cased
    /// letter when no cased letter follows (case-ignorable characters skipped both ways).</summary>
    private static void AppendLowerInContext(StringBuilder sb, int[] codePoints, int i)
    {
        if (codePoints[i] != CapitalSigma)
        {
            UnicodeText.AppendLower(sb, codePoints[i]);
            return;
        }

        int j = i - 1;
        while (j >= 0 && UnicodeText.IsCaseIgnorable(codePoints[j]))
        {
            j--;
        }

        bool final = j >= 0 && UnicodeText.IsCased(codePoints[j]);
        if (final)
        {
            j = i + 1;
            while (j < codePoints.Length && UnicodeText.IsCaseIgnorable(codePoints[j]))
            {
                j++;
            }

            final = j == codePoints.Length || !UnicodeText.IsCased(codePoints[j]);
        }

        sb.Append(final ? 'ς' : 'σ');
    }

    private static int[] ToCodePoints(string text)
    {
        var result = new List<int>(text.Length);
        for (int i = 0; i < text.Length; i += CodePointUnits(text, i))
        {
            result.Add(CodePoints.At(text, i));
        }

        return [.. result];
    }
}
