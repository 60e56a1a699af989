using Jit.Runtime;
using Jit.Runtime.Objects;
using static Jit.Tests.Runtime.H;

namespace Jit.Tests.Runtime;

/// <summary>Expected values from <c>PYTHONHASHSEED=0 python3 -c "print(hash(...))"</c>.</summary>
public class HashTests
{
    [Fact]
    public void IntHashes()
    {
        Assert.Equal(1, Ops.Hash(Ops.Power(I(2), I(61))));
        Assert.Equal(0, Ops.Hash(Ops.Subtract(Ops.Power(I(2), I(61)), I(1))));
        Assert.Equal(-2, Ops.Hash(I(-1)));
        Assert.Equal(-2, Ops.Hash(I(-2)));
        Assert.Equal(549755813888, Ops.Hash(Ops.Power(I(2), I(100))));
        Assert.Equal(-549755813888, Ops.Hash(Ops.Negative(Ops.Power(I(2), I(100)))));
        Assert.Equal(-4, Ops.Hash(I(long.MinValue)));
        Assert.Equal(4, Ops.Hash(Ops.Power(I(2), I(63))));
        Assert.Equal(123456789012345678, Ops.Hash(I(123456789012345678)));
        Assert.Equal(1, Ops.Hash(Value.True));
    }

    [Fact]
    public void FloatHashes()
    {
        Assert.Equal(1152921504606846977, Ops.Hash(F(1.5)));
        Assert.Equal(-1152921504606846977, Ops.Hash(F(-1.5)));
        Assert.Equal(230584300921369408, Ops.Hash(F(0.1)));
        Assert.Equal(1224995262755759164, Ops.Hash(F(1e300)));
        Assert.Equal(482449582752280463, Ops.Hash(F(1e-300)));
        Assert.Equal(16777216, Ops.Hash(F(5e-324)));
        Assert.Equal(314159, Ops.Hash(F(double.PositiveInfinity)));
        Assert.Equal(-314159, Ops.Hash(F(double.NegativeInfinity)));
        Assert.Equal(Ops.Hash(I(1)), Ops.Hash(F(1.0)));
        Assert.Equal(4000015, Ops.Hash(new PyComplex(3, 4)));
        Assert.Equal(1152921504606846977, Ops.Hash(new PyComplex(1.5, 0)));
    }

    [Fact]
    public void TupleHashes()
    {
        Assert.Equal(-3550055125485641917, Ops.Hash(PyTuple.Create(I(1), I(2))));
        Assert.Equal(5740354900026072187, Ops.Hash(PyTuple.Empty));
        Assert.Equal(-6644214454873602895, Ops.Hash(PyTuple.Create(I(1))));
        Assert.Equal(-333907151259015829, Ops.Hash(PyTuple.Create(PyTuple.Create(I(1), I(2)), I(3))));
        Assert.Equal(-6833572455077009836, Ops.Hash(PyTuple.Create(S("a"), I(1), F(2.5))));
    }

    [Theory]
    [InlineData("abc", -4594863902769663758)]
    [InlineData("", 0)]
    [InlineData("a", 4644417185603328019)]
    [InlineData("é", 6047309291227476195)]
    [InlineData("€uro", 7542247858446192590)]
    [InlineData("😀", -3536540696076613844)]
    [InlineData("hello world, this is long", 7650859633215404784)]
    public void StrHashesAreSipHash13WithZeroKey(string text, long expected)
    {
        Assert.Equal(expected, Ops.Hash(S(text)));
    }

    [Fact]
    public void BytesHashEqualsLatin1StrHash()
    {
        Assert.Equal(-4594863902769663758, Ops.Hash(new PyBytes("abc"u8.ToArray())));
    }

    [Fact]
    public void UnhashableTypes()
    {
        Assert.Equal("TypeError: unhashable type: 'list'", Error(() => Ops.Hash(new PyList())));
        Assert.Equal("TypeError: unhashable type: 'dict'", Error(() => Ops.Hash(new PyDict())));
        Assert.Equal("TypeError: unhashable type: 'slice'", Error(() => Ops.Hash(new PySlice(I(1), I(2), Value.None))));
        PyType eqOnly = Class("E", ("__eq__", Fn(args => Value.True)));
        Assert.Equal("TypeError: unhashable type: 'E'", Error(() => Ops.Hash(Ops.Call(eqOnly))));
        PyType custom = Class("C", ("__hash__", Fn(args => I(-1))));
        Assert.Equal(-2, Ops.Hash(Ops.Call(custom)));
    }
}
