using Jit.Runtime;
using static Jit.Tests.Runtime.H;

namespace Jit.Tests.Runtime;

public class ArgParserTests
{
    private static readonly ArgSpec s_split = new("split", ["sep", "maxsplit"]);
    private static readonly ArgSpec s_pow = new("pow", ["base", "exp", "mod"], required: 2);
    private static readonly ArgSpec s_sort = new("sort", ["key", "reverse"], keywordOnly: 0);
    private static readonly ArgSpec s_toBytes = new("to_bytes", ["length", "byteorder", "signed"], keywordOnly: 2);

    private static string Bind(ArgSpec spec, Value[] args, string[]? kwnames = null)
    {
        var bound = default(ArgBuffer);
        try
        {
            spec.Bind(args, kwnames, bound);
        }
        catch (PyException e)
        {
            return Ops.Str(e.Error);
        }

        var parts = new List<string>();
        for (int i = 0; i < spec.Count; i++)
        {
            parts.Add(bound[i].IsUnbound ? "-" : Ops.Repr(bound[i]));
        }

        return string.Join(" ", parts);
    }

    [Fact]
    public void BindsPositionalAndKeywordArguments()
    {
        Assert.Equal("- -", Bind(s_split, []));
        Assert.Equal("',' -", Bind(s_split, [S(",")]));
        Assert.Equal("- 2", Bind(s_split, [I(2)], ["maxsplit"]));
        Assert.Equal("',' 2", Bind(s_split, [I(2), S(",")], ["maxsplit", "sep"]));
        Assert.Equal("1 2 -", Bind(s_pow, [I(1), I(2)]));
        Assert.Equal("- True", Bind(s_sort, [Value.True], ["reverse"]));
        Assert.Equal("1 'big' True", Bind(s_toBytes, [I(1), S("big"), Value.True], ["signed"]));
    }

    [Fact]
    public void ReportsCPythonMessages()
    {
        Assert.Equal("'x' is an invalid keyword argument for split()", Bind(s_split, [I(1)], ["x"]));
        Assert.Equal("split() takes at most 2 arguments (3 given)", Bind(s_split, [I(1), I(2), I(3)]));
        Assert.Equal("argument for split() given by name ('sep') and position (1)", Bind(s_split, [S(","), S(",")], ["sep"]));
        Assert.Equal("pow() missing required argument 'exp' (pos 2)", Bind(s_pow, [I(1)]));
        Assert.Equal("sort() takes no positional arguments", Bind(s_sort, [I(1)]));
        Assert.Equal("to_bytes() takes at most 3 keyword arguments (4 given)", Bind(s_toBytes, [I(1), S("big"), I(1), I(2)], ["length", "byteorder", "signed", "x"]));
    }

    [Fact]
    public void SimpleStyles()
    {
        Assert.Equal("TypeError: len() takes exactly one argument (2 given)", Error(() => ArgParser.Exactly("len", [I(1), I(2)], null, 1)));
        Assert.Equal("TypeError: list.append() takes exactly one argument (0 given)", Error(() => ArgParser.Exactly("list.append", [I(1)], null, 1, self: true)));
        Assert.Equal("TypeError: getattr expected at least 2 arguments, got 1", Error(() => ArgParser.Unpack("getattr", [I(1)], null, 2, 3)));
        Assert.Equal("TypeError: pop expected at most 1 argument, got 2", Error(() => ArgParser.Unpack("pop", [I(0), I(1), I(2)], null, 0, 1, self: true)));
        Assert.Equal("TypeError: divmod expected 2 arguments, got 1", Error(() => ArgParser.Unpack("divmod", [I(1)], null, 2, 2)));
        Assert.Equal("TypeError: abs() takes no keyword arguments", Error(() => ArgParser.Unpack("abs", [I(1)], ["x"], 1, 1)));
        Assert.Equal("TypeError: int.bit_length() takes no arguments (1 given)", Error(() => ArgParser.NoArguments("int.bit_length", [I(1), I(2)], null, self: true)));
    }
}
