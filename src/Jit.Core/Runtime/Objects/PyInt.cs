using System.Numerics;
using System.Runtime.CompilerServices;

namespace Jit.Runtime.Objects;

/// <summary>An int too big for 64 bits (an exact int never holds a value that fits in a long: those
/// are inline <see cref="Value"/>s), or an instance of an int subclass holding any value.</summary>
[PyClass("int")]
public sealed partial class PyInt : PyObject
{
    private PyInt(BigInteger value)
        : base(PyType.Int)
    {
        Integer = value;
    }

    /// <summary>An instance of an int subclass.</summary>
    public PyInt(PyType type, BigInteger value)
        : base(type)
    {
        Integer = value;
    }

    public BigInteger Integer { get; }

    /// <summary>The normalised int for <paramref name="value"/>: inline when it fits in a long.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Value Make(BigInteger value) =>
        value >= long.MinValue && value <= long.MaxValue ? Value.FromInt((long)value) : new PyInt(value);

    public override string ToString() => Integer.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>An instance of a float subclass (exact floats are always inline values).</summary>
[PyClass("float")]
public sealed partial class PyFloat : PyObject
{
    public PyFloat(PyType type, double value)
        : base(type)
    {
        Double = value;
    }

    public double Double { get; }
}

/// <summary>A complex number (or an instance of a complex subclass).</summary>
[PyClass("complex")]
public sealed partial class PyComplex : PyObject
{
    public PyComplex(Complex value)
        : base(PyType.Complex)
    {
        Complex = value;
    }

    public PyComplex(double real, double imag)
        : this(new Complex(real, imag))
    {
    }

    public PyComplex(PyType type, Complex value)
        : base(type)
    {
        Complex = value;
    }

    public Complex Complex { get; }

    public double Real => Complex.Real;

    public double Imag => Complex.Imaginary;
}
