using System.Numerics;
using System.Text;
using Jit.Lexing;

namespace Jit.Tests.Lexing;

public class LexerTests
{
    private static List<Token> Tokenize(string source)
    {
        var lexer = new Lexer(source, "t.py");
        var tokens = new List<Token>();
        Token token;
        do
        {
            token = lexer.Next();
            tokens.Add(token);
        }
        while (token.Kind != TokenKind.EndMarker);
        return tokens;
    }

    private static string Kinds(string source) => string.Join(" ", Tokenize(source).Select(t => t.Kind));

    private static SyntaxErrorException Error(string source)
    {
        return Assert.Throws<SyntaxErrorException>(() => Tokenize(source));
    }

    [Fact]
    public void IndentationProducesIndentAndDedent()
    {
        Assert.Equal(
            "If Name Colon Newline Indent Name Equal Number Newline Dedent Name Newline EndMarker",
            Kinds("if x:\n    y = 1\nz\n"));
    }

    [Fact]
    public void SeveralDedentsAtEndOfInput()
    {
        Assert.Equal(
            "If Name Colon Newline Indent If Name Colon Newline Indent Pass Newline Dedent Dedent EndMarker",
            Kinds("if a:\n  if b:\n    pass"));
    }

    [Fact]
    public void BlankLinesAndCommentsAreSkipped()
    {
        Assert.Equal("Name Newline Name Newline EndMarker", Kinds("a\n\n   # comment\n\t\nb  # trailing\n"));
    }

    [Fact]
    public void NewlinesInsideBracketsJoinLines()
    {
        Assert.Equal(
            "Name Equal LeftParen Number Comma Number RightParen Newline Name Newline EndMarker",
            Kinds("x = (1,\n        2)\ny\n"));
    }

    [Fact]
    public void BackslashContinuesTheLine()
    {
        Assert.Equal("Name Equal Number Plus Number Newline EndMarker", Kinds("x = 1 + \\\n  2\n"));
    }

    [Fact]
    public void TabsIndentToMultiplesOfEight()
    {
        Assert.Equal(
            "If Name Colon Newline Indent Name Newline Name Newline Dedent EndMarker",
            Kinds("if x:\n\ta\n\ta\n"));
    }

    [Fact]
    public void OperatorsTakeTheLongestMatch()
    {
        Assert.Equal(
            "Name DoubleStarEqual Name DoubleSlashEqual Name RightShiftEqual Name Arrow Name ColonEqual Ellipsis NotEqual Newline EndMarker",
            Kinds("a **= b //= c >>= d -> e := ... !=\n"));
    }

    [Fact]
    public void KeywordsAndSoftKeywords()
    {
        Assert.Equal("Name Name Name Not In Is Lambda Await Newline EndMarker", Kinds("match case _ not in is lambda await\n"));
    }

    [Fact]
    public void StringPrefixesAreOneToken()
    {
        Assert.Equal(
            "String String String String String String String Name Newline EndMarker",
            Kinds("r'a' b\"b\" Rb'c' bR'd' f'{x}' rF'e' '''t\nu''' br\n"));
    }

    [Fact]
    public void NonAsciiIdentifiers()
    {
        var lexer = new Lexer("café = 1\n", "t.py");
        Token name = lexer.Next();
        Assert.Equal(TokenKind.Name, name.Kind);
        Assert.Equal("café", lexer.NameText(name));
    }

    [Theory]
    [InlineData("ﬁle", "file")]
    [InlineData("ｗｉｄｔｈ", "width")]
    [InlineData("µ", "μ")]
    public void IdentifiersAreNfkcNormalized(string spelled, string normalized)
    {
        var lexer = new Lexer(spelled + " = 1\n", "t.py");
        Assert.Equal(normalized, lexer.NameText(lexer.Next()));
    }

    [Fact]
    public void NonBmpIdentifiers()
    {
        var lexer = new Lexer("𝔘𝔫 = 1\n", "t.py");
        Token name = lexer.Next();
        Assert.Equal(TokenKind.Name, name.Kind);
        Assert.Equal(4, name.Length);
    }

    [Theory]
    [InlineData("1abc\n", "invalid decimal literal", 1, 1)]
    [InlineData("x = 0x\n", "invalid hexadecimal literal", 1, 6)]
    [InlineData("x = 012\n", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5)]
    [InlineData("x = 0b12\n", "invalid digit '2' in binary literal", 1, 8)]
    [InlineData("x = 1_\n", "invalid decimal literal", 1, 6)]
    [InlineData("x = 1__0\n", "invalid decimal literal", 1, 6)]
    [InlineData("x = \"abc\n", "unterminated string literal (detected at line 1)", 1, 5)]
    [InlineData("x = \"\"\"abc\n\n", "unterminated triple-quoted string literal (detected at line 2)", 1, 5)]
    [InlineData("x = 1\ny = \"\"\"abc\ndef\n", "unterminated triple-quoted string literal (detected at line 3)", 2, 5)]
    [InlineData("x = 1 €\n", "invalid character '€' (U+20AC)", 1, 7)]
    [InlineData("x = 1\u00a0\n", "invalid non-printable character U+00A0", 1, 6)]
    [InlineData("x = (1,\ny = 2\n", "'(' was never closed", 1, 5)]
    [InlineData("x = 1jx\n", "invalid imaginary literal", 1, 6)]
    [InlineData("x = 1.5e\n", "invalid decimal literal", 1, 7)]
    [InlineData("x = 1e+\n", "invalid decimal literal", 1, 7)]
    [InlineData("x = 0o8\n", "invalid digit '8' in octal literal", 1, 7)]
    [InlineData("x = (]\n", "closing parenthesis ']' does not match opening parenthesis '('", 1, 6)]
    [InlineData("x = (\n1,\n]\n", "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 3, 1)]
    [InlineData("x = )\n", "unmatched ')'", 1, 5)]
    [InlineData("x = 1 \\ 2\n", "unexpected character after line continuation character", 1, 8)]
    [InlineData("x = 1 + \\\n", "unexpected EOF while parsing", 1, 10)]
    public void ErrorsMatchCPython(string source, string message, int line, int offset)
    {
        SyntaxErrorException error = Error(source);
        Assert.Equal(message, error.Message);
        Assert.Equal(line, error.Line);
        Assert.Equal(offset, error.Offset);
        Assert.Equal(SyntaxErrorKind.SyntaxError, error.Kind);
    }

    [Fact]
    public void NumbersMayRunIntoKeywords()
    {
        Assert.Equal("Name Equal Number If Number Else Number Newline EndMarker", Kinds("x = 1if 1 else 2\n"));
    }

    [Fact]
    public void UnindentMismatchIsAnIndentationError()
    {
        SyntaxErrorException error = Error("if x:\n    a\n  b\n");
        Assert.Equal(SyntaxErrorKind.IndentationError, error.Kind);
        Assert.Equal("unindent does not match any outer indentation level", error.Message);
        Assert.Equal(3, error.Line);
        Assert.Equal(4, error.Offset);
    }

    [Fact]
    public void InconsistentTabsAreATabError()
    {
        SyntaxErrorException error = Error("if x:\n\tif y:\n\t    a\n        b\n");
        Assert.Equal(SyntaxErrorKind.TabError, error.Kind);
        Assert.Equal("inconsistent use of tabs and spaces in indentation", error.Message);
        Assert.Equal(4, error.Line);
    }

    [Fact]
    public void TooManyNestedParentheses()
    {
        SyntaxErrorException error = Error("x = " + new string('(', 201) + new string(')', 201) + "\n");
        Assert.Equal("too many nested parentheses", error.Message);
        Assert.Equal(205, error.Offset);
    }

    [Fact]
    public void HundredThousandBracketsEndInAnError()
    {
        SyntaxErrorException error = Error(new string('[', 100_000));
        Assert.Equal("too many nested parentheses", error.Message);
    }

    [Fact]
    public void UnexpectedCharactersBecomeErrorTokens()
    {
        Assert.Equal("Name Equal Name ErrorToken Name Newline EndMarker", Kinds("x = a$b\n"));
    }
}
