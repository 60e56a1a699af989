using Jit.Diagnostics;
using Jit.Lexing;
using Jit.Parsing;
using Jit.Parsing.Ast;
using Assert = Xunit.Assert;

namespace Jit.Tests.Parsing;

/// <summary>Parser results against CPython 3.11's, case by case (ParserCases.g.cs is generated
/// by tools/gen_parser_tests.py from python3).</summary>
public sealed class ParserTests
{
    [Theory]
    [MemberData(nameof(ParserCases.Valid), MemberType = typeof(ParserCases))]
    public void DumpMatchesCPython(string source, string expected)
    {
        Assert.Equal(expected, AstDumper.Dump(Parser.ParseModule(source)));
    }

    [Theory]
    [MemberData(nameof(ParserCases.Invalid), MemberType = typeof(ParserCases))]
    public void SyntaxErrorMatchesCPython(string source, string expected)
    {
        var error = Assert.Throws<SyntaxErrorException>(() => Parser.ParseModule(source));
        Assert.Equal(expected, $"{error.Kind}|{error.Message}|{error.Line}|{error.Offset}|{error.EndLine}|{error.EndOffset}");
    }

    [Fact]
    public void ExpressionModeParsesOneExpression()
    {
        Assert.Equal("Expression(body=BinOp(left=Name(id='a', ctx=Load()), op=Add(), right=Constant(value=1)))", AstDumper.Dump(Parser.ParseExpression("a + 1")));
        Assert.Equal("Expression(body=Tuple(elts=[Constant(value=1), Constant(value=2)], ctx=Load()))", AstDumper.Dump(Parser.ParseExpression("1, 2\n")));
        Assert.Throws<SyntaxErrorException>(() => Parser.ParseExpression("x = 1"));
    }

    [Fact]
    public void PositionsFollowCPython()
    {
        var module = Parser.ParseModule("x = (a).b + f(c for c in d)\n");
        var assign = (Assign)module.Body[0];
        var sum = (BinOp)assign.Value;
        Assert.Equal((1, 0, 1, 27), Span(assign));
        Assert.Equal((1, 4, 1, 27), Span(sum));

        // A node starts at its rule's first token: the parenthesis of "(a)" included.
        Assert.Equal((1, 4, 1, 9), Span(sum.Left));
        Assert.Equal((1, 5, 1, 6), Span(((Jit.Parsing.Ast.Attribute)sum.Left).Value));

        // The sole generator argument takes the call's parentheses.
        var call = (Call)sum.Right;
        Assert.Equal((1, 13, 1, 27), Span(call.Args[0]));
    }

    [Fact]
    public void FStringExpressionPositionsPointIntoTheString()
    {
        var module = Parser.ParseModule("y = f'{a} {b!r}'\nz = (f'''\n    {c}''')\n");
        var first = (JoinedStr)((Assign)module.Body[0]).Value;
        Assert.Equal((1, 7, 1, 8), Span(((FormattedValue)first.Values[0]).Value));
        Assert.Equal((1, 11, 1, 12), Span(((FormattedValue)first.Values[2]).Value));
        var second = (JoinedStr)((Assign)module.Body[1]).Value;
        Assert.Equal((3, 5, 3, 6), Span(((FormattedValue)second.Values[1]).Value));
    }

    [Fact]
    public void DeepNestingIsAnErrorNotAStackOverflow()
    {
        foreach (string source in new[]
        {
            new string('-', 100_000) + "x",
            string.Concat(Enumerable.Repeat("not ", 100_000)) + "x",
            "x" + string.Concat(Enumerable.Repeat("[0]", 100_000)),
            "a" + string.Concat(Enumerable.Repeat("+a", 100_000)),
            "a" + string.Concat(Enumerable.Repeat("**a", 100_000)),
            string.Concat(Enumerable.Repeat("lambda:", 100_000)) + "x",
            string.Concat(Enumerable.Repeat("x if y else ", 100_000)) + "x",
        })
        {
            var error = Assert.Throws<SyntaxErrorException>(() => Parser.ParseModule(source));
            Assert.Equal(SyntaxErrorKind.RecursionError, error.Kind);
            Assert.Equal("RecursionError: maximum recursion depth exceeded during compilation\n", SyntaxErrorFormatter.Format(error));
        }

        // Brackets: the tokenizer's limit or ours, but never a crash.
        Assert.Throws<SyntaxErrorException>(() => Parser.ParseModule(new string('(', 100_000)));
        Assert.Throws<SyntaxErrorException>(() => Parser.ParseModule("x = " + new string('[', 100_000) + new string(']', 100_000)));
        Assert.Throws<SyntaxErrorException>(() => Parser.ParseModule(string.Concat(Enumerable.Repeat("f(", 100_000))));
    }

    [Fact]
    public void DeepNestingIsSafeOnASmallStack()
    {
        // Parsing must stop with an error, not overflow, whatever the thread's stack size.
        Exception? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    Parser.ParseModule("x = " + new string('(', 2500) + "1" + new string(')', 2500));
                }
                catch (Exception error)
                {
                    failure = error;
                }
            },
            256 * 1024);
        thread.Start();
        thread.Join();
        Assert.IsType<SyntaxErrorException>(failure);
    }

    [Fact]
    public void ModeratelyDeepNestingParses()
    {
        Parser.ParseModule(new string('-', 1000) + "x");
        Parser.ParseModule(string.Concat(Enumerable.Repeat("not ", 1000)) + "x");
        Parser.ParseModule("a" + string.Concat(Enumerable.Repeat("+a", 2000)));
    }

    [Fact]
    public void SyntaxErrorIsFormattedAsCPythonPrintsIt()
    {
        var error = Assert.Throws<SyntaxErrorException>(() => Parser.ParseModule("x = 1\nif x:\n    foo() = 3\n", "x.py"));
        Assert.Equal(
            "  File \"x.py\", line 3\n    foo() = 3\n    ^^^^^\nSyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='?\n",
            SyntaxErrorFormatter.Format(error));

        // A range over two lines is underlined to the end of the first; an indentation error
        // before the line's text has no caret.
        error = Assert.Throws<SyntaxErrorException>(() => Parser.ParseModule("def f():\n\tx = (1 +\n\t  2 3)\n", "b.py"));
        Assert.Equal(
            "  File \"b.py\", line 2\n    x = (1 +\n         ^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n",
            SyntaxErrorFormatter.Format(error));
        error = Assert.Throws<SyntaxErrorException>(() => Parser.ParseModule("x = 1\n  y = 2\n", "c.py"));
        Assert.Equal("  File \"c.py\", line 2\n    y = 2\nIndentationError: unexpected indent\n", SyntaxErrorFormatter.Format(error));
    }

    private static (int, int, int, int) Span(Located node) => (node.Lineno, node.ColOffset, node.EndLineno, node.EndColOffset);
}
