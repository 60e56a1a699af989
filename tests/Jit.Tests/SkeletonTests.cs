using Jit.Lexing;

namespace Jit.Tests;

public class SkeletonTests
{
    [Fact]
    public void TokenReportsItsLength()
    {
        var token = new Token(TokenKind.Name, 4, 9, 1, 4, 1, 9);
        Assert.Equal(5, token.Length);
    }
}
