namespace Jit.Lexing;

/// <summary>Which Python exception class a compile-time error becomes.</summary>
public enum SyntaxErrorKind
{
    SyntaxError,
    IndentationError,
    TabError,

    /// <summary>Nesting too deep to compile (CPython: "maximum recursion depth exceeded during
    /// compilation"); not a SyntaxError in Python, but raised at the same point.</summary>
    RecursionError,
}

/// <summary>A compile-time error found by the tokenizer, the parser or the compiler, carrying what
/// CPython's SyntaxError carries: message, file, 1-based line, 1-based column offset (character
/// based, as CPython's <c>offset</c>), and the end of the offending range for the caret line.</summary>
public sealed class SyntaxErrorException : Exception
{
    public SyntaxErrorException(SyntaxErrorKind kind, string message, string fileName, int line, int offset, int endLine, int endOffset, string? sourceLine)
        : base(message)
    {
        Kind = kind;
        FileName = fileName;
        Line = line;
        Offset = offset;
        EndLine = endLine;
        EndOffset = endOffset;
        SourceLine = sourceLine;
    }

    public SyntaxErrorKind Kind { get; }

    public string FileName { get; }

    public int Line { get; }

    public int Offset { get; }

    public int EndLine { get; }

    public int EndOffset { get; }

    /// <summary>The text of the offending line without its line ending, or null when unknown.</summary>
    public string? SourceLine { get; }
}
