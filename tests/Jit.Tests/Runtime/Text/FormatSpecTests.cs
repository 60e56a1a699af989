using System.Globalization;
using System.Numerics;
using Jit.Runtime;
using Jit.Runtime.Formatting;
using Jit.Runtime.Objects;

namespace Jit.Tests.Runtime.Text;

public class FormatSpecTests
{
    [Theory]
    [InlineData("F")]
    [InlineData("C")]
    [InlineData("I")]
    [InlineData("S")]
    public void MatchesCPythonTable(string kind)
    {
        var failures = new List<string>();
        int count = 0;
        foreach (string[] row in FormatCases.All.Where(r => r[0] == kind))
        {
            count++;
            Value value = kind switch
            {
                "F" => Value.FromFloat(ParseFloat(row[1])),
                "C" => new PyComplex(ParseFloat(row[1].Split('|')[0]), ParseFloat(row[1].Split('|')[1])),
                "I" => PyInt.Make(BigInteger.Parse(row[1], CultureInfo.InvariantCulture)),
                _ => PyStr.From(row[1]),
            };
            string actual = Run(() => SpecFormatter.Format(value, row[2]));
            if (actual != row[3])
            {
                failures.Add($"format({row[1]}, '{row[2]}'): expected {row[3]}, got {actual}");
            }
        }

        Assert.True(count > 100);
        Assert.True(failures.Count == 0, $"{failures.Count} of {count} differ:\n" + string.Join("\n", failures.Take(60)));
    }

    [Theory]
    [InlineData(0.125, ".2f", "0.12")]
    [InlineData(0.375, ".2f", "0.38")]
    [InlineData(2.675, ".2f", "2.67")]
    [InlineData(1e22, "f", "10000000000000000000000.000000")]
    [InlineData(5e-324, "g", "4.94066e-324")]
    [InlineData(-0.0, "+.1f", "-0.0")]
    [InlineData(-0.0, "z.1f", "0.0")]
    [InlineData(1.0, "", "1.0")]
    [InlineData(1e16, "g", "1e+16")]
    [InlineData(1e16, "", "1e+16")]
    [InlineData(1.0, ".3", "1.0")]
    [InlineData(100.0, ".3", "1e+02")]
    public void Floats(double value, string spec, string expected) =>
        Assert.Equal(expected, SpecFormatter.Format(Value.FromFloat(value), spec));

    [Theory]
    [InlineData(123456789, ",d", "123,456,789")]
    [InlineData(1234, "010,", "00,001,234")]
    [InlineData(123, "04,", "0,123")]
    [InlineData(255, "#X", "0XFF")]
    [InlineData(0x12345, "_x", "1_2345")]
    [InlineData(true, "", "True")]
    public void Ints(object value, string spec, string expected)
    {
        Value v = value is bool b ? Value.FromBool(b) : Value.FromInt((int)value);
        Assert.Equal(expected, SpecFormatter.Format(v, spec));
    }

    [Fact]
    public void BoolFormatsAsIntWithASpec()
    {
        Assert.Equal("    1", SpecFormatter.Format(Value.True, ">5"));
        Assert.Equal("ValueError: Unknown format code 's' for object of type 'bool'", H.Error(() => SpecFormatter.Format(Value.True, "s")));
    }

    [Fact]
    public void FormatMethodChecksItsArgument()
    {
        Assert.Equal("TypeError: __format__() argument must be str, not int", H.Error(() => Ops.CallMethod(H.I(5), "__format__", H.I(1))));
        Assert.Equal("TypeError: int.__format__() takes exactly one argument (0 given)", H.Error(() => Ops.CallMethod(H.I(5), "__format__")));
        Assert.Equal("'  2.50'", H.Repr(Ops.CallMethod(H.F(2.5), "__format__", H.S("6.2f"))));
    }

    [Fact]
    public void ObjectFormatRejectsASpec()
    {
        PyType c = H.Class("C");
        Value instance = Ops.Call(c);
        Assert.Equal("TypeError: unsupported format string passed to C.__format__", H.Error(() => SpecFormatter.Format(instance, "5")));
    }

    internal static double ParseFloat(string text) => text switch
    {
        "inf" => double.PositiveInfinity,
        "-inf" => double.NegativeInfinity,
        "nan" => double.NaN,
        _ => double.Parse(text, CultureInfo.InvariantCulture),
    };

    internal static string Run(Func<string> action)
    {
        try
        {
            return action();
        }
        catch (PyException e)
        {
            return $"!{e.Error.Type.Name}: {Ops.Str(e.Error)}";
        }
    }
}
