using System.Numerics;
using Jit.Runtime;
using Jit.Runtime.Objects;
using static Jit.Tests.Runtime.Collections.C;

namespace Jit.Tests.Runtime.Collections;

/// <summary>tuple and range; expected texts from CPython 3.11.</summary>
public class TupleAndRangeTests
{
    public TupleAndRangeTests() => Enter();

    private static Value Big(string digits) => PyInt.Make(BigInteger.Parse(digits));

    private static Value Range(params long[] bounds) => Ops.Call(PyType.Range, bounds.Select(b => Value.FromInt(b)).ToArray());

    [Fact]
    public void TupleBehaviour()
    {
        Assert.Equal("(1,)", Repr(T(I(1))));
        Assert.Equal("()", Repr(T()));
        Assert.Equal("(1, 'a', (2,))", Repr(T(I(1), S("a"), T(I(2)))));
        Assert.Equal(-1169865621294988841, Ops.Hash(T(I(1), I(2), S("a"))));
        Assert.Equal(5740354900026072187, Ops.Hash(T()));
        Assert.Equal(-4691468712706788113, Ops.Hash(T(I(1), T(I(2), I(3)), I(-1))));
        Assert.Equal("(3, 2, 1)", Repr(Ops.GetItem(T(I(1), I(2), I(3)), Slice(Value.None, Value.None, I(-1)))));
        Assert.Equal("(2, 3)", Repr(Ops.GetItem(T(I(1), I(2), I(3)), Slice(I(1), Value.None, Value.None))));
        Assert.Equal("(1, 2, 3)", Repr(Ops.Add(T(I(1), I(2)), T(I(3)))));
        Assert.Equal("(1, 2, 1, 2)", Repr(Ops.Multiply(T(I(1), I(2)), I(2))));
        Assert.True(Ops.CompareBool(CompareOp.Lt, T(I(1), I(2)), T(I(1), I(2), I(0))));
        Assert.Equal("2", Repr(Call(T(I(1), I(2), I(1)), "count", I(1))));
        Assert.Equal("2", Repr(Call(T(I(1), I(2), I(1)), "index", I(1), I(1))));
        Assert.Equal("(1, 2)", Repr(Ops.Call(PyType.Tuple, L(1, 2))));
        Assert.Equal("('a', 'b')", Repr(Ops.Call(PyType.Tuple, S("ab"))));
        PyTuple same = T(I(1));
        Assert.Same(same, Ops.Call(PyType.Tuple, same).Object);
        Assert.Same(same, Ops.GetItem(same, Slice(Value.None, Value.None, Value.None)).Object);

        Assert.Equal("ValueError: tuple.index(x): x not in tuple", Error(() => Call(T(I(1)), "index", I(5))));
        Assert.Equal("IndexError: tuple index out of range", Error(() => Ops.GetItem(T(I(1)), I(5))));
        Assert.Equal("TypeError: tuple indices must be integers or slices, not str", Error(() => Ops.GetItem(T(I(1)), S("a"))));
        Assert.Equal("TypeError: tuple expected at most 1 argument, got 2", Error(() => Ops.Call(PyType.Tuple, I(1), I(2))));
        Assert.Equal("TypeError: tuple() takes no keyword arguments", Error(() => CallKw(PyType.Tuple, [I(1)], "a")));
        Assert.Equal("TypeError: can only concatenate tuple (not \"list\") to tuple", Error(() => Ops.Add(T(I(1)), L(1))));
        Assert.Equal("TypeError: tuple.count() takes exactly one argument (0 given)", Error(() => Call(T(I(1)), "count")));
        Assert.Equal("TypeError: 'tuple' object does not support item assignment", Error(() => Ops.SetItem(T(I(1)), I(0), I(1))));
        Assert.Equal("TypeError: 'tuple' object doesn't support item deletion", Error(() => Ops.DelItem(T(I(1)), I(0))));
        Assert.Equal("TypeError: unhashable type: 'list'", Error(() => Ops.Hash(T(I(1), L()))));
    }

    [Fact]
    public void RangeBasics()
    {
        Assert.Equal("range(0, 5)", Repr(Range(5)));
        Assert.Equal("range(1, 10, 3)", Repr(Range(1, 10, 3)));
        Assert.Equal("[10, 7, 4, 1]", Repr(B("list", Range(10, 0, -3))));
        Assert.Equal("range(2, 8, 2)", Repr(Ops.GetItem(Range(10), Slice(I(2), I(8), I(2)))));
        Assert.Equal("range(9, -1, -1)", Repr(Ops.GetItem(Range(10), Slice(Value.None, Value.None, I(-1)))));
        Assert.Equal("[7, 4, 1]", Repr(B("list", B("reversed", Range(1, 10, 3)))));
        Assert.True(Ops.Contains(Range(1, 10, 2), I(5)));
        Assert.False(Ops.Contains(Range(1, 10, 2), I(6)));
        Assert.True(Ops.Contains(Range(10), F(5.0)));
        Assert.Equal("1", Repr(Call(Range(10), "count", I(3))));
        Assert.Equal("3", Repr(Call(Range(10), "index", I(3))));
        Assert.True(Ops.CompareBool(CompareOp.Eq, Range(0, 10, 2), Range(0, 9, 2)));
        Assert.True(Ops.CompareBool(CompareOp.Eq, Range(0), Range(5, 2)));
        Assert.Equal(-6143170332311272345, Ops.Hash(Range(0, 10, 2)));

        // Shorter ranges hash with None, whose hash is address-based in CPython 3.11.
        Assert.Equal(Ops.Hash(Range(3, 4, 7)), Ops.Hash(Range(3, 5, 8)));
        Assert.Equal(Ops.Hash(Range(0)), Ops.Hash(Range(5, 2)));
        Assert.Equal("1", Repr(Ops.GetAttr(Range(1, 2, 3), "start")));
        Assert.Equal("4", Repr(Ops.GetItem(Range(-5, 5), I(-1))));
        Assert.False(Ops.IsTrue(Range(0)));
        Assert.Equal("range_iterator", Ops.GetIter(Range(10)).Type.Name);
        Assert.Equal("3", Repr(Call(Ops.GetIter(Range(3)), "__length_hint__")));
    }

    [Fact]
    public void RangesBeyond64Bits()
    {
        Value huge = Ops.Call(PyType.Range, I(0), Big("100000000000000000000"));
        Assert.Equal("10000000000000000000", Repr(Ops.GetItem(huge, Big("10000000000000000000"))));
        Assert.Equal("longrange_iterator", Ops.GetIter(huge).Type.Name);
        Assert.Equal("OverflowError: Python int too large to convert to C ssize_t", Error(() => Ops.Len(huge)));
        Assert.Equal("10000000000", Repr(Value.FromInt(Ops.Len(Ops.Call(PyType.Range, I(0), Big("100000000000000000000"), I(10000000000))))));
        Assert.Equal(
            "[9223372036854775805, 9223372036854775806, 9223372036854775807, 9223372036854775808, 9223372036854775809]",
            Repr(B("list", Ops.Call(PyType.Range, I(long.MaxValue - 2), Big("9223372036854775810")))));
        Assert.Equal(
            "[-9223372036854775806, -9223372036854775807, -9223372036854775808]",
            Repr(B("list", B("reversed", Ops.Call(PyType.Range, I(long.MinValue), I(long.MinValue + 3))))));
    }

    [Fact]
    public void Slices()
    {
        Assert.Equal("slice(1, 2, 3)", Repr(B("slice", I(1), I(2), I(3))));
        Assert.Equal("slice(None, 5, None)", Repr(B("slice", I(5))));
        Assert.Equal("slice('a', [1], None)", Repr(B("slice", S("a"), L(1))));
        Assert.Equal("(1, 5, 2)", Repr(Call(B("slice", I(1), I(10), I(2)), "indices", I(5))));
        Assert.Equal("(4, -1, -1)", Repr(Call(B("slice", Value.None, Value.None, I(-1)), "indices", I(5))));
    }

    [Fact]
    public void RangeErrors()
    {
        Assert.Equal("TypeError: range expected at least 1 argument, got 0", Error(() => Ops.Call(PyType.Range, [])));
        Assert.Equal("ValueError: range() arg 3 must not be zero", Error(() => Range(1, 2, 0)));
        Assert.Equal("TypeError: 'str' object cannot be interpreted as an integer", Error(() => Ops.Call(PyType.Range, S("a"))));
        Assert.Equal("TypeError: 'float' object cannot be interpreted as an integer", Error(() => Ops.Call(PyType.Range, F(1.5))));
        Assert.Equal("IndexError: range object index out of range", Error(() => Ops.GetItem(Range(10), I(20))));
        Assert.Equal("IndexError: range object index out of range", Error(() => Ops.GetItem(Range(10), I(-11))));
        Assert.Equal("ValueError: 20 is not in range", Error(() => Call(Range(10), "index", I(20))));
        Assert.Equal("TypeError: range indices must be integers or slices, not str", Error(() => Ops.GetItem(Range(10), S("a"))));
        Assert.Equal("TypeError: range() takes no keyword arguments", Error(() => CallKw(PyType.Range, [I(1)], "stop")));
    }
}
