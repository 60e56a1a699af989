using System.Runtime.CompilerServices;
using Jit.Runtime.Objects;

namespace Jit.Runtime;

/// <summary>
/// What a register, a list slot or a dict entry holds: ints that fit in 64 bits and floats are
/// stored inline (no allocation), everything else is a reference to a <see cref="PyObject"/>.
/// <code>
///   _ref            _bits
///   s_intTag        the int's value (long)
///   s_floatTag      the float's IEEE bits
///   PyObject        unused (0)     (None, bools, big ints, str, list, ...)
///   null            unused (0)     "no value": an unbound local, an empty slot
/// </code>
/// One reference comparison tells the lane, so interpreter and JIT fast paths are one compare.
/// </summary>
public readonly struct Value : IEquatable<Value>
{
    private static readonly object s_intTag = new IntTag();
    private static readonly object s_floatTag = new FloatTag();

    private readonly object? _ref;
    private readonly long _bits;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Value(object? reference, long bits)
    {
        _ref = reference;
        _bits = bits;
    }

    /// <summary>The "no value" marker (an unbound local), equal to <c>default</c>.</summary>
    public static Value Unbound => default;

    public static Value None => new(PyNone.Instance, 0);

    public static Value True => new(PyBool.TrueObject, 0);

    public static Value False => new(PyBool.FalseObject, 0);

    public bool IsUnbound => _ref is null;

    public bool IsInt => ReferenceEquals(_ref, s_intTag);

    public bool IsFloat => ReferenceEquals(_ref, s_floatTag);

    public bool IsObject => _ref is PyObject;

    public bool IsNone => ReferenceEquals(_ref, PyNone.Instance);

    /// <summary>The inline int; only valid when <see cref="IsInt"/>.</summary>
    public long Int => _bits;

    /// <summary>The inline float; only valid when <see cref="IsFloat"/>.</summary>
    public double Float => BitConverter.Int64BitsToDouble(_bits);

    /// <summary>The referenced object; only valid when <see cref="IsObject"/>.</summary>
    public PyObject Object => (PyObject)_ref!;

    /// <summary>The referenced object, or null for an inline int/float or an unbound value.</summary>
    public PyObject? ObjectOrNull => _ref as PyObject;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Value FromInt(long value) => new(s_intTag, value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Value FromFloat(double value) => new(s_floatTag, BitConverter.DoubleToInt64Bits(value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Value FromBool(bool value) => value ? True : False;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Value FromObject(PyObject value) => new(value, 0);

    public static implicit operator Value(PyObject value) => new(value, 0);

    /// <summary>The Python type of the value (<c>type(v)</c>).</summary>
    public PyType Type
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            if (ReferenceEquals(_ref, s_intTag))
            {
                return PyType.Int;
            }

            if (ReferenceEquals(_ref, s_floatTag))
            {
                return PyType.Float;
            }

            return ((PyObject)_ref!).Type;
        }
    }

    /// <summary>Identity (Python's <c>is</c>): inline values compare by value, objects by reference.
    /// CPython caches small ints only, but no conforming program may rely on <c>is</c> for ints.</summary>
    public bool Is(Value other) => ReferenceEquals(_ref, other._ref) && _bits == other._bits;

    /// <summary>Bitwise equality (the same inline value or the same object); not Python's ==.</summary>
    public bool Equals(Value other) => Is(other);

    public override bool Equals(object? obj) => obj is Value other && Is(other);

    public override int GetHashCode() => HashCode.Combine(_ref, _bits);

    public override string ToString() =>
        IsInt ? _bits.ToString(System.Globalization.CultureInfo.InvariantCulture)
        : IsFloat ? Float.ToString(System.Globalization.CultureInfo.InvariantCulture)
        : _ref?.ToString() ?? "<unbound>";

    private sealed class IntTag
    {
    }

    private sealed class FloatTag
    {
    }
}
