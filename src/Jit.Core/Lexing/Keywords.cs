namespace Jit.Lexing;

/// <summary>Hard keywords of Python 3.11 (soft keywords are names).</summary>
internal static class Keywords
{
    private static readonly Dictionary<string, TokenKind> s_keywords = new()
    {
        ["False"] = TokenKind.False,
        ["None"] = TokenKind.None,
        ["True"] = TokenKind.True,
        ["and"] = TokenKind.And,
        ["as"] = TokenKind.As,
        ["assert"] = TokenKind.Assert,
        ["async"] = TokenKind.Async,
        ["await"] = TokenKind.Await,
        ["break"] = TokenKind.Break,
        ["class"] = TokenKind.Class,
        ["continue"] = TokenKind.Continue,
        ["def"] = TokenKind.Def,
        ["del"] = TokenKind.Del,
        ["elif"] = TokenKind.Elif,
        ["else"] = TokenKind.Else,
        ["except"] = TokenKind.Except,
        ["finally"] = TokenKind.Finally,
        ["for"] = TokenKind.For,
        ["from"] = TokenKind.From,
        ["global"] = TokenKind.Global,
        ["if"] = TokenKind.If,
        ["import"] = TokenKind.Import,
        ["in"] = TokenKind.In,
        ["is"] = TokenKind.Is,
        ["lambda"] = TokenKind.Lambda,
        ["nonlocal"] = TokenKind.Nonlocal,
        ["not"] = TokenKind.Not,
        ["or"] = TokenKind.Or,
        ["pass"] = TokenKind.Pass,
        ["raise"] = TokenKind.Raise,
        ["return"] = TokenKind.Return,
        ["try"] = TokenKind.Try,
        ["while"] = TokenKind.While,
        ["with"] = TokenKind.With,
        ["yield"] = TokenKind.Yield,
    };

    private static readonly Dictionary<string, TokenKind>.AlternateLookup<ReadOnlySpan<char>> s_lookup =
        s_keywords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The keyword's kind, or <see cref="TokenKind.Name"/>.</summary>
    public static TokenKind Lookup(ReadOnlySpan<char> name)
    {
        // Every keyword is 2 to 8 characters long: skip the lookup for other names.
        if (name.Length < 2 || name.Length > 8)
        {
            return TokenKind.Name;
        }

        return s_lookup.TryGetValue(name, out TokenKind kind) ? kind : TokenKind.Name;
    }
}
