using System.Text;
using Jit.Lexing;

namespace Jit.Tests.Lexing;

public class SourceDecoderTests
{
    [Fact]
    public void BomIsAccepted()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("x = 'é'\n")];
        Assert.Equal("x = 'é'\n", SourceDecoder.Decode(bytes, "t.py"));
    }

    [Fact]
    public void LatinOneDeclarationIsHonoured()
    {
        byte[] bytes = [.. Encoding.ASCII.GetBytes("# -*- coding: latin-1 -*-\nx = '"), 0xE9, .. Encoding.ASCII.GetBytes("'\n")];
        Assert.Equal("# -*- coding: latin-1 -*-\nx = 'é'\n", SourceDecoder.Decode(bytes, "t.py"));
    }

    [Fact]
    public void CarriageReturnsBecomeNewlines()
    {
        Assert.Equal("a\nb\nc", SourceDecoder.Decode(Encoding.ASCII.GetBytes("a\r\nb\rc"), "t.py"));
    }

    [Fact]
    public void InvalidUtf8IsReportedLikeCPython()
    {
        byte[] bytes = [.. Encoding.ASCII.GetBytes("x = 1\ny = \""), 0xFF, .. Encoding.ASCII.GetBytes("\"\n")];
        var error = Assert.Throws<SyntaxErrorException>(() => SourceDecoder.Decode(bytes, "u1.py"));
        Assert.Equal("Non-UTF-8 code starting with '\\xff' in file u1.py on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details", error.Message);
    }

    [Fact]
    public void UnknownEncodingIsAnEncodingProblem()
    {
        var error = Assert.Throws<SyntaxErrorException>(() => SourceDecoder.Decode(Encoding.ASCII.GetBytes("# -*- coding: foo -*-\nx=1\n"), "t.py"));
        Assert.Equal("encoding problem: foo", error.Message);
    }

    [Fact]
    public void NullBytesAreRejected()
    {
        var error = Assert.Throws<SyntaxErrorException>(() => SourceDecoder.Decode(Encoding.ASCII.GetBytes("x = 1\0\n"), "t.py"));
        Assert.Equal("source code cannot contain null bytes", error.Message);
        Assert.Equal(1, error.Line);
    }
}
