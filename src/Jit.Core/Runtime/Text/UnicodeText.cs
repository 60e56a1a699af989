using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Jit.Runtime.Text;

/// <summary>
/// Python's character properties and case mappings, on code points (a lone surrogate is a code
/// point of its own). .NET supplies general categories and one-to-one case mappings; the
/// generated <see cref="UnicodeTables"/> add what Python has beyond them: SpecialCasing
/// (<c>'ß'.upper() == 'SS'</c>), title case, full case folding and the Other_Lowercase /
/// Other_Uppercase properties.
/// </summary>
public static class UnicodeText
{
    private static readonly FrozenDictionary<int, string> s_upper = UnicodeTables.UpperSpecial.ToFrozenDictionary(p => p.CodePoint, p => p.Mapping);
    private static readonly FrozenDictionary<int, string> s_lower = UnicodeTables.LowerSpecial.ToFrozenDictionary(p => p.CodePoint, p => p.Mapping);
    private static readonly FrozenDictionary<int, string> s_title = UnicodeTables.TitleSpecial.ToFrozenDictionary(p => p.CodePoint, p => p.Mapping);
    private static readonly FrozenDictionary<int, string> s_fold = UnicodeTables.FoldSpecial.ToFrozenDictionary(p => p.CodePoint, p => p.Mapping);

    /// <summary>The general category in Python's Unicode version: code points .NET knows from a
    /// newer version are unassigned here.</summary>
    public static UnicodeCategory Category(int c) =>
        IsUnassigned(c) ? UnicodeCategory.OtherNotAssigned
        : c < 0x10000 ? CharUnicodeInfo.GetUnicodeCategory((char)c)
        : CharUnicodeInfo.GetUnicodeCategory(c);

    public static bool IsUnassigned(int c) => c >= 0x378 && InRanges(UnicodeTables.Unassigned, c);

    /// <summary>str.isspace for one character: Unicode White_Space plus the ASCII separators
    /// \x1c-\x1f, as CPython's table.</summary>
    public static bool IsSpace(int c) => c switch
    {
        >= 0x09 and <= 0x0d or >= 0x1c and <= 0x20 or 0x85 or 0xa0 or 0x1680 => true,
        >= 0x2000 and <= 0x200a or 0x2028 or 0x2029 or 0x202f or 0x205f or 0x3000 => true,
        _ => false,
    };

    /// <summary>A line boundary for str.splitlines.</summary>
    public static bool IsLineBreak(int c) => c is >= 0x0a and <= 0x0d or >= 0x1c and <= 0x1e or 0x85 or 0x2028 or 0x2029;

    public static bool IsAlpha(int c) => Category(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
        or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter;

    public static bool IsDecimal(int c) => c < 0x80 ? c is >= '0' and <= '9' : Category(c) == UnicodeCategory.DecimalDigitNumber;

    /// <summary>Numeric_Type Digit or Decimal (superscripts, circled digits, ...).</summary>
    public static bool IsDigit(int c) => c < 0x80
        ? c is >= '0' and <= '9'
        : !IsUnassigned(c) && (c < 0x10000 ? CharUnicodeInfo.GetDigitValue((char)c) >= 0 : CharUnicodeInfo.GetDigitValue(char.ConvertFromUtf32(c), 0) >= 0);

    /// <summary>Any Numeric_Type (fractions, Roman numerals, CJK numerals, ...).</summary>
    public static bool IsNumeric(int c) => c < 0x80
        ? c is >= '0' and <= '9'
        : !IsSurrogate(c) && !IsUnassigned(c)
            && (CharUnicodeInfo.GetNumericValue(c < 0x10000 ? ((char)c).ToString() : char.ConvertFromUtf32(c), 0) >= 0
                || InRanges(UnicodeTables.ExtraNumerics, c));

    public static bool IsAlnum(int c) => IsAlpha(c) || IsDecimal(c) || IsDigit(c) || IsNumeric(c);

    public static bool IsLower(int c) => Category(c) == UnicodeCategory.LowercaseLetter || InRanges(UnicodeTables.OtherLowercase, c);

    public static bool IsUpper(int c) => Category(c) == UnicodeCategory.UppercaseLetter || InRanges(UnicodeTables.OtherUppercase, c);

    public static bool IsTitle(int c) => Category(c) == UnicodeCategory.TitlecaseLetter;

    public static bool IsCased(int c) => IsLower(c) || IsUpper(c) || IsTitle(c);

    /// <summary>Case_Ignorable: marks, format characters, modifiers, and the word-internal
    /// punctuation of the Final_Sigma rule.</summary>
    public static bool IsCaseIgnorable(int c) =>
        Category(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format
            or UnicodeCategory.ModifierLetter or UnicodeCategory.ModifierSymbol
        || c is '\'' or '.' or ':' or '^' or '`' or 0xb7 or 0x387 or 0x55f or 0x5f4 or 0x2018 or 0x2019 or 0x2024
            or 0x2027 or 0xfe13 or 0xfe52 or 0xfe55 or 0xff07 or 0xff0e or 0xff1a;

    public static bool IsPrintable(int c) => Formatting.PyRepr.IsPrintable(c);

    /// <summary>XID_Start: letters, letter numbers and '_', with the table's exceptions.</summary>
    public static bool IsIdentifierStart(int c) => StartRule(c) != InRanges(UnicodeTables.IdentifierStartFlips, c);

    /// <summary>XID_Continue: XID_Start, marks, digits and connectors, with the table's exceptions.</summary>
    public static bool IsIdentifierContinue(int c) => ContinueRule(c) != InRanges(UnicodeTables.IdentifierContinueFlips, c);

    public static void AppendUpper(StringBuilder sb, int c)
    {
        if (s_upper.TryGetValue(c, out string? special))
        {
            sb.Append(special);
            return;
        }

        Append(sb, SimpleUpper(c));
    }

    public static void AppendLower(StringBuilder sb, int c)
    {
        if (s_lower.TryGetValue(c, out string? special))
        {
            sb.Append(special);
            return;
        }

        Append(sb, SimpleLower(c));
    }

    public static void AppendTitle(StringBuilder sb, int c)
    {
        if (s_title.TryGetValue(c, out string? special))
        {
            sb.Append(special);
            return;
        }

        AppendUpper(sb, c);
    }

    public static void AppendFold(StringBuilder sb, int c)
    {
        if (s_fold.TryGetValue(c, out string? special))
        {
            sb.Append(special);
            return;
        }

        AppendLower(sb, c);
    }

    /// <summary>Appends a code point (a lone surrogate as itself).</summary>
    public static void Append(StringBuilder sb, int c)
    {
        if (c < 0x10000)
        {
            sb.Append((char)c);
        }
        else
        {
            sb.Append(char.ConvertFromUtf32(c));
        }
    }

    public static bool IsSurrogate(int c) => c is >= 0xd800 and <= 0xdfff;

    private static bool StartRule(int c) => c == '_' || Category(c) is UnicodeCategory.UppercaseLetter
        or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter
        or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber;

    private static bool ContinueRule(int c) => StartRule(c) || Category(c) is UnicodeCategory.NonSpacingMark
        or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation
        || c is 0xb7 or 0x387 or (>= 0x1369 and <= 0x1371) or 0x19da;

    private static int SimpleUpper(int c) =>
        c < 0x80 ? char.ToUpperInvariant((char)c)
        : IsUnassigned(c) || IsSurrogate(c) ? c
        : c < 0x10000 ? char.ToUpperInvariant((char)c)
        : Rune.ToUpperInvariant(new Rune(c)).Value;

    private static int SimpleLower(int c) =>
        c < 0x80 ? char.ToLowerInvariant((char)c)
        : IsUnassigned(c) || IsSurrogate(c) ? c
        : c < 0x10000 ? char.ToLowerInvariant((char)c)
        : Rune.ToLowerInvariant(new Rune(c)).Value;

    private static bool InRanges((int First, int Last)[] ranges, int c)
    {
        int low = 0;
        int high = ranges.Length - 1;
        while (low <= high)
        {
            int mid = (low + high) >> 1;
            if (c < ranges[mid].First)
            {
                high = mid - 1;
            }
            else if (c > ranges[mid].Last)
            {
                low = mid + 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }
}
