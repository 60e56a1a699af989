using System.Text;
using System.Text.RegularExpressions;

namespace Jit.Lexing;

/// <summary>Turns a source file's bytes into text as CPython does for a script: UTF-8 by default,
/// a UTF-8 BOM accepted, a PEP 263 coding declaration on line 1 or 2 honoured, line endings
/// normalised to \n. Errors carry line 0 when CPython prints them without a location.</summary>
public static partial class SourceDecoder
{
    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Decode(byte[] bytes, string fileName)
    {
        ReadOnlySpan<byte> data = bytes;
        bool bom = data.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]);
        if (bom)
        {
            data = data[3..];
        }

        string? declared = FindCodingDeclaration(data);
        Encoding encoding = s_strictUtf8;
        if (declared is not null)
        {
            string normalized = declared.ToLowerInvariant().Replace('_', '-');
            if (normalized is "utf-8" || normalized.StartsWith("utf-8-", StringComparison.Ordinal))
            {
                encoding = s_strictUtf8;
            }
            else if (bom)
            {
                // With a BOM, CPython accepts only the canonical spelling "utf-8".
                string canonical = IsLatin1(normalized) ? "iso-8859-1" : declared;
                throw Error($"encoding problem: {canonical} with BOM", fileName);
            }
            else if (normalized is "utf8")
            {
                encoding = s_strictUtf8;
            }
            else if (IsLatin1(normalized))
            {
                encoding = Encoding.Latin1;
            }
            else if (normalized is "ascii" or "us-ascii")
            {
                encoding = s_strictUtf8;
            }
            else
            {
                encoding = OtherEncoding(normalized) ?? throw Error($"encoding problem: {declared}", fileName);
            }
        }

        string text;
        try
        {
            text = encoding.GetString(data);
        }
        catch (DecoderFallbackException)
        {
            throw InvalidUtf8(data, fileName);
        }

        int nul = text.IndexOf('\0');
        if (nul >= 0)
        {
            int line = 1 + text.AsSpan(0, nul).Count('\n');
            // CPython shows the line up to the null byte.
            string shown = SourceLines.GetLine(text, line).Split('\0')[0];
            throw new SyntaxErrorException(SyntaxErrorKind.SyntaxError, "source code cannot contain null bytes", fileName, line, 0, line, 0, shown);
        }

        return text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;
    }

    private static bool IsLatin1(string normalized) =>
        normalized is "latin-1" or "latin1" or "iso-8859-1" or "iso8859-1" or "l1" or "iso-latin-1"
        || normalized.StartsWith("latin-1-", StringComparison.Ordinal)
        || normalized.StartsWith("iso-8859-1-", StringComparison.Ordinal);

    /// <summary>Legacy code pages (cp1252, koi8-r, ...) through .NET's code-page provider.</summary>
    private static Encoding? OtherEncoding(string name)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        string dotnetName = name.StartsWith("cp", StringComparison.Ordinal) && int.TryParse(name.AsSpan(2), out int page)
            ? (page is >= 1250 and <= 1258 ? $"windows-{page}" : $"ibm{page}")
            : name;
        try
        {
            return Encoding.GetEncoding(dotnetName, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static string? FindCodingDeclaration(ReadOnlySpan<byte> data)
    {
        for (int lineNumber = 1; lineNumber <= 2 && !data.IsEmpty; lineNumber++)
        {
            int end = data.IndexOf((byte)'\n');
            ReadOnlySpan<byte> line = end < 0 ? data : data[..end];
            string text = Encoding.Latin1.GetString(line);
            Match match = CodingPattern().Match(text);
            if (match.Success)
            {
                return match.Groups[1].Value;
            }

            // Line 2 counts only when line 1 is a comment or blank.
            string trimmed = text.TrimStart(' ', '\t', '\f');
            if (trimmed.Length > 0 && trimmed[0] != '#' && trimmed[0] != '\r')
            {
                return null;
            }

            data = end < 0 ? [] : data[(end + 1)..];
        }

        return null;
    }

    private static SyntaxErrorException InvalidUtf8(ReadOnlySpan<byte> data, string fileName)
    {
        int position = 0;
        while (position < data.Length)
        {
            int length = Utf8Length(data[position..]);
            if (length == 0)
            {
                break;
            }

            position += length;
        }

        int line = 1 + data[..position].Count((byte)'\n');
        return Error($"Non-UTF-8 code starting with '\\x{data[position]:x2}' in file {fileName} on line {line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details", fileName);
    }

    /// <summary>The length of the valid UTF-8 sequence at the start of <paramref name="data"/>, or 0.</summary>
    private static int Utf8Length(ReadOnlySpan<byte> data) =>
        Rune.DecodeFromUtf8(data, out _, out int consumed) == System.Buffers.OperationStatus.Done ? consumed : 0;

    private static SyntaxErrorException Error(string message, string fileName) =>
        new(SyntaxErrorKind.SyntaxError, message, fileName, 0, 0, 0, 0, null);

    [GeneratedRegex(@"^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)")]
    private static partial Regex CodingPattern();
}
