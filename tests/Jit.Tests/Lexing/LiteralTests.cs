using System.Numerics;
using System.Text;
using Jit.Lexing;

namespace Jit.Tests.Lexing;

public class LiteralTests
{
    private static object Decode(string literal)
    {
        var lexer = new Lexer(literal + "\n", "t.py");
        Token token = lexer.Next();
        Assert.Equal(TokenKind.String, token.Kind);
        return StringLiteral.Decode(lexer, token);
    }

    [Theory]
    [InlineData(@"'a\nb'", "a\nb")]
    [InlineData(@"'\x41\u00e9\U0001F600'", "Aé😀")]
    [InlineData(@"'\101\0'", "A\0")]
    [InlineData(@"'\N{BULLET} \N{em dash} \N{GREEK SMALL LETTER ALPHA}'", "• — α")]
    [InlineData(@"r'\n\x'", @"\n\x")]
    [InlineData(@"'\d\q'", @"\d\q")]
    [InlineData("'''a\\\nb'''", "ab")]
    [InlineData(@"'\a\b\f\v\t\r'", "\a\b\f\v\t\r")]
    public void StringEscapes(string literal, string expected)
    {
        Assert.Equal(expected, Decode(literal));
    }

    [Fact]
    public void BytesEscapes()
    {
        Assert.Equal(new byte[] { 0x41, 0xff, 0x0a, 0x5c, 0x64 }, Decode(@"b'A\xff\n\d'"));
        Assert.Equal(Encoding.ASCII.GetBytes(@"\x00"), Decode(@"rb'\x00'"));
    }

    [Theory]
    [InlineData("x = \"ab\\x4\"", "(unicode error) 'unicodeescape' codec can't decode bytes in position 2-4: truncated \\xXX escape", 12)]
    [InlineData("x = \"\\N{BULLETX}\"", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-10: unknown Unicode character name", 18)]
    [InlineData("x = b'\\x1'", "(value error) invalid \\x escape at position 0", 11)]
    [InlineData("x = b'é'", "bytes can only contain ASCII literal characters", 5)]
    public void LiteralErrorsMatchCPython(string source, string message, int offset)
    {
        var lexer = new Lexer(source + "\n", "t.py");
        lexer.Next();
        lexer.Next();
        Token token = lexer.Next();
        SyntaxErrorException error = Assert.Throws<SyntaxErrorException>(() => StringLiteral.Decode(lexer, token));
        Assert.Equal(message, error.Message);
        Assert.Equal(offset, error.Offset);
    }

    [Fact]
    public void PrefixFlags()
    {
        StringPrefix prefix = StringLiteral.ParsePrefix("Rb'''x'''");
        Assert.True(prefix.IsRaw);
        Assert.True(prefix.IsBytes);
        Assert.False(prefix.IsFormatted);
        Assert.Equal(2, prefix.PrefixLength);
        Assert.Equal(3, prefix.QuoteLength);
        Assert.Equal("x", prefix.Body("Rb'''x'''").ToString());
    }

    [Fact]
    public void Numbers()
    {
        Assert.Equal(1_000_000L, NumberLiteral.Parse("1_000_000"));
        Assert.Equal(255L, NumberLiteral.Parse("0xff"));
        Assert.Equal(8L, NumberLiteral.Parse("0o10"));
        Assert.Equal(5L, NumberLiteral.Parse("0b101"));
        Assert.Equal(BigInteger.Pow(2, 64), NumberLiteral.Parse("18446744073709551616"));
        Assert.Equal(BigInteger.Pow(2, 64), NumberLiteral.Parse("0x1_0000_0000_0000_0000"));
        Assert.Equal(long.MaxValue, NumberLiteral.Parse("9223372036854775807"));
        Assert.Equal(1.5e-5, NumberLiteral.Parse("1.5e-5"));
        Assert.Equal(0.5, NumberLiteral.Parse(".5"));
        Assert.Equal(double.PositiveInfinity, NumberLiteral.Parse("1e500"));
        Assert.Equal(new Complex(0, 2), NumberLiteral.Parse("2j"));
    }
}
