using Jit.Runtime;
using Jit.Runtime.Objects;
using static Jit.Tests.Runtime.H;

namespace Jit.Tests.Runtime;

public class ExceptionTests
{
    private static Value Make(PyType type, params Value[] args) => Ops.Call(type, args);

    [Theory]
    [InlineData("KeyError", "'a'", "KeyError('a')")]
    [InlineData("ValueError", "x", "ValueError('x')")]
    [InlineData("StopIteration", "x", "StopIteration('x')")]
    public void OneArgument(string typeName, string str, string repr)
    {
        PyType type = PyExc.All.Single(t => t.Name == typeName);
        Value e = Make(type, S(typeName == "KeyError" ? "a" : "x"));
        Assert.Equal(str, Ops.Str(e));
        Assert.Equal(repr, Repr(e));
    }

    [Fact]
    public void StrAndReprFollowTheArguments()
    {
        Assert.Equal(string.Empty, Ops.Str(Make(PyExc.KeyError)));
        Assert.Equal("KeyError()", Repr(Make(PyExc.KeyError)));
        Assert.Equal("(1, 2)", Ops.Str(Make(PyExc.KeyError, I(1), I(2))));
        Assert.Equal("KeyError(1, 2)", Repr(Make(PyExc.KeyError, I(1), I(2))));
        Assert.Equal("('a', 1)", Ops.Str(Make(PyExc.ValueError, S("a"), I(1))));
        Assert.Equal("ValueError('a', 1)", Repr(Make(PyExc.ValueError, S("a"), I(1))));
        Assert.Equal("Exception(KeyError('k'))", Repr(Make(PyExc.Exception, Make(PyExc.KeyError, S("k")))));
        Assert.Equal("'k'", Ops.Str(Make(PyExc.Exception, Make(PyExc.KeyError, S("k")))));
    }

    [Fact]
    public void SubclassAttributes()
    {
        Assert.Equal("5", Repr(Ops.GetAttr(Make(PyExc.StopIteration, I(5)), "value")));
        Assert.Equal("None", Repr(Ops.GetAttr(Make(PyExc.StopIteration), "value")));
        Assert.Equal("3", Repr(Ops.GetAttr(Make(PyExc.SystemExit, I(3)), "code")));
        Assert.Equal("None", Repr(Ops.GetAttr(Make(PyExc.SystemExit), "code")));

        Value notFound = Make(PyExc.OSError, I(2), S("No such file or directory"), S("x.txt"));
        Assert.Same(PyExc.FileNotFoundError, notFound.Type);
        Assert.Equal("[Errno 2] No such file or directory: 'x.txt'", Ops.Str(notFound));
        Assert.Equal("'x.txt'", Repr(Ops.GetAttr(notFound, "filename")));
        Assert.Equal("2", Repr(Ops.GetAttr(notFound, "errno")));
        Assert.Equal("plain", Ops.Str(Make(PyExc.OSError, S("plain"))));
        Assert.Equal("[Errno 2] No such file or directory: 'f'", Ops.Str(PyErr.FileNotFoundError("f").Error));

        Value syntax = PyErr.SyntaxError(PyExc.SyntaxError, "invalid syntax", "/a/b/x.py", 3, 4, "x = (", 3, 5).Error;
        Assert.Equal("invalid syntax (x.py, line 3)", Ops.Str(syntax));
        Assert.Equal("3", Repr(Ops.GetAttr(syntax, "lineno")));
        Assert.Equal("'x = ('", Repr(Ops.GetAttr(syntax, "text")));
        Assert.Equal("bad", Ops.Str(Make(PyExc.SyntaxError, S("bad"))));

        Value import = Ops.Call(PyExc.ImportError, [S("boom"), S("m")], ["name"]);
        Assert.Equal("boom", Ops.Str(import));
        Assert.Equal("'m'", Repr(Ops.GetAttr(import, "name")));
    }

    [Fact]
    public void FactoryMessages()
    {
        Assert.Equal("NameError: name 'x' is not defined", Error(() => throw PyErr.NameError("x")));
        Assert.Equal("UnboundLocalError: cannot access local variable 'x' where it is not associated with a value", Error(() => throw PyErr.UnboundLocalError("x")));
        Assert.Equal("KeyError: 'k'", Error(() => throw PyErr.KeyError(S("k"))));
        Assert.Equal("ModuleNotFoundError: No module named 'nope'", Error(() => throw PyErr.ModuleNotFoundError("nope")));
        Assert.Equal("TypeError: ValueError() takes no keyword arguments", Error(() => Ops.Call(PyExc.ValueError, [I(1)], ["x"])));
    }

    [Fact]
    public void CauseContextAndUserSubclasses()
    {
        PyType mine = Class("MyError", [PyExc.ValueError]);
        Value e = Make(mine, S("m"));
        Assert.IsType<PyBaseException>(e.Object);
        Assert.Equal("m", Ops.Str(e));
        Assert.Equal("MyError('m')", Repr(e));
        Ops.SetAttr(e, "extra", I(1));
        Assert.Equal("1", Repr(Ops.GetAttr(e, "extra")));
        Value cause = Make(PyExc.KeyError, S("c"));
        Ops.SetAttr(e, "__cause__", cause);
        Assert.True(((PyBaseException)e.Object).SuppressContext);
        Assert.Same(cause.Object, Ops.GetAttr(e, "__cause__").Object);
        Assert.Equal("TypeError: exception cause must be None or derive from BaseException", Error(() => Ops.SetAttr(e, "__cause__", I(1))));
        Assert.Equal("None", Repr(Ops.GetAttr(e, "__traceback__")));
        Assert.True(mine.IsSubtypeOf(PyExc.Exception));
    }

    [Fact]
    public void HierarchyMatchesCPython()
    {
        Assert.Same(PyExc.RuntimeError, PyExc.RecursionError.Base);
        Assert.Same(PyExc.NameError, PyExc.UnboundLocalError.Base);
        Assert.Same(PyExc.IndentationError, PyExc.TabError.Base);
        Assert.Same(PyExc.ImportError, PyExc.ModuleNotFoundError.Base);
        Assert.Same(PyExc.BaseException, PyExc.SystemExit.Base);
        Assert.Same(PyExc.ConnectionError, PyExc.BrokenPipeError.Base);
        Assert.Same(PyExc.ValueError, PyExc.UnicodeError.Base);
        Assert.Equal(67, PyExc.All.Count());
    }

    [Fact]
    public void UnicodeErrors()
    {
        Assert.Equal("'utf-8' codec can't decode byte 0xff in position 0: invalid start byte", Ops.Str(PyErr.UnicodeDecodeError("utf-8", [0xff], 0, 1, "invalid start byte").Error));
        Assert.Equal("'utf-8' codec can't decode bytes in position 0-1: unexpected end of data", Ops.Str(PyErr.UnicodeDecodeError("utf-8", [0xe2, 0x82], 0, 2, "unexpected end of data").Error));
        Assert.Equal("'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)", Ops.Str(PyErr.UnicodeEncodeError("ascii", "é", 0, 1, "ordinal not in range(128)").Error));
        Assert.Equal("'latin-1' codec can't encode character '\\u20ac' in position 0: ordinal not in range(256)", Ops.Str(PyErr.UnicodeEncodeError("latin-1", "€", 0, 1, "ordinal not in range(256)").Error));
        Assert.Equal("'ascii' codec can't encode character '\\U0001f600' in position 0: ordinal not in range(128)", Ops.Str(PyErr.UnicodeEncodeError("ascii", "😀", 0, 1, "ordinal not in range(128)").Error));
        Assert.Equal("'ascii' codec can't encode characters in position 0-1: ordinal not in range(128)", Ops.Str(PyErr.UnicodeEncodeError("ascii", "éé", 0, 2, "ordinal not in range(128)").Error));
        Value error = PyErr.UnicodeDecodeError("utf-8", [0xff], 0, 1, "invalid start byte").Error;
        Assert.Equal("'invalid start byte'", Repr(Ops.GetAttr(error, "reason")));
        Assert.True(error.Type.IsSubtypeOf(PyExc.ValueError));
    }

    [Fact]
    public void DeepRecursionRaisesRecursionError()
    {
        Value nested = PyTuple.Empty;
        for (int i = 0; i < 200000; i++)
        {
            nested = PyTuple.Create(nested);
        }

        Assert.StartsWith("RecursionError: maximum recursion depth exceeded", Error(() => Ops.Hash(nested)), StringComparison.Ordinal);
    }

    [Fact]
    public void FormatExceptionOnlyMatchesTraceback()
    {
        PyType mine = Class("E", [PyExc.Exception]);
        Assert.Equal("ValueError: x\n", PyErr.FormatExceptionOnly(PyErr.ValueError("x").Error));
        Assert.Equal("KeyError: 'k'\n", PyErr.FormatExceptionOnly(PyErr.KeyError(S("k")).Error));
        Assert.Equal("E\n", PyErr.FormatExceptionOnly((PyBaseException)Ops.Call(mine).Object));
        Assert.Equal("E: m\n", PyErr.FormatExceptionOnly((PyBaseException)Ops.Call(mine, S("m")).Object));
        Assert.Equal(
            "  File \"x.py\", line 3\n    foo(bar\n      ^^^^\nSyntaxError: bad\n",
            PyErr.FormatExceptionOnly(PyErr.SyntaxError(PyExc.SyntaxError, "bad", "x.py", 3, 5, "  foo(bar\n", 3, 9).Error));
        Assert.Equal(
            "  File \"x.py\", line 3\n    foo bar\n        ^\nSyntaxError: bad\n",
            PyErr.FormatExceptionOnly(PyErr.SyntaxError(PyExc.SyntaxError, "bad", "x.py", 3, 5, "foo bar", 3, 5).Error));
        Assert.Equal("SyntaxError: bad\n", PyErr.FormatExceptionOnly((PyBaseException)Ops.Call(PyExc.SyntaxError, S("bad")).Object));
        Assert.Equal("FileNotFoundError: [Errno 2] nf: 'f'\n", PyErr.FormatExceptionOnly(PyErr.OSError(PyExc.FileNotFoundError, 2, "nf", "f").Error));

        PyBaseException noted = PyErr.ValueError("v").Error;
        Ops.CallMethod(noted, "add_note", S("note 1"));
        Ops.CallMethod(noted, "add_note", S("n2"));
        Assert.Equal("ValueError: v\nnote 1\nn2\n", PyErr.FormatExceptionOnly(noted));

        var ns = new PyDict();
        ns.Set("__module__", S("json.decoder"));
        PyType decodeError = PyType.CreateClass("JSONDecodeError", [PyExc.ValueError], ns);
        Assert.Equal("json.decoder.JSONDecodeError: e\n", PyErr.FormatExceptionOnly((PyBaseException)Ops.Call(decodeError, S("e")).Object));
    }
}
