using System.Text;

namespace Jit.Lexing;

/// <summary>Stand-in source decoding until the real lexer is merged.</summary>
public static class SourceDecoder
{
    public static string Decode(byte[] bytes, string fileName)
    {
        _ = fileName;
        int start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        string head = Encoding.Latin1.GetString(bytes, start, Math.Min(bytes.Length - start, 400));
        if (head.Contains("coding: latin-1", StringComparison.Ordinal) || head.Contains("coding: iso-8859-1", StringComparison.Ordinal) || head.Contains("coding: latin1", StringComparison.Ordinal))
        {
            return Encoding.Latin1.GetString(bytes, start, bytes.Length - start);
        }

        return Encoding.UTF8.GetString(bytes, start, bytes.Length - start);
    }
}
