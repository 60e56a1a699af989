using System.Globalization;
using System.Text;

namespace Jit.Runtime.Text;

/// <summary>
/// The codecs of str.encode and bytes.decode: UTF-8, ASCII and Latin-1, with the error handlers
/// strict, ignore, replace, backslashreplace, xmlcharrefreplace (encoding), surrogateescape and
/// surrogatepass. Errors carry CPython's positions and reasons; positions in text count code
/// points. An unknown handler name only fails when an error actually needs it, as in CPython.
/// </summary>
public static class Codecs
{
    private enum Codec
    {
        Utf8,
        Ascii,
        Latin1,
    }

    /// <summary>The canonical name of a supported encoding ("utf-8", "ascii", "latin-1"), or
    /// LookupError "unknown encoding: x".</summary>
    public static string CanonicalName(string encoding) => Name(Lookup(encoding));

    public static byte[] Encode(string text, string encoding, string errors)
    {
        Codec codec = Lookup(encoding);
        if (codec == Codec.Utf8 && !HasSurrogates(text))
        {
            return Encoding.UTF8.GetBytes(text);
        }

        int limit = codec switch
        {
            Codec.Ascii => 0x80,
            Codec.Latin1 => 0x100,
            _ => 0x110000,
        };
        var output = new List<byte>(text.Length);
        int index = 0;
        for (int unit = 0; unit < text.Length; index++)
        {
            int c = CodePoints.At(text, unit);
            int units = c > 0xffff ? 2 : 1;
            if (c < limit && !(codec == Codec.Utf8 && UnicodeText.IsSurrogate(c)))
            {
                AppendEncoded(output, codec, c);
                unit += units;
                continue;
            }

            // A run of characters this codec cannot encode is reported (or replaced) at once.
            int start = index;
            var bad = new List<int>();
            while (unit < text.Length)
            {
                int d = CodePoints.At(text, unit);
                bool encodable = d < limit && !(codec == Codec.Utf8 && UnicodeText.IsSurrogate(d));
                if (encodable)
                {
                    break;
                }

                bad.Add(d);
                unit += d > 0xffff ? 2 : 1;
                index++;
            }

            index--;
            string reason = codec == Codec.Utf8 ? "surrogates not allowed" : $"ordinal not in range({limit})";
            HandleEncodeError(output, codec, errors, text, start, start + bad.Count, bad, reason);
        }

        return [.. output];
    }

    public static string Decode(ReadOnlySpan<byte> data, string encoding, string errors)
    {
        Codec codec = Lookup(encoding);
        switch (codec)
        {
            case Codec.Latin1:
                return Encoding.Latin1.GetString(data);
            case Codec.Ascii when !data.ContainsAnyExceptInRange((byte)0, (byte)0x7f):
                return Encoding.ASCII.GetString(data);
        }

        var sb = new StringBuilder(data.Length);
        int pos = 0;
        while (pos < data.Length)
        {
            byte b = data[pos];
            if (b < 0x80)
            {
                sb.Append((char)b);
                pos++;
                continue;
            }

            if (codec == Codec.Ascii)
            {
                HandleDecodeError(sb, "ascii", errors, data, pos, pos + 1, "ordinal not in range(128)");
                pos++;
                continue;
            }

            int length = Utf8Sequence(data, pos, errors == "surrogatepass", out int codePoint, out string? reason);
            if (reason is null)
            {
                UnicodeText.Append(sb, codePoint);
                pos += length;
                continue;
            }

            HandleDecodeError(sb, "utf-8", errors, data, pos, pos + length, reason);
            pos += length;
        }

        return sb.ToString();
    }

    private static Codec Lookup(string encoding)
    {
        string name = encoding.ToLowerInvariant().Replace('-', '_').Replace(' ', '_');
        return name switch
        {
            "utf_8" or "utf8" or "u8" or "utf" or "cp65001" or "utf8_ucs2" or "utf8_ucs4" => Codec.Utf8,
            "ascii" or "us_ascii" or "646" or "us" or "ansi_x3.4_1968" or "iso646_us" => Codec.Ascii,
            "latin_1" or "latin1" or "latin" or "l1" or "iso_8859_1" or "iso8859_1" or "8859" or "cp819" or "iso_ir_100" => Codec.Latin1,
            _ => throw PyErr.New(PyExc.LookupError, $"unknown encoding: {encoding}"),
        };
    }

    private static string Name(Codec codec) => codec switch
    {
        Codec.Utf8 => "utf-8",
        Codec.Ascii => "ascii",
        _ => "latin-1",
    };

    private static bool HasSurrogates(string text)
    {
        foreach (char c in text)
        {
            if (char.IsSurrogate(c))
            {
                return true;
            }
        }

        return false;
    }

    private static void AppendEncoded(List<byte> output, Codec codec, int c)
    {
        if (codec != Codec.Utf8 || c < 0x80)
        {
            output.Add((byte)c);
            return;
        }

        if (c < 0x800)
        {
            output.Add((byte)(0xc0 | (c >> 6)));
        }
        else if (c < 0x10000)
        {
            output.Add((byte)(0xe0 | (c >> 12)));
            output.Add((byte)(0x80 | ((c >> 6) & 0x3f)));
        }
        else
        {
            output.Add((byte)(0xf0 | (c >> 18)));
            output.Add((byte)(0x80 | ((c >> 12) & 0x3f)));
            output.Add((byte)(0x80 | ((c >> 6) & 0x3f)));
        }

        output.Add((byte)(0x80 | (c & 0x3f)));
    }

    private static void HandleEncodeError(List<byte> output, Codec codec, string errors, string text, int start, int end, List<int> bad, string reason)
    {
        switch (errors)
        {
            case "strict":
                break;
            case "ignore":
                return;
            case "replace":
                output.AddRange(Enumerable.Repeat((byte)'?', bad.Count));
                return;
            case "backslashreplace":
                foreach (int c in bad)
                {
                    string escape = c switch
                    {
                        < 0x100 => $"\\x{c:x2}",
                        < 0x10000 => $"\\u{c:x4}",
                        _ => $"\\U{c:x8}",
                    };
                    output.AddRange(Encoding.ASCII.GetBytes(escape));
                }

                return;
            case "xmlcharrefreplace":
                foreach (int c in bad)
                {
                    output.AddRange(Encoding.ASCII.GetBytes("&#" + c.ToString(CultureInfo.InvariantCulture) + ";"));
                }

                return;
            case "surrogateescape" when bad.TrueForAll(c => c is >= 0xdc80 and <= 0xdcff):
                foreach (int c in bad)
                {
                    output.Add((byte)(c - 0xdc00));
                }

                return;
            case "surrogatepass" when codec == Codec.Utf8 && bad.TrueForAll(UnicodeText.IsSurrogate):
                foreach (int c in bad)
                {
                    output.Add((byte)(0xe0 | (c >> 12)));
                    output.Add((byte)(0x80 | ((c >> 6) & 0x3f)));
                    output.Add((byte)(0x80 | (c & 0x3f)));
                }

                return;
            case "surrogateescape" or "surrogatepass":
                break;
            default:
                throw PyErr.New(PyExc.LookupError, $"unknown error handler name '{errors}'");
        }

        throw PyErr.UnicodeEncodeError(Name(codec), text, start, end, reason);
    }

    private static void HandleDecodeError(StringBuilder sb, string encoding, string errors, ReadOnlySpan<byte> data, int start, int end, string reason)
    {
        switch (errors)
        {
            case "strict" or "surrogatepass":
                throw PyErr.UnicodeDecodeError(encoding, data.ToArray(), start, end, reason);
            case "ignore":
                return;
            case "replace":
                sb.Append('\ufffd');
                return;
            case "backslashreplace":
                for (int i = start; i < end; i++)
                {
                    sb.Append("\\x").Append(data[i].ToString("x2", CultureInfo.InvariantCulture));
                }

                return;
            case "surrogateescape":
                for (int i = start; i < end; i++)
                {
                    sb.Append((char)(0xdc00 + data[i]));
                }

                return;
            default:
                throw PyErr.New(PyExc.LookupError, $"unknown error handler name '{errors}'");
        }
    }

    /// <summary>
    /// Decodes the UTF-8 sequence at <paramref name="pos"/> (lead byte &gt;= 0x80). On success,
    /// returns its length and the code point; on error, the length of the maximal invalid
    /// subpart and CPython's reason ("invalid start byte", "invalid continuation byte",
    /// "unexpected end of data").
    /// </summary>
    private static int Utf8Sequence(ReadOnlySpan<byte> data, int pos, bool allowSurrogates, out int codePoint, out string? reason)
    {
        byte lead = data[pos];
        codePoint = 0;
        reason = null;
        int length;
        byte low = 0x80;
        byte high = 0xbf;
        switch (lead)
        {
            case >= 0xc2 and <= 0xdf:
                length = 2;
                codePoint = lead & 0x1f;
                break;
            case >= 0xe0 and <= 0xef:
                length = 3;
                codePoint = lead & 0x0f;
                if (lead == 0xe0)
                {
                    low = 0xa0;
                }
                else if (lead == 0xed && !allowSurrogates)
                {
                    high = 0x9f;
                }

                break;
            case >= 0xf0 and <= 0xf4:
                length = 4;
                codePoint = lead & 0x07;
                if (lead == 0xf0)
                {
                    low = 0x90;
                }
                else if (lead == 0xf4)
                {
                    high = 0x8f;
                }

                break;
            default:
                reason = "invalid start byte";
                return 1;
        }

        for (int i = 1; i < length; i++)
        {
            if (pos + i >= data.Length)
            {
                reason = "unexpected end of data";
                return i;
            }

            byte b = data[pos + i];
            if (b < (i == 1 ? low : 0x80) || b > (i == 1 ? high : 0xbf))
            {
                reason = "invalid continuation byte";
                return i;
            }

            codePoint = (codePoint << 6) | (b & 0x3f);
        }

        return length;
    }
}
