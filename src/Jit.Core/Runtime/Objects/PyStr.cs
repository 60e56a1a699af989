using System.Runtime.CompilerServices;

namespace Jit.Runtime.Objects;

/// <summary>
/// A str: an immutable .NET string. A character outside the BMP is a surrogate pair in .NET but
/// one code point in Python, so lengths, indices and ordering that Python sees go through the
/// code-point helpers here (<see cref="Length"/>, <see cref="IsBmp"/>, <see cref="Compare"/>).
/// The hash is CPython's (SipHash-1-3 over its 1/2/4-byte representation), computed once.
/// Methods live in PyStr.Methods.cs (text) and PyStr.Core.cs (core dunders).
/// </summary>
[PyClass("str")]
public sealed partial class PyStr : PyObject
{
    public static readonly PyStr Empty = new(string.Empty);

    private static readonly PyStr[] s_latin1 = CreateLatin1();

    private long _hash = -1;
    private int _length = -1;

    public PyStr(string value)
        : base(PyType.Str)
    {
        Text = value;
    }

    /// <summary>An instance of a str subclass.</summary>
    public PyStr(PyType type, string value)
        : base(type)
    {
        Text = value;
    }

    /// <summary>The characters (UTF-16; see the class remarks for code points).</summary>
    public string Text { get; }

    /// <summary>The length in code points (Python's <c>len</c>).</summary>
    public int Length
    {
        get
        {
            int length = _length;
            if (length < 0)
            {
                _length = length = CountCodePoints(Text);
            }

            return length;
        }
    }

    /// <summary>True when every code point is one UTF-16 unit, so .NET indices are Python indices.</summary>
    public bool IsBmp => Length == Text.Length;

    /// <summary>CPython's <c>hash()</c> of this string (with <c>PYTHONHASHSEED=0</c>).</summary>
    public long Hash
    {
        get
        {
            long hash = _hash;
            if (hash == -1)
            {
                _hash = hash = PyHash.String(Text);
            }

            return hash;
        }
    }

    /// <summary>A str for <paramref name="value"/>, sharing the cached objects for "" and single
    /// Latin-1 characters.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyStr From(string value)
    {
        if (value.Length <= 1)
        {
            return value.Length == 0 ? Empty : FromChar(value[0]);
        }

        return new PyStr(value);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyStr FromChar(char c) => c < 256 ? s_latin1[c] : new PyStr(c.ToString());

    public static PyStr FromCodePoint(int codePoint) =>
        codePoint < 256 ? s_latin1[codePoint]
        : codePoint < 0x10000 ? new PyStr(((char)codePoint).ToString())
        : new PyStr(char.ConvertFromUtf32(codePoint));

    /// <summary>Number of code points: a well-formed surrogate pair counts once.</summary>
    public static int CountCodePoints(string value)
    {
        int pairs = 0;
        for (int i = 0; i < value.Length - 1; i++)
        {
            if (char.IsHighSurrogate(value[i]) && char.IsLowSurrogate(value[i + 1]))
            {
                pairs++;
                i++;
            }
        }

        return value.Length - pairs;
    }

    /// <summary>Compares in code point order (Python's), which differs from UTF-16 ordinal order when
    /// a surrogate pair meets a BMP character at or above U+E000.</summary>
    public static int Compare(string a, string b)
    {
        int common = Math.Min(a.Length, b.Length);
        int i = a.AsSpan(0, common).CommonPrefixLength(b.AsSpan(0, common));
        if (i == common)
        {
            return a.Length.CompareTo(b.Length);
        }

        char x = a[i];
        char y = b[i];
        if (x >= 0xd800 && y >= 0xd800)
        {
            // Both are surrogates or high BMP characters: lift surrogates above U+FFFF.
            return Fix(x).CompareTo(Fix(y));
        }

        return x.CompareTo(y);

        static int Fix(char c) => c is >= '\ud800' and <= '\udfff' ? c + 0x2000 : c;
    }

    /// <summary>The code point at code-point index <paramref name="index"/> (0 &lt;= index &lt; Length).</summary>
    public int CodePointAt(int index)
    {
        if (IsBmp)
        {
            return Text[index];
        }

        int unit = UnitIndex(index);
        return char.IsHighSurrogate(Text[unit]) && unit + 1 < Text.Length && char.IsLowSurrogate(Text[unit + 1])
            ? char.ConvertToUtf32(Text[unit], Text[unit + 1])
            : Text[unit];
    }

    /// <summary>The UTF-16 index where code point number <paramref name="index"/> starts
    /// (0 &lt;= index &lt;= Length).</summary>
    public int UnitIndex(int index)
    {
        if (IsBmp)
        {
            return index;
        }

        int unit = 0;
        for (int n = 0; n < index; n++)
        {
            unit += char.IsHighSurrogate(Text[unit]) && unit + 1 < Text.Length && char.IsLowSurrogate(Text[unit + 1]) ? 2 : 1;
        }

        return unit;
    }

    public override string ToString() => Text;

    private static PyStr[] CreateLatin1()
    {
        var table = new PyStr[256];
        for (int i = 0; i < table.Length; i++)
        {
            table[i] = new PyStr(((char)i).ToString());
        }

        return table;
    }
}
