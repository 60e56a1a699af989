using Jit.Runtime;
using Jit.Runtime.Objects;
using static Jit.Tests.Runtime.Collections.C;

namespace Jit.Tests.Runtime.Collections;

/// <summary>The builtins and sys modules; expected texts from CPython 3.11.</summary>
public class BuiltinsTests
{
    public BuiltinsTests() => Enter();

    private static Value Lambda(Func<Value[], Value> body) => H.Fn(body);

    [Fact]
    public void IterationBuiltins()
    {
        Assert.Equal("[(5, 'a'), (6, 'b')]", Repr(B("list", B("enumerate", S("ab"), I(5)))));
        Assert.Equal("[(9223372036854775807, 'a'), (9223372036854775808, 'b')]", Repr(B("list", B("enumerate", S("ab"), I(long.MaxValue)))));
        Assert.Equal("[('a', 1), ('b', 2)]", Repr(B("list", B("zip", S("ab"), L(1, 2, 3)))));
        Assert.Equal("[]", Repr(B("list", B("zip"))));
        Assert.Equal("[11, 22]", Repr(B("list", B("map", Lambda(a => Ops.Add(a[0], a[1])), L(1, 2), L(10, 20, 30)))));
        Assert.Equal("[1, 'a']", Repr(B("list", B("filter", Value.None, List(I(0), I(1), S(string.Empty), S("a"))))));
        Assert.Equal("[2, 3]", Repr(B("list", B("filter", Lambda(a => Value.FromBool(Ops.CompareBool(CompareOp.Gt, a[0], I(1)))), L(0, 1, 2, 3)))));
        Assert.Equal("['c', 'b', 'a']", Repr(B("list", B("reversed", S("abc")))));
        Assert.Equal("[2, 1]", Repr(B("list", B("reversed", T(I(1), I(2))))));
        Assert.Equal("[4, 3]", Repr(B("list", B("iter", Ops.GetAttr(L(1, 2, 3, 4), "pop"), I(2)))));
        Assert.Equal("[3, 2, 1]", Repr(CallKw(Builtin("sorted"), [L(3, 1, 2), Value.True], "reverse")));
        Assert.Equal("['a', 'b', 'c']", Repr(B("sorted", S("bca"))));
        Assert.Equal("'d'", Repr(B("next", B("iter", L()), S("d"))));
        Assert.Equal("1", Repr(B("next", B("iter", L(1)))));
        Assert.Equal("<class 'enumerate'>", Repr(Builtin("enumerate")));
    }

    [Fact]
    public void Reductions()
    {
        Assert.Equal("1", Repr(B("min", I(3), I(1), I(2))));
        Assert.Equal("3", Repr(B("max", L(1, 3, 2))));
        Assert.Equal("5", Repr(CallKw(Builtin("max"), [L(), I(5)], "default")));
        Assert.Equal("'a'", Repr(CallKw(Builtin("min"), [List(S("bb"), S("a"), S("ccc")), Builtin("len")], "key")));
        Assert.Equal("1", Repr(B("max", List(I(1), F(1.0), Value.True))));
        Assert.Equal("1", Repr(B("min", List(I(1), F(1.0), Value.True))));
        Assert.Equal("16", Repr(B("sum", L(1, 2, 3), I(10))));
        Assert.Equal("0.9999999999999999", Repr(B("sum", List(Enumerable.Repeat(F(0.1), 10).ToArray()))));
        Assert.Equal("[1, 2]", Repr(B("sum", List(L(1), L(2)), List())));
        Assert.Equal("3", Repr(CallKw(Builtin("sum"), [L(1), I(2)], "start")));
        Assert.Equal("True", Repr(B("any", L(0, 0, 1))));
        Assert.Equal("True", Repr(B("all", L())));
    }

    [Fact]
    public void NumbersAndText()
    {
        Assert.Equal("(-4, -1)", Repr(B("divmod", I(7), I(-2))));
        Assert.Equal("24", Repr(B("pow", I(2), I(10), I(1000))));
        Assert.Equal("8", Repr(CallKw(Builtin("pow"), [I(2), I(3)], "base", "exp")));
        Assert.Equal("0.5", Repr(B("pow", I(2), I(-1))));
        Assert.Equal("7", Repr(B("round", I(7))));
        Assert.Equal("2", Repr(B("round", F(2.5))));
        Assert.Equal("'0xff'", Repr(B("hex", I(255))));
        Assert.Equal("'-0xff'", Repr(B("hex", I(-255))));
        Assert.Equal("'0o10'", Repr(B("oct", I(8))));
        Assert.Equal("'-0b101'", Repr(B("bin", I(-5))));
        Assert.Equal("'0x400000000000000000'", Repr(B("hex", Ops.Power(I(2), I(70)))));
        Assert.Equal("'0b0'", Repr(B("bin", I(0))));
        Assert.Equal("'-0x8000000000000000'", Repr(B("hex", I(long.MinValue))));
        Assert.Equal("'😀'", Repr(B("chr", I(0x1F600))));
        Assert.Equal("8364", Repr(B("ord", S("€"))));
        Assert.Equal("128512", Repr(B("ord", S("😀"))));
        Assert.Equal("97", Repr(B("ord", new PyBytes([97]))));
        Assert.Equal("\"['\\\\xe9', 'x', '\\\\U0001f600']\"", Repr(B("ascii", List(S("é"), S("x"), S("😀")))));
        Assert.Equal("3.5", Repr(B("abs", F(-3.5))));
        Assert.Equal("1", Repr(B("len", Ops.Call(PyType.Dict, List(T(I(1), I(2)))))));
    }

    [Fact]
    public void ObjectBuiltins()
    {
        Assert.Equal("True", Repr(B("callable", Builtin("len"))));
        Assert.Equal("False", Repr(B("callable", I(1))));
        Assert.Equal("True", Repr(B("callable", PyType.Int)));
        Assert.Equal("True", Repr(B("isinstance", Value.True, T(PyType.Str, PyType.Int))));
        Assert.Equal("True", Repr(B("issubclass", PyType.Bool, PyType.Int)));
        Assert.Equal("1", Repr(B("getattr", I(1), S("real"))));
        Assert.Equal("'dflt'", Repr(B("getattr", I(1), S("nope"), S("dflt"))));
        Assert.Equal("True", Repr(B("hasattr", I(1), S("real"))));
        Assert.Equal("<built-in function len>", Repr(Builtin("len")));
        Assert.Equal("<built-in function print>", Repr(Builtin("print")));
        Assert.Equal("'builtins'", Repr(Ops.GetAttr(Builtin("len"), "__module__")));
        Value first = B("id", L());
        Assert.True(first.IsInt);
        Value obj = L();
        Assert.Equal(Repr(B("id", obj)), Repr(B("id", obj)));
        Assert.Equal("True", Repr(Builtin("True")));
        Assert.Same(PyExc.KeyError, Builtin("KeyError").Object);
        Assert.Same(PyType.Object, Builtin("object").Object);
    }

    [Fact]
    public void ErrorMessages()
    {
        Assert.Equal("TypeError: sorted expected 1 argument, got 0", Error(() => B("sorted")));
        Assert.Equal("TypeError: sorted expected 1 argument, got 2", Error(() => B("sorted", L(1), I(2))));
        Assert.Equal("TypeError: min expected at least 1 argument, got 0", Error(() => B("min")));
        Assert.Equal("ValueError: max() arg is an empty sequence", Error(() => B("max", L())));
        Assert.Equal("TypeError: Cannot specify a default for max() with multiple positional arguments", Error(() => CallKw(Builtin("max"), [I(1), I(2), I(3)], "default")));
        Assert.Equal("TypeError: 'x' is an invalid keyword argument for max()", Error(() => CallKw(Builtin("max"), [I(1), I(2), I(3)], "x")));
        Assert.Equal("TypeError: 'int' object is not iterable", Error(() => B("max", I(1))));
        Assert.Equal("ValueError: min() arg is an empty sequence", Error(() => CallKw(Builtin("min"), [L(), Builtin("len")], "key")));
        Assert.Equal("ValueError: zip() argument 2 is longer than argument 1", Error(() => B("list", CallKw(Builtin("zip"), [L(1), L(1, 2), Value.True], "strict"))));
        Assert.Equal("ValueError: zip() argument 2 is shorter than argument 1", Error(() => B("list", CallKw(Builtin("zip"), [L(1, 2), L(1), Value.True], "strict"))));
        Assert.Equal("ValueError: zip() argument 3 is shorter than arguments 1-2", Error(() => B("list", CallKw(Builtin("zip"), [L(1, 2), L(1, 2), L(1), Value.True], "strict"))));
        Assert.Equal("TypeError: 'int' object is not iterable", Error(() => B("zip", I(1))));
        Assert.Equal("TypeError: 'x' is an invalid keyword argument for zip()", Error(() => CallKw(Builtin("zip"), [L(), I(1)], "x")));
        Assert.Equal("TypeError: map() must have at least two arguments.", Error(() => B("map", Builtin("len"))));
        Assert.Equal("TypeError: filter expected 2 arguments, got 1", Error(() => B("filter", Builtin("len"))));
        Assert.Equal("TypeError: enumerate() missing required argument 'iterable'", Error(() => B("enumerate")));
        Assert.Equal("TypeError: 'str' object cannot be interpreted as an integer", Error(() => B("enumerate", L(), S("a"))));
        Assert.Equal("TypeError: enumerate() takes at most 2 arguments (3 given)", Error(() => CallKw(Builtin("enumerate"), [L(), I(2), I(1)], "start", "x")));
        Assert.Equal("TypeError: iter expected at least 1 argument, got 0", Error(() => B("iter")));
        Assert.Equal("TypeError: iter(v, w): v must be callable", Error(() => B("iter", I(1), I(2))));
        Assert.Equal("TypeError: 'int' object is not iterable", Error(() => B("iter", I(1))));
        Assert.Equal("StopIteration", Error(() => B("next", B("iter", L()))));
        Assert.Equal("TypeError: 'int' object is not an iterator", Error(() => B("next", I(1))));
        Assert.Equal("TypeError: 'int' object is not reversible", Error(() => B("reversed", I(1))));
        Assert.Equal("TypeError: 'set' object is not reversible", Error(() => B("reversed", new PySet())));
        Assert.Equal("TypeError: sum() takes at least 1 positional argument (0 given)", Error(() => B("sum")));
        Assert.Equal("TypeError: sum() can't sum strings [use ''.join(seq) instead]", Error(() => B("sum", List(S("a")), S(string.Empty))));
        Assert.Equal("TypeError: sum() can't sum bytes [use b''.join(seq) instead]", Error(() => B("sum", List(), new PyBytes([]))));
        Assert.Equal("TypeError: bad operand type for abs(): 'str'", Error(() => B("abs", S("a"))));
        Assert.Equal("TypeError: divmod expected 2 arguments, got 1", Error(() => B("divmod", I(1))));
        Assert.Equal("TypeError: type str doesn't define __round__ method", Error(() => B("round", S("a"))));
        Assert.Equal("ValueError: chr() arg not in range(0x110000)", Error(() => B("chr", I(-1))));
        Assert.Equal("TypeError: 'str' object cannot be interpreted as an integer", Error(() => B("chr", S("a"))));
        Assert.Equal("TypeError: ord() expected a character, but string of length 2 found", Error(() => B("ord", S("ab"))));
        Assert.Equal("TypeError: ord() expected string of length 1, but int found", Error(() => B("ord", I(1))));
        Assert.Equal("TypeError: 'float' object cannot be interpreted as an integer", Error(() => B("hex", F(1.5))));
        Assert.Equal("TypeError: attribute name must be string, not 'int'", Error(() => B("getattr", I(1), I(2))));
        Assert.Equal("TypeError: getattr expected at least 2 arguments, got 1", Error(() => B("getattr", I(1))));
        Assert.Equal("AttributeError: 'int' object has no attribute 'x'", Error(() => B("getattr", I(1), S("x"))));
        Assert.Equal("TypeError: attribute name must be string, not 'int'", Error(() => B("setattr", I(1), I(2), I(3))));
        Assert.Equal("TypeError: vars() argument must have __dict__ attribute", Error(() => B("vars", I(1))));
        Assert.Equal("TypeError: unhashable type: 'list'", Error(() => B("hash", L())));
        Assert.Equal("TypeError: object of type 'int' has no len()", Error(() => B("len", I(1))));
        Assert.Equal("TypeError: len() takes exactly one argument (0 given)", Error(() => B("len")));
        Assert.Equal("TypeError: callable() takes exactly one argument (0 given)", Error(() => B("callable")));
        Assert.Equal("TypeError: format() argument 2 must be str, not int", Error(() => B("format", I(1), I(2))));
        Assert.Equal("TypeError: pow() missing required argument 'base' (pos 1)", Error(() => B("pow")));
        Assert.Equal("TypeError: slice expected at least 1 argument, got 0", Error(() => B("slice")));
        Assert.Equal("TypeError: id() takes exactly one argument (0 given)", Error(() => B("id")));
        Assert.Equal("TypeError: any() takes exactly one argument (0 given)", Error(() => B("any")));
        Assert.Equal("TypeError: 'int' object is not iterable", Error(() => B("all", I(1))));
        Assert.Equal("SystemExit: 3", Error(() => B("exit", I(3))));
        Assert.Equal("SystemExit: None", Error(() => B("quit")));
    }

    [Fact]
    public void PrintWritesToSysStdout()
    {
        var output = new StringWriter();
        var context = new PyContext(output, TextWriter.Null, TextReader.Null);
        Value print = context.Builtins.Globals[S("print")];
        Ops.Call(print, I(1), S("a"), L(2));
        Ops.Call(print, [I(1), I(2), S("-"), S("!\n")], ["sep", "end"]);
        Ops.Call(print, [I(3), Value.None, Value.None], ["sep", "end"]);
        Ops.Call(print, []);
        Assert.Equal("1 a [2]\n1-2!\n3\n\n", output.ToString());

        Assert.Equal("TypeError: sep must be None or a string, not int", Error(() => Ops.Call(print, [I(1)], ["sep"])));
        Assert.Equal("TypeError: end must be None or a string, not int", Error(() => Ops.Call(print, [I(1)], ["end"])));
        Assert.Equal("AttributeError: 'int' object has no attribute 'write'", Error(() => Ops.Call(print, [I(1)], ["file"])));
        Assert.Equal("TypeError: 'x' is an invalid keyword argument for print()", Error(() => Ops.Call(print, [I(1)], ["x"])));

        // Any object with write() can stand in for sys.stdout.
        var written = new List<string>();
        PyType sink = H.Class("Sink", ("write", H.Fn(args =>
        {
            written.Add(Ops.Str(args[1]));
            return Value.None;
        })));
        Value instance = Ops.Call(sink, []);
        Ops.SetAttr(context.Sys, "stdout", instance);
        Ops.Call(print, I(1), I(2));
        Assert.Equal("1| |2|\n", string.Join("|", written));
        Ops.SetAttr(context.Sys, "stdout", Value.None);
        Ops.Call(print, I(3));
        Assert.Equal("1 a [2]\n1-2!\n3\n\n", output.ToString());
    }

    [Fact]
    public void InputReadsLines()
    {
        var output = new StringWriter();
        var context = new PyContext(output, TextWriter.Null, new StringReader("first\r\nsecond\nlast"));
        Value input = context.Builtins.Globals[S("input")];
        Assert.Equal("'first'", Repr(Ops.Call(input, S("> "))));
        Assert.Equal("'second'", Repr(Ops.Call(input, [])));
        Assert.Equal("'last'", Repr(Ops.Call(input, [])));
        Assert.Equal("EOFError: EOF when reading a line", Error(() => Ops.Call(input, [])));
        Assert.Equal("> ", output.ToString());
        Assert.Equal("TypeError: input expected at most 1 argument, got 2", Error(() => Ops.Call(input, I(1), I(2))));
    }

    [Fact]
    public void SysModule()
    {
        var output = new StringWriter();
        var context = new PyContext(output, TextWriter.Null, new StringReader("a\nb\n")) { Argv = ["prog.py", "x"] };
        PyModule sys = context.Sys;
        Assert.Same(sys, context.Modules[S("sys")].Object);
        Assert.Equal("['prog.py', 'x']", Repr(Ops.GetAttr(sys, "argv")));
        Assert.Equal("sys.version_info(major=3, minor=11, micro=7, releaselevel='final', serial=0)", Repr(Ops.GetAttr(sys, "version_info")));
        Assert.Equal("3", Repr(Ops.GetAttr(Ops.GetAttr(sys, "version_info"), "major")));
        Assert.True(Ops.CompareBool(CompareOp.Ge, Ops.GetAttr(sys, "version_info"), T(I(3), I(8))));
        Assert.Equal("(3, 11)", Repr(Ops.GetItem(Ops.GetAttr(sys, "version_info"), Slice(Value.None, I(2), Value.None))));
        Assert.Equal(
            "sys.float_info(max=1.7976931348623157e+308, max_exp=1024, max_10_exp=308, min=2.2250738585072014e-308, min_exp=-1021, min_10_exp=-307, dig=15, mant_dig=53, epsilon=2.220446049250313e-16, radix=2, rounds=1)",
            Repr(Ops.GetAttr(sys, "float_info")));
        Assert.Equal("9223372036854775807", Repr(Ops.GetAttr(sys, "maxsize")));
        Assert.Equal("<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>", Repr(Ops.GetAttr(sys, "stdout")));
        Assert.Equal("3", Repr(Ops.CallMethod(Ops.GetAttr(sys, "stdout"), "write", S("abc"))));
        Assert.Equal("abc", output.ToString());
        Assert.Equal("TypeError: write() argument must be str, not int", Error(() => Ops.CallMethod(Ops.GetAttr(sys, "stdout"), "write", I(1))));
        Assert.Equal("UnsupportedOperation: not writable", Error(() => Ops.CallMethod(Ops.GetAttr(sys, "stdin"), "write", S("a"))));
        Assert.Equal("'a\\n'", Repr(Ops.CallMethod(Ops.GetAttr(sys, "stdin"), "readline")));
        Assert.Equal("'b\\n'", Repr(Ops.CallMethod(Ops.GetAttr(sys, "stdin"), "read")));

        Assert.Equal("1000", Repr(Ops.CallMethod(sys, "getrecursionlimit")));
        Ops.CallMethod(sys, "setrecursionlimit", I(50));
        Assert.Equal(50, context.RecursionLimit);
        Assert.Equal("ValueError: recursion limit must be greater or equal than 1", Error(() => Ops.CallMethod(sys, "setrecursionlimit", I(0))));
        Assert.Equal("TypeError: 'str' object cannot be interpreted as an integer", Error(() => Ops.CallMethod(sys, "setrecursionlimit", S("a"))));
        Assert.Equal("SystemExit: 3", Error(() => Ops.CallMethod(sys, "exit", I(3))));
        Assert.Equal("SystemExit", Error(() => Ops.CallMethod(sys, "exit")));
        Assert.Equal("TypeError: exit expected at most 1 argument, got 2", Error(() => Ops.CallMethod(sys, "exit", I(1), I(2))));
        Assert.Equal("TypeError: intern() argument must be str, not int", Error(() => Ops.CallMethod(sys, "intern", I(1))));
        Assert.Equal("ValueError: maxdigits must be 0 or larger than 640", Error(() => Ops.CallMethod(sys, "set_int_max_str_digits", I(5))));
    }
}
