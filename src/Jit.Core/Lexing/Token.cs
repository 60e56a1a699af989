namespace Jit.Lexing;

/// <summary>One token: its kind and where it stands. <see cref="Start"/>/<see cref="End"/> are
/// character offsets into the source text; lines are 1-based and columns 0-based (characters).
/// The text itself is read from the source on demand, so a token allocates nothing.</summary>
public readonly struct Token
{
    public Token(TokenKind kind, int start, int end, int line, int column, int endLine, int endColumn)
    {
        Kind = kind;
        Start = start;
        End = end;
        Line = line;
        Column = column;
        EndLine = endLine;
        EndColumn = endColumn;
    }

    public TokenKind Kind { get; }

    public int Start { get; }

    public int End { get; }

    public int Line { get; }

    public int Column { get; }

    public int EndLine { get; }

    public int EndColumn { get; }

    public int Length => End - Start;

    public override string ToString() => $"{Kind}@{Line}:{Column}";
}
