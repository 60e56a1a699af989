using Jit.Runtime;
using Jit.Runtime.Objects;
using static Jit.Tests.Runtime.H;

namespace Jit.Tests.Runtime;

public class ArithmeticTests
{
    [Fact]
    public void IntOverflowPromotesToBigIntegerAndBack()
    {
        Value max = I(long.MaxValue);
        Value sum = Ops.Add(max, I(1));
        Assert.False(sum.IsInt);
        Assert.Equal("9223372036854775808", Repr(sum));
        Value back = Ops.Subtract(sum, I(1));
        Assert.True(back.IsInt);
        Assert.Equal(long.MaxValue, back.Int);
        Assert.Equal("-9223372036854775809", Repr(Ops.Subtract(I(long.MinValue), I(1))));
        Assert.Equal("85070591730234615847396907784232501249", Repr(Ops.Multiply(max, max)));
        Assert.Equal("9223372036854775808", Repr(Ops.Negative(I(long.MinValue))));
        Assert.Equal("9223372036854775808", Repr(Ops.FloorDivide(I(long.MinValue), I(-1))));
        Assert.Equal("9223372036854775808", Repr(Ops.Abs(I(long.MinValue))));
        Assert.True(Ops.Multiply(Big("100000000000000000000"), I(0)).IsInt);
    }

    [Theory]
    [InlineData(-7, 2, "-4", 1)]
    [InlineData(7, -2, "-4", -1)]
    [InlineData(-7, -2, "3", -1)]
    [InlineData(7, 2, "3", 1)]
    [InlineData(long.MinValue, -1, "9223372036854775808", 0)]
    public void FloorDivisionAndModuloRoundTowardNegativeInfinity(long a, long b, string quotient, long remainder)
    {
        Assert.Equal(quotient, Repr(Ops.FloorDivide(I(a), I(b))));
        Assert.Equal(remainder, Ops.Remainder(I(a), I(b)).Int);
        Value divmod = Ops.DivMod(I(a), I(b));
        Assert.Equal(Repr(Ops.FloorDivide(I(a), I(b))), Repr(((PyTuple)divmod.Object)[0]));
    }

    [Fact]
    public void BigIntegerFloorDivisionAndModulo()
    {
        Value a = Big("-100000000000000000000000");
        Assert.Equal("-14285714285714285714286", Repr(Ops.FloorDivide(a, I(7))));
        Assert.Equal("2", Repr(Ops.Remainder(a, I(7))));
        Assert.Equal("-2", Repr(Ops.Remainder(Big("100000000000000000000000"), I(-7))));
    }

    [Theory]
    [InlineData(-7.5, 2.0, "-4.0", "0.5")]
    [InlineData(7.5, -2.0, "-4.0", "-0.5")]
    [InlineData(-0.0, 5.0, "-0.0", "0.0")]
    [InlineData(0.0, -5.0, "-0.0", "-0.0")]
    [InlineData(-1e-300, 1.0, "-1.0", "1.0")]
    [InlineData(5.0, 0.3, "16.0", "0.20000000000000018")]
    public void FloatFloorDivisionAndModuloFollowPython(double a, double b, string quotient, string remainder)
    {
        Assert.Equal(quotient, Repr(Ops.FloorDivide(F(a), F(b))));
        Assert.Equal(remainder, Repr(Ops.Remainder(F(a), F(b))));
    }

    [Fact]
    public void TrueDivision()
    {
        Assert.Equal("0.3333333333333333", Repr(Ops.TrueDivide(I(1), I(3))));
        Assert.Equal("2.0", Repr(Ops.TrueDivide(I(4), I(2))));
        Assert.Equal("1e+20", Repr(Ops.TrueDivide(Big("100000000000000000000"), I(1))));
        // Correct rounding of big quotients: (10**30 + 1) / 3 and 2**1000 / 3**600.
        Assert.Equal("3.333333333333333e+29", Repr(Ops.TrueDivide(Big("1000000000000000000000000000001"), I(3))));
        Value twoTo1000 = Ops.Power(I(2), I(1000));
        Value threeTo600 = Ops.Power(I(3), I(600));
        Assert.Equal("571798263596268.4", Repr(Ops.TrueDivide(twoTo1000, threeTo600)));
        Assert.Equal("OverflowError: integer division result too large for a float", Error(() => Ops.TrueDivide(Ops.Power(I(10), I(400)), I(1))));
    }

    [Fact]
    public void Powers()
    {
        Assert.Equal("1024", Repr(Ops.Power(I(2), I(10))));
        Assert.Equal("1267650600228229401496703205376", Repr(Ops.Power(I(2), I(100))));
        Assert.Equal("0.25", Repr(Ops.Power(I(2), I(-2))));
        Assert.Equal("-0.5", Repr(Ops.Power(I(-2), I(-1))));
        Assert.Equal("1", Repr(Ops.Power(I(0), I(0))));
        Assert.Equal("1.0", Repr(Ops.Power(F(0.0), F(0))));
        Assert.Equal("(1.0000000000000002+1.7320508075688772j)", Repr(Ops.Power(I(-8), F(1.0 / 3))));
        Assert.Equal("5", Repr(Ops.Power(I(3), I(-1), I(7))));
        Assert.Equal("-5", Repr(Ops.Power(I(2), I(10), I(-7))));
        Assert.Equal("2", Repr(Ops.Power(I(-2), I(3), I(5))));
        Assert.Equal("ZeroDivisionError: 0.0 cannot be raised to a negative power", Error(() => Ops.Power(I(0), I(-1))));
        Assert.Equal("ValueError: pow() 3rd argument cannot be 0", Error(() => Ops.Power(I(2), I(3), I(0))));
        Assert.Equal("ValueError: base is not invertible for the given modulus", Error(() => Ops.Power(I(2), I(-1), I(4))));
        Assert.Equal("TypeError: pow() 3rd argument not allowed unless all arguments are integers", Error(() => Ops.Power(F(2.0), I(3), I(4))));
        Assert.Equal("OverflowError: (34, 'Numerical result out of range')", Error(() => Ops.Power(I(2), F(10000.0))));
    }

    [Fact]
    public void Shifts()
    {
        Assert.Equal("9223372036854775808", Repr(Ops.LeftShift(I(1), I(63))));
        Assert.Equal("-9223372036854775808", Repr(Ops.LeftShift(I(-1), I(63))));
        Assert.True(Ops.LeftShift(I(-1), I(63)).IsInt);
        Assert.Equal("1267650600228229401496703205376", Repr(Ops.LeftShift(I(1), I(100))));
        Assert.Equal("-1", Repr(Ops.RightShift(I(-5), I(100))));
        Assert.Equal("-3", Repr(Ops.RightShift(I(-5), I(1))));
        Assert.Equal("1", Repr(Ops.RightShift(Ops.LeftShift(I(1), I(100)), I(100))));
        Assert.Equal("ValueError: negative shift count", Error(() => Ops.LeftShift(I(1), I(-1))));
    }

    [Fact]
    public void Bitwise()
    {
        Assert.Equal("-2", Repr(Ops.Invert(I(1))));
        Assert.Equal("True", Repr(Ops.And(Value.True, Value.True)));
        Assert.Equal("1", Repr(Ops.And(Value.True, I(1))));
        Assert.Equal("2", Repr(Ops.Add(Value.True, Value.True)));
        Assert.Equal("-2", Repr(Ops.Invert(Value.True)));
        Assert.Equal("-1", Repr(Ops.Negative(Value.True)));
        Assert.Equal("-1267650600228229401496703205377", Repr(Ops.Invert(Ops.LeftShift(I(1), I(100)))));
        Assert.Equal("1267650600228229401496703205375", Repr(Ops.And(Ops.Subtract(Ops.LeftShift(I(1), I(100)), I(1)), I(-1))));
    }

    [Fact]
    public void ZeroDivisionMessages()
    {
        Assert.Equal("ZeroDivisionError: division by zero", Error(() => Ops.TrueDivide(I(1), I(0))));
        Assert.Equal("ZeroDivisionError: integer division or modulo by zero", Error(() => Ops.FloorDivide(I(1), I(0))));
        Assert.Equal("ZeroDivisionError: integer modulo by zero", Error(() => Ops.Remainder(I(1), I(0))));
        Assert.Equal("ZeroDivisionError: float division by zero", Error(() => Ops.TrueDivide(F(1), I(0))));
        Assert.Equal("ZeroDivisionError: float floor division by zero", Error(() => Ops.FloorDivide(F(1), I(0))));
        Assert.Equal("ZeroDivisionError: float modulo", Error(() => Ops.Remainder(F(1), I(0))));
        Assert.Equal("ZeroDivisionError: integer division or modulo by zero", Error(() => Ops.DivMod(I(1), I(0))));
        Assert.Equal("ZeroDivisionError: float divmod()", Error(() => Ops.DivMod(F(1), I(0))));
        Assert.Equal("ZeroDivisionError: complex division by zero", Error(() => Ops.TrueDivide(new PyComplex(1, 1), I(0))));
    }

    [Fact]
    public void TypeErrorMessages()
    {
        Assert.Equal("TypeError: unsupported operand type(s) for +: 'int' and 'str'", Error(() => Ops.Add(I(1), S("a"))));
        Assert.Equal("TypeError: can only concatenate str (not \"int\") to str", Error(() => Ops.Add(S("a"), I(1))));
        Assert.Equal("TypeError: can't multiply sequence by non-int of type 'str'", Error(() => Ops.Multiply(S("a"), S("b"))));
        Assert.Equal("TypeError: can't multiply sequence by non-int of type 'float'", Error(() => Ops.Multiply(F(1.5), S("b"))));
        Assert.Equal("TypeError: bad operand type for unary -: 'str'", Error(() => Ops.Negative(S("a"))));
        Assert.Equal("TypeError: bad operand type for unary ~: 'float'", Error(() => Ops.Invert(F(1.5))));
        Assert.Equal("TypeError: bad operand type for abs(): 'str'", Error(() => Ops.Abs(S("a"))));
        Assert.Equal("TypeError: unsupported operand type(s) for @: 'int' and 'int'", Error(() => Ops.MatrixMultiply(I(1), I(2))));
        Assert.Equal("TypeError: unsupported operand type(s) for ** or pow(): 'str' and 'int'", Error(() => Ops.Power(S("a"), I(2))));
        Assert.Equal("TypeError: unsupported operand type(s) for +=: 'int' and 'str'", Error(() => Ops.InPlace(BinaryOp.Add, I(1), S("a"))));
        Assert.Equal("TypeError: can't concat str to bytes", Error(() => Ops.Add(new PyBytes([1]), S("a"))));
    }

    [Fact]
    public void MixedIntFloatAndStrings()
    {
        Assert.Equal("3.5", Repr(Ops.Add(I(1), F(2.5))));
        Assert.Equal("'abab'", Repr(Ops.Multiply(S("ab"), I(2))));
        Assert.Equal("'abab'", Repr(Ops.Multiply(I(2), S("ab"))));
        Assert.Equal("''", Repr(Ops.Multiply(S("ab"), I(-2))));
        Assert.Equal("'ab'", Repr(Ops.Add(S("a"), S("b"))));
        Assert.Equal("inf", Repr(Ops.Add(F(1e308), F(1e308))));
        Assert.Equal("OverflowError: int too large to convert to float", Error(() => Ops.Add(Ops.Power(I(10), I(400)), F(1.0))));
    }

    [Fact]
    public void Complex()
    {
        var a = new PyComplex(1, 2);
        Assert.Equal("(-3+4j)", Repr(Ops.Power(a, I(2))));
        Assert.Equal("(2+2j)", Repr(Ops.Add(a, I(1))));
        Assert.Equal("(0.7071067811865476+0.7071067811865475j)", Repr(Ops.Power(new PyComplex(0, 1), F(0.5))));
        Assert.Equal("5.0", Repr(Ops.Abs(new PyComplex(3, 4))));
        Assert.Equal("TypeError: '<' not supported between instances of 'complex' and 'complex'", Error(() => Ops.Compare(CompareOp.Lt, a, a)));
        Assert.True(Ops.CompareBool(CompareOp.Eq, new PyComplex(1, 0), I(1)));
        Assert.Equal("TypeError: unsupported operand type(s) for divmod(): 'complex' and 'int'", Error(() => Ops.DivMod(a, I(1))));
    }

    [Fact]
    public void UserOperatorsAndReflection()
    {
        PyType vector = Class(
            "V",
            ("__add__", Fn(args => S("add"))),
            ("__radd__", Fn(args => S("radd"))),
            ("__neg__", Fn(args => S("neg"))));
        Value v = Ops.Call(vector);
        Assert.Equal("'add'", Repr(Ops.Add(v, I(1))));
        Assert.Equal("'radd'", Repr(Ops.Add(I(1), v)));
        Assert.Equal("'neg'", Repr(Ops.Negative(v)));

        // A subclass's reflected method is tried first.
        PyType sub = Class("W", [vector], ("__radd__", Fn(args => S("sub-radd"))));
        Assert.Equal("'sub-radd'", Repr(Ops.Add(v, Ops.Call(sub))));

        PyType declines = Class("N", ("__add__", Fn(args => PyNotImplemented.Instance)));
        Assert.Equal("TypeError: unsupported operand type(s) for +: 'N' and 'int'", Error(() => Ops.Add(Ops.Call(declines), I(1))));

        PyType myInt = Class("MyInt", [PyType.Int]);
        Value five = Ops.Call(myInt, I(5));
        Assert.Equal("7", Repr(Ops.Add(five, I(2))));
        Assert.Equal("MyInt", five.Type.Name);
    }
}
