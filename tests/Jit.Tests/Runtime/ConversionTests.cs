using Jit.Runtime;
using Jit.Runtime.Objects;
using static Jit.Tests.Runtime.H;

namespace Jit.Tests.Runtime;

public class ConversionTests
{
    private static string Int(params Value[] args) => Repr(Ops.Call(PyType.Int, args));

    private static string Float(Value arg) => Repr(Ops.Call(PyType.Float, arg));

    private static string Round(Value x, Value? n = null) =>
        Repr(n is Value digits ? Ops.CallMethod(x, "__round__", digits) : Ops.CallMethod(x, "__round__"));

    [Fact]
    public void IntFromStrings()
    {
        Assert.Equal("12", Int(S("  12  ")));
        Assert.Equal("-31", Int(S("-0x1f"), I(16)));
        Assert.Equal("5", Int(S("0b101"), I(0)));
        Assert.Equal("1000000", Int(S("1_000_000")));
        Assert.Equal("15", Int(S("0o17"), I(8)));
        Assert.Equal("35", Int(S("Z"), I(36)));
        Assert.Equal("31", Int(S("0x_1f"), I(0)));
        Assert.Equal("0", Int(S("00"), I(0)));
        Assert.Equal("123", Int(S("١٢٣")));
        Assert.Equal("12", Int(new PyBytes("12"u8.ToArray())));
        Assert.Equal("123456789012345678901234567890", Int(S("123456789012345678901234567890")));
        Assert.Equal("0", Int());
    }

    [Theory]
    [InlineData("x", 10, "ValueError: invalid literal for int() with base 10: 'x'")]
    [InlineData(" x ", 10, "ValueError: invalid literal for int() with base 10: ' x '")]
    [InlineData("", 10, "ValueError: invalid literal for int() with base 10: ''")]
    [InlineData("1__0", 10, "ValueError: invalid literal for int() with base 10: '1__0'")]
    [InlineData("_1", 10, "ValueError: invalid literal for int() with base 10: '_1'")]
    [InlineData("1_", 10, "ValueError: invalid literal for int() with base 10: '1_'")]
    [InlineData("0x__1", 0, "ValueError: invalid literal for int() with base 0: '0x__1'")]
    [InlineData("010", 0, "ValueError: invalid literal for int() with base 0: '010'")]
    [InlineData("1e5", 10, "ValueError: invalid literal for int() with base 10: '1e5'")]
    [InlineData("12", 1, "ValueError: int() base must be >= 2 and <= 36, or 0")]
    [InlineData("12", 37, "ValueError: int() base must be >= 2 and <= 36, or 0")]
    public void IntParseErrors(string text, int numberBase, string expected)
    {
        Assert.Equal(expected, Error(() => Ops.Call(PyType.Int, S(text), I(numberBase))));
    }

    [Fact]
    public void IntFromOtherObjects()
    {
        Assert.Equal("3", Int(F(3.99)));
        Assert.Equal("-3", Int(F(-3.99)));
        Assert.Equal("1", Int(Value.True));
        Assert.Equal("100000000000000000000", Int(F(1e20)));
        Assert.Equal("OverflowError: cannot convert float infinity to integer", Error(() => Ops.Call(PyType.Int, F(double.PositiveInfinity))));
        Assert.Equal("ValueError: cannot convert float NaN to integer", Error(() => Ops.Call(PyType.Int, F(double.NaN))));
        Assert.Equal("TypeError: int() can't convert non-string with explicit base", Error(() => Ops.Call(PyType.Int, F(1.5), I(10))));
        Assert.Equal("TypeError: int() argument must be a string, a bytes-like object or a real number, not 'complex'", Error(() => Ops.Call(PyType.Int, new PyComplex(1, 1))));
        Assert.Equal("TypeError: 'x' is an invalid keyword argument for int()", Error(() => Ops.Call(PyType.Int, [I(1)], ["x"])));
        Assert.Equal("TypeError: int() takes at most 2 arguments (3 given)", Error(() => Ops.Call(PyType.Int, I(1), I(2), I(3))));
        PyType withIndex = Class("Idx", ("__index__", Fn(args => I(7))));
        Assert.Equal("7", Int(Ops.Call(withIndex)));
    }

    [Fact]
    public void IntStrDigitLimit()
    {
        Value big = Ops.Power(I(10), I(5000));
        Assert.Equal("ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", Error(() => Ops.Repr(big)));
        Assert.Equal("ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit", Error(() => Ops.Call(PyType.Int, S(new string('1', 5000)))));
        Assert.Equal(4300, Ops.Repr(Ops.Subtract(Ops.Power(I(10), I(4300)), I(1))).Length);
    }

    [Fact]
    public void FloatFromStrings()
    {
        Assert.Equal("-1500.0", Float(S("  -1.5e3 ")));
        Assert.Equal("inf", Float(S("inf")));
        Assert.Equal("-inf", Float(S("-iNfinity")));
        Assert.Equal("nan", Float(S("-nan")));
        Assert.Equal("10.01", Float(S("1_0.0_1")));
        Assert.Equal("inf", Float(S("1e400")));
        Assert.Equal("0.5", Float(S(".5")));
        Assert.Equal("5.0", Float(S("5.")));
        Assert.Equal("1.5", Float(new PyBytes("1.5"u8.ToArray())));
        Assert.Equal("ValueError: could not convert string to float: 'x'", Error(() => Ops.Call(PyType.Float, S("x"))));
        Assert.Equal("ValueError: could not convert string to float: '0x10'", Error(() => Ops.Call(PyType.Float, S("0x10"))));
        Assert.Equal("ValueError: could not convert string to float: '1_'", Error(() => Ops.Call(PyType.Float, S("1_"))));
        Assert.Equal("ValueError: could not convert string to float: 'in f'", Error(() => Ops.Call(PyType.Float, S("in f"))));
        Assert.Equal("TypeError: float() argument must be a string or a real number, not 'list'", Error(() => Ops.Call(PyType.Float, new PyList())));
        Assert.Equal("9007199254740992.0", Float(Ops.Add(Ops.Power(I(2), I(53)), I(1))));
        Assert.Equal("OverflowError: int too large to convert to float", Error(() => Ops.Call(PyType.Float, Ops.Power(I(10), I(400)))));
    }

    [Fact]
    public void Rounding()
    {
        Assert.Equal("0", Round(F(0.5)));
        Assert.Equal("2", Round(F(1.5)));
        Assert.Equal("-2", Round(F(-2.5)));
        Assert.Equal("2.67", Round(F(2.675), I(2)));
        Assert.Equal("0.12", Round(F(0.125), I(2)));
        Assert.Equal("0.38", Round(F(0.375), I(2)));
        Assert.Equal("1200.0", Round(F(1234.5678), I(-2)));
        Assert.Equal("-0.0", Round(F(-0.4), I(0)));
        Assert.Equal("5e-324", Round(F(5e-324), I(400)));
        Assert.Equal("1.23e-10", Round(F(1.23456789e-10), I(12)));
        Assert.Equal("123457000", Round(I(123456789), I(-3)));
        Assert.Equal("-200", Round(I(-150), I(-2)));
        Assert.Equal("200", Round(I(250), I(-2)));
        Assert.Equal("OverflowError: cannot convert float infinity to integer", Error(() => Ops.CallMethod(F(double.PositiveInfinity), "__round__")));
    }

    [Fact]
    public void FloatMethods()
    {
        Assert.Equal("3602879701896397, 36028797018963968", Items(Ops.CallMethod(F(0.1), "as_integer_ratio")));
        Assert.Equal("-5, 2", Items(Ops.CallMethod(F(-2.5), "as_integer_ratio")));
        Assert.Equal("'0x1.c000000000000p+1'", Repr(Ops.CallMethod(F(3.5), "hex")));
        Assert.Equal("'0x1.999999999999ap-4'", Repr(Ops.CallMethod(F(0.1), "hex")));
        Assert.Equal("'-0x0.0p+0'", Repr(Ops.CallMethod(F(-0.0), "hex")));
        Assert.Equal("'0x0.0000000000001p-1022'", Repr(Ops.CallMethod(F(5e-324), "hex")));
        Assert.Equal("-0.1", Repr(Ops.CallMethod(PyType.Float, "fromhex", S("-0x1.999999999999ap-4"))));
        Assert.Equal("5e-324", Repr(Ops.CallMethod(PyType.Float, "fromhex", S("0x1p-1074"))));
        Assert.Equal("1.7976931348623157e+308", Repr(Ops.CallMethod(PyType.Float, "fromhex", S("0x1.fffffffffffffp1023"))));
        Assert.Equal("False", Repr(Ops.CallMethod(F(1.5), "is_integer")));
        Assert.Equal("OverflowError: cannot convert Infinity to integer ratio", Error(() => Ops.CallMethod(F(double.PositiveInfinity), "as_integer_ratio")));
    }

    [Fact]
    public void IntMethods()
    {
        Assert.Equal("11", Repr(Ops.CallMethod(I(1024), "bit_length")));
        Assert.Equal("11", Repr(Ops.CallMethod(I(-1024), "bit_length")));
        Assert.Equal("0", Repr(Ops.CallMethod(I(0), "bit_length")));
        Assert.Equal("64", Repr(Ops.CallMethod(I(long.MinValue), "bit_length")));
        Assert.Equal("2", Repr(Ops.CallMethod(I(5), "bit_count")));
        Assert.Equal("b'\\x00\\xff'", Repr(Ops.CallMethod(I(255), "to_bytes", I(2), S("big"))));
        Assert.Equal("b'\\xff\\xff'", Repr(Ops.Call(Ops.GetAttr(I(-1), "to_bytes"), [I(2), S("little"), Value.True], ["signed"])));
        Assert.Equal("OverflowError: int too big to convert", Error(() => Ops.CallMethod(I(256), "to_bytes", I(1), S("big"))));
        Assert.Equal("OverflowError: can't convert negative int to unsigned", Error(() => Ops.CallMethod(I(-1), "to_bytes", I(1), S("big"))));
        Assert.Equal("ValueError: byteorder must be either 'little' or 'big'", Error(() => Ops.CallMethod(I(1), "to_bytes", I(1), S("x"))));
        Assert.Equal("-1", Repr(Ops.Call(Ops.GetAttr(PyType.Int, "from_bytes"), [new PyBytes([0xff, 0xff]), S("big"), Value.True], ["signed"])));
        Assert.Equal("1", Repr(Ops.CallMethod(PyType.Int, "from_bytes", new PyBytes([1, 0]), S("little"))));
        Assert.Equal("TypeError: int.bit_length() takes no arguments (1 given)", Error(() => Ops.CallMethod(I(1), "bit_length", I(1))));
        Assert.Equal("NotImplemented", Repr(Ops.CallMethod(I(1), "__add__", F(1.0))));
        Assert.Equal("2.0", Repr(Ops.CallMethod(F(1.0), "__add__", I(1))));
        Assert.Equal("TypeError: expected 1 argument, got 0", Error(() => Ops.CallMethod(I(1), "__add__")));
        Assert.Equal("1", Repr(Ops.GetAttr(I(1), "numerator")));
        Assert.Equal("0", Repr(Ops.GetAttr(I(1), "imag")));
    }

    [Fact]
    public void ComplexConstruction()
    {
        Assert.Equal("(1.5-2j)", Repr(Ops.Call(PyType.Complex, S("  (1.5-2j)  "))));
        Assert.Equal("1j", Repr(Ops.Call(PyType.Complex, S("j"))));
        Assert.Equal("-1j", Repr(Ops.Call(PyType.Complex, S("-j"))));
        Assert.Equal("(1000+0.001j)", Repr(Ops.Call(PyType.Complex, S("1e3+1e-3j"))));
        Assert.Equal("(1+5j)", Repr(Ops.Call(PyType.Complex, new PyComplex(1, 2), I(3))));
        Assert.Equal("ValueError: complex() arg is a malformed string", Error(() => Ops.Call(PyType.Complex, S("1 + 2j"))));
    }

    [Fact]
    public void ReprAndStr()
    {
        Assert.Equal("1e+16", Repr(F(1e16)));
        Assert.Equal("1e-05", Ops.Str(F(1e-5)));
        Assert.Equal("0.0001", Ops.Str(F(0.0001)));
        Assert.Equal("123456789012345.0", Ops.Str(F(123456789012345.0)));
        Assert.Equal("1.5e-07", Ops.Str(F(1.5e-7)));
        Assert.Equal("True", Ops.Str(Value.True));
        Assert.Equal("None", Ops.Str(Value.None));
        Assert.Equal("\"it's\"", Repr(S("it's")));
        Assert.Equal("Ellipsis", Repr(PyEllipsis.Instance));
        Assert.Equal("NotImplemented", Repr(PyNotImplemented.Instance));
    }

    [Theory]
    [InlineData(1e22, "1e+22")]
    [InlineData(1e-7, "1e-07")]
    [InlineData(0.1 + 0.2, "0.30000000000000004")]
    [InlineData(5e-324, "5e-324")]
    [InlineData(1.7976931348623157e308, "1.7976931348623157e+308")]
    [InlineData(123456789.123, "123456789.123")]
    [InlineData(1e15, "1000000000000000.0")]
    [InlineData(9999999999999998.0, "9999999999999998.0")]
    [InlineData(0.000123, "0.000123")]
    [InlineData(2.5e-05, "2.5e-05")]
    [InlineData(100.0, "100.0")]
    [InlineData(-0.0, "-0.0")]
    [InlineData(double.NaN, "nan")]
    [InlineData(double.NegativeInfinity, "-inf")]
    public void FloatRepr(double value, string expected)
    {
        Assert.Equal(expected, Repr(F(value)));
        Assert.Equal(expected, Ops.Str(F(value)));
    }

    [Theory]
    [InlineData(54, 3, 0, "1.8014398509481988e+16")]
    [InlineData(54, 2, 0, "1.8014398509481984e+16")]
    [InlineData(54, 6, 0, "1.801439850948199e+16")]
    [InlineData(1000, 1, 947, "1.0715086071862676e+301")]
    [InlineData(1000, 0, 947, "1.0715086071862673e+301")]
    [InlineData(1000, 2, 947, "1.0715086071862678e+301")]
    public void BigIntToFloatRoundsHalfToEven(int power, int low, int middle, string expected)
    {
        // 2**power + 2**middle (when middle > 0) + low, or + 2*2**middle for low == 2 with middle.
        Value value = Ops.Power(I(2), I(power));
        if (middle > 0)
        {
            value = Ops.Add(value, Ops.Multiply(I(low == 2 ? 3 : 1), Ops.Power(I(2), I(middle))));
            value = low == 1 ? Ops.Add(value, I(1)) : value;
        }
        else
        {
            value = Ops.Add(value, I(low));
        }

        Assert.Equal(expected, Repr(Ops.Call(PyType.Float, value)));
    }
}
