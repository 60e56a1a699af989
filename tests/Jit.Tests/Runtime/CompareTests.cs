using Jit.Runtime;
using Jit.Runtime.Objects;
using static Jit.Tests.Runtime.H;

namespace Jit.Tests.Runtime;

public class CompareTests
{
    [Fact]
    public void NumbersCompareExactly()
    {
        Assert.True(Ops.CompareBool(CompareOp.Eq, I(1), F(1.0)));
        Assert.True(Ops.CompareBool(CompareOp.Eq, Ops.Power(I(10), I(20)), F(1e20)));
        Assert.False(Ops.CompareBool(CompareOp.Eq, Ops.Add(Ops.Power(I(2), I(53)), I(1)), F(9007199254740992.0)));
        Assert.True(Ops.CompareBool(CompareOp.Gt, Ops.Add(Ops.Power(I(2), I(53)), I(1)), F(9007199254740992.0)));
        Assert.False(Ops.CompareBool(CompareOp.Lt, I(1), F(double.NaN)));
        Assert.True(Ops.CompareBool(CompareOp.Ne, I(1), F(double.NaN)));
        Assert.True(Ops.CompareBool(CompareOp.Lt, Ops.Power(I(10), I(400)), F(double.PositiveInfinity)));
        Assert.True(Ops.CompareBool(CompareOp.Lt, F(1.5), I(2)));
        Assert.True(Ops.CompareBool(CompareOp.Eq, Value.True, I(1)));
        Assert.True(Ops.CompareBool(CompareOp.Lt, Value.False, Value.True));
    }

    [Fact]
    public void StringsCompareByCodePoint()
    {
        Assert.True(Ops.CompareBool(CompareOp.Lt, S("\ue000"), S("😀")));
        Assert.True(Ops.CompareBool(CompareOp.Lt, S("a"), S("ab")));
        Assert.True(Ops.CompareBool(CompareOp.Gt, S("b"), S("abc")));
        Assert.True(Ops.CompareBool(CompareOp.Eq, S("x"), new PyStr("x")));
        Assert.Equal(2, ((PyStr)S("😀a").Object).Length);
        Assert.Equal("'😀b'", Repr(Ops.GetItem(S("a😀b"), new PySlice(I(1), Value.None, Value.None))));
        Assert.Equal("'😀'", Repr(Ops.GetItem(S("a😀b"), I(1))));
        Assert.Equal("'b'", Repr(Ops.GetItem(S("a😀b"), I(-1))));
        Assert.Equal("'b😀a'", Repr(Ops.GetItem(S("a😀b"), new PySlice(Value.None, Value.None, I(-1)))));
    }

    [Fact]
    public void UnorderableTypes()
    {
        Assert.Equal("TypeError: '<' not supported between instances of 'int' and 'str'", Error(() => Ops.Compare(CompareOp.Lt, I(1), S("a"))));
        Assert.Equal("TypeError: '>=' not supported between instances of 'str' and 'int'", Error(() => Ops.Compare(CompareOp.Ge, S("a"), I(1))));
        Assert.False(Ops.CompareBool(CompareOp.Eq, I(1), S("1")));
        Assert.True(Ops.CompareBool(CompareOp.Ne, I(1), S("1")));
    }

    [Fact]
    public void IdentityDefaultAndReflection()
    {
        PyType plain = Class("P");
        Value a = Ops.Call(plain);
        Value b = Ops.Call(plain);
        Assert.True(Ops.CompareBool(CompareOp.Eq, a, a));
        Assert.False(Ops.CompareBool(CompareOp.Eq, a, b));
        Assert.True(Ops.CompareBool(CompareOp.Ne, a, b));
        Assert.Equal("TypeError: '<' not supported between instances of 'P' and 'P'", Error(() => Ops.Compare(CompareOp.Lt, a, b)));

        PyType ordered = Class("O", ("__lt__", Fn(args => S("lt"))), ("__gt__", Fn(args => S("gt"))));
        Value o = Ops.Call(ordered);
        Assert.Equal("'lt'", Repr(Ops.Compare(CompareOp.Lt, o, I(1))));
        Assert.Equal("'gt'", Repr(Ops.Compare(CompareOp.Lt, I(1), o)));

        PyType eq = Class("E", ("__eq__", Fn(args => Value.True)));
        Assert.False(Ops.CompareBool(CompareOp.Ne, Ops.Call(eq), I(5)));
    }

    [Fact]
    public void TruthAndLength()
    {
        Assert.False(Ops.IsTrue(I(0)));
        Assert.False(Ops.IsTrue(F(0.0)));
        Assert.False(Ops.IsTrue(S(string.Empty)));
        Assert.True(Ops.IsTrue(S("a")));
        Assert.False(Ops.IsTrue(new PyList()));
        Assert.False(Ops.IsTrue(Value.None));
        Assert.False(Ops.IsTrue(new PyComplex(0, 0)));
        PyType sized = Class("S", ("__len__", Fn(args => I(0))));
        Assert.False(Ops.IsTrue(Ops.Call(sized)));
        PyType badBool = Class("B", ("__bool__", Fn(args => I(1))));
        Assert.Equal("TypeError: __bool__ should return bool, returned int", Error(() => Ops.IsTrue(Ops.Call(badBool))));
        PyType negativeLen = Class("N", ("__len__", Fn(args => I(-1))));
        Assert.Equal("ValueError: __len__() should return >= 0", Error(() => Ops.Len(Ops.Call(negativeLen))));
        Assert.Equal("TypeError: object of type 'int' has no len()", Error(() => Ops.Len(I(1))));
    }

    [Fact]
    public void ItemsAndIteration()
    {
        var list = new PyList([I(1), I(2), I(3)]);
        Assert.Equal("3", Repr(Ops.GetItem(list, I(-1))));
        Assert.Equal("IndexError: list index out of range", Error(() => Ops.GetItem(list, I(3))));
        Assert.Equal("IndexError: tuple index out of range", Error(() => Ops.GetItem(PyTuple.Empty, I(0))));
        Assert.Equal("IndexError: string index out of range", Error(() => Ops.GetItem(S(string.Empty), I(0))));
        Assert.Equal("TypeError: string indices must be integers, not 'float'", Error(() => Ops.GetItem(S("a"), F(1.0))));
        Assert.Equal("TypeError: 'int' object is not subscriptable", Error(() => Ops.GetItem(I(1), I(0))));
        Assert.Equal("TypeError: 'tuple' object does not support item assignment", Error(() => Ops.SetItem(PyTuple.Empty, I(0), I(1))));
        Assert.Equal("IndexError: list assignment index out of range", Error(() => Ops.SetItem(list, I(5), I(1))));
        Assert.Equal("TypeError: 'int' object is not iterable", Error(() => Ops.GetIter(I(1))));
        Assert.Equal("TypeError: 'int' object is not an iterator", Error(() => Ops.TryNext(I(1), out _)));
        Assert.True(Ops.Contains(list, F(2.0)));
        Assert.True(Ops.Contains(S("abc"), S("bc")));
        Assert.Equal("TypeError: 'in <string>' requires string as left operand, not int", Error(() => Ops.Contains(S("a"), I(1))));
        Assert.Equal("TypeError: argument of type 'int' is not iterable", Error(() => Ops.Contains(I(1), I(1))));

        var chars = new List<string>();
        PyIterator iterator = Ops.GetIter(S("a😀"));
        while (iterator.TryNext(out Value c))
        {
            chars.Add(Ops.Str(c));
        }

        Assert.Equal(["a", "😀"], chars);
        Assert.Equal("str_iterator", iterator.Type.Name);
        Assert.Equal("str_ascii_iterator", Ops.GetIter(S("ab")).Type.Name);
    }

    [Fact]
    public void UserIteratorsAndSequenceProtocol()
    {
        var state = new int[1];
        PyType counter = Class(
            "Counter",
            ("__iter__", Fn(args => args[0])),
            ("__next__", Fn(args => state[0] < 3 ? I(state[0]++) : throw PyErr.StopIteration())));
        Value[] items = Ops.ToArray(Ops.Call(counter));
        Assert.Equal("0 1 2", string.Join(" ", items.Select(Ops.Repr)));

        PyType sequence = Class("Seq", ("__getitem__", Fn(args => args[1].Int < 2 ? Ops.Multiply(args[1], I(10)) : throw PyErr.IndexError("done"))));
        Assert.Equal("0 10", string.Join(" ", Ops.ToArray(Ops.Call(sequence)).Select(Ops.Repr)));
        Assert.True(Ops.Contains(Ops.Call(sequence), I(10)));

        PyType bad = Class("Bad", ("__iter__", Fn(args => I(1))));
        Assert.Equal("TypeError: iter() returned non-iterator of type 'int'", Error(() => Ops.GetIter(Ops.Call(bad))));
    }
}
