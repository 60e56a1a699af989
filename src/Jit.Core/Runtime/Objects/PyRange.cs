using System.Numerics;

namespace Jit.Runtime.Objects;

/// <summary>
/// <c>range(start, stop, step)</c>: an immutable arithmetic sequence of any size. The bounds are
/// exact integers; when start, stop, step and the length all fit in 64 bits (nearly always) the
/// long copies make len, indexing, membership and iteration allocation-free.
/// </summary>
public sealed class PyRange : PyObject
{
    private readonly long _start;
    private readonly long _step;
    private readonly long _length;

    public PyRange(BigInteger start, BigInteger stop, BigInteger step)
        : base(PyType.Range)
    {
        if (step.IsZero)
        {
            throw PyErr.ValueError("range() arg 3 must not be zero");
        }

        Start = start;
        Stop = stop;
        Step = step;
        Length = LengthOf(start, stop, step);
        IsSmall = FitsLong(start) && FitsLong(stop) && FitsLong(step) && FitsLong(Length);
        if (IsSmall)
        {
            _start = (long)start;
            _step = (long)step;
            _length = (long)Length;
        }
    }

    public PyRange(long start, long stop, long step)
        : this(new BigInteger(start), new BigInteger(stop), new BigInteger(step))
    {
    }

    public BigInteger Start { get; }

    public BigInteger Stop { get; }

    public BigInteger Step { get; }

    /// <summary>The number of items (may exceed 64 bits).</summary>
    public BigInteger Length { get; }

    /// <summary>Start, stop, step and length all fit in a long.</summary>
    public bool IsSmall { get; }

    /// <summary><c>len(r)</c>: OverflowError when it does not fit in a Py_ssize_t.</summary>
    public long Count => IsSmall ? _length
        : FitsLong(Length) ? (long)Length
        : throw PyErr.OverflowError("Python int too large to convert to C ssize_t");

    /// <summary>The item at <paramref name="index"/> (negative counts from the end).</summary>
    public Value this[BigInteger index]
    {
        get
        {
            if (index < 0)
            {
                index += Length;
            }

            if (index < 0 || index >= Length)
            {
                throw PyErr.IndexError("range object index out of range");
            }

            return IsSmall ? Value.FromInt(unchecked(_start + ((long)index * _step))) : PyInt.Make(Start + (index * Step));
        }
    }

    /// <summary>Membership of an exact int (or bool): arithmetic instead of a scan.</summary>
    public bool ContainsInteger(BigInteger value)
    {
        bool inBounds = Step.Sign > 0 ? Start <= value && value < Stop : value <= Start && Stop < value;
        return inBounds && ((value - Start) % Step).IsZero;
    }

    /// <summary>Fast membership for inline ints.</summary>
    public bool ContainsLong(long value)
    {
        if (!IsSmall)
        {
            return ContainsInteger(value);
        }

        long stop = (long)Stop;
        bool inBounds = _step > 0 ? _start <= value && value < stop : value <= _start && stop < value;
        return inBounds && ((Int128)value - _start) % _step == 0;
    }

    /// <summary><c>r[slice]</c>: another range.</summary>
    public PyRange GetSlice(PySlice slice)
    {
        SliceIndices(slice, Length, out BigInteger start, out BigInteger stop, out BigInteger step);
        return new PyRange(Start + (start * Step), Start + (stop * Step), step * Step);
    }

    /// <summary>range_equals: equal as sequences.</summary>
    public bool EqualTo(PyRange other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (Length != other.Length)
        {
            return false;
        }

        if (Length.IsZero)
        {
            return true;
        }

        if (Start != other.Start)
        {
            return false;
        }

        return Length.IsOne || Step == other.Step;
    }

    /// <summary>The hash of (len, start, step), with None for what does not matter.</summary>
    public long Hash()
    {
        Value length = PyInt.Make(Length);
        Value start = Length.IsZero ? Value.None : PyInt.Make(Start);
        Value step = Length.IsZero || Length.IsOne ? Value.None : PyInt.Make(Step);
        return Ops.HashTuple(PyTuple.Create(length, start, step));
    }

    public PyIterator Iterate() => IsSmall
        ? new PyRangeIterator(_start, _step, _length)
        : new PyLongRangeIterator(Start, Step, Length);

    /// <summary><c>reversed(r)</c>: the same items from the last one down.</summary>
    public PyIterator IterateReversed()
    {
        BigInteger last = Start + ((Length - 1) * Step);
        if (IsSmall && FitsLong(last) && FitsLong(-Step))
        {
            return new PyRangeIterator((long)last, -_step, _length);
        }

        return new PyLongRangeIterator(last, -Step, Length);
    }

    public override string ToString() => Step.IsOne
        ? $"range({Ops.IntToString(Start)}, {Ops.IntToString(Stop)})"
        : $"range({Ops.IntToString(Start)}, {Ops.IntToString(Stop)}, {Ops.IntToString(Step)})";

    /// <summary>_PySlice_GetLongIndices: start, stop and step of a slice of a sequence of
    /// <paramref name="length"/> items, with exact integers.</summary>
    internal static void SliceIndices(PySlice slice, BigInteger length, out BigInteger start, out BigInteger stop, out BigInteger step)
    {
        step = slice.Step.IsNone ? BigInteger.One : SliceBound(slice.Step);
        if (step.IsZero)
        {
            throw PyErr.ValueError("slice step cannot be zero");
        }

        bool negative = step.Sign < 0;
        BigInteger lower = negative ? BigInteger.MinusOne : BigInteger.Zero;
        BigInteger upper = negative ? length - 1 : length;
        start = slice.Start.IsNone ? (negative ? upper : lower) : Clamp(SliceBound(slice.Start), length, lower, upper);
        stop = slice.Stop.IsNone ? (negative ? lower : upper) : Clamp(SliceBound(slice.Stop), length, lower, upper);

        static BigInteger Clamp(BigInteger index, BigInteger length, BigInteger lower, BigInteger upper)
        {
            if (index.Sign < 0)
            {
                index += length;
                return index < lower ? lower : index;
            }

            return index > upper ? upper : index;
        }

        static BigInteger SliceBound(Value value) => Ops.HasIndex(value)
            ? Ops.ToBigInteger(Ops.Index(value))
            : throw PyErr.TypeError("slice indices must be integers or None or have an __index__ method");
    }

    private static bool FitsLong(BigInteger value) => value >= long.MinValue && value <= long.MaxValue;

    private static BigInteger LengthOf(BigInteger start, BigInteger stop, BigInteger step)
    {
        if (step.Sign > 0)
        {
            return start < stop ? ((stop - start - 1) / step) + 1 : BigInteger.Zero;
        }

        return start > stop ? ((start - stop - 1) / -step) + 1 : BigInteger.Zero;
    }
}

/// <summary>The iterator of a range whose bounds fit in 64 bits.</summary>
public sealed class PyRangeIterator : PyIterator
{
    private readonly long _start;
    private readonly long _step;
    private readonly long _length;
    private long _index;

    public PyRangeIterator(long start, long step, long length)
        : base(PyType.RangeIterator)
    {
        _start = start;
        _step = step;
        _length = length;
    }

    public override long LengthHint => _length - _index;

    public override bool TryNext(out Value value)
    {
        if (_index < _length)
        {
            // Wrapping arithmetic, as CPython's unsigned long: the result is always in range.
            value = Value.FromInt(unchecked(_start + (_index++ * _step)));
            return true;
        }

        value = default;
        return false;
    }
}

/// <summary>The iterator of a range with bounds beyond 64 bits.</summary>
public sealed class PyLongRangeIterator : PyIterator
{
    private readonly BigInteger _step;
    private readonly BigInteger _length;
    private BigInteger _next;
    private BigInteger _index;

    public PyLongRangeIterator(BigInteger start, BigInteger step, BigInteger length)
        : base(PyType.LongRangeIterator)
    {
        _next = start;
        _step = step;
        _length = length;
    }

    public override long LengthHint => (long)BigInteger.Min(_length - _index, long.MaxValue);

    public override bool TryNext(out Value value)
    {
        if (_index < _length)
        {
            value = PyInt.Make(_next);
            _next += _step;
            _index++;
            return true;
        }

        value = default;
        return false;
    }
}
