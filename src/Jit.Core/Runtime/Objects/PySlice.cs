namespace Jit.Runtime.Objects;

/// <summary>A slice object <c>start:stop:step</c>; each part may be None.</summary>
[PyClass("slice")]
public sealed partial class PySlice : PyObject
{
    public PySlice(Value start, Value stop, Value step)
        : base(PyType.Slice)
    {
        Start = start;
        Stop = stop;
        Step = step;
    }

    public Value Start { get; }

    public Value Stop { get; }

    public Value Step { get; }

    public override string ToString() => $"slice({Ops.Repr(Start)}, {Ops.Repr(Stop)}, {Ops.Repr(Step)})";

    /// <summary>CPython's PySlice_GetIndicesEx for a sequence of <paramref name="length"/> items:
    /// the clamped start, stop and step, and the number of items selected.</summary>
    public int GetIndices(int length, out int start, out int stop, out int step)
    {
        long stepValue = Step.IsNone ? 1 : Ops.ClampIndex(Step);
        if (stepValue == 0)
        {
            throw PyErr.ValueError("slice step cannot be zero");
        }

        // -long.MaxValue, so that -step cannot overflow.
        stepValue = Math.Max(stepValue, -long.MaxValue);
        long startValue = Start.IsNone ? (stepValue < 0 ? long.MaxValue : 0) : Ops.ClampIndex(Start);
        long stopValue = Stop.IsNone ? (stepValue < 0 ? long.MinValue : long.MaxValue) : Ops.ClampIndex(Stop);

        startValue = Adjust(startValue, length, stepValue);
        stopValue = Adjust(stopValue, length, stepValue);
        start = (int)startValue;
        stop = (int)stopValue;
        step = (int)Math.Clamp(stepValue, int.MinValue + 1, int.MaxValue);
        if (stepValue < 0)
        {
            return stopValue < startValue ? (int)((startValue - stopValue - 1) / -stepValue + 1) : 0;
        }

        return startValue < stopValue ? (int)((stopValue - startValue - 1) / stepValue + 1) : 0;

        static long Adjust(long index, int length, long step)
        {
            if (index < 0)
            {
                index += length;
                if (index < 0)
                {
                    index = step < 0 ? -1 : 0;
                }
            }
            else if (index >= length)
            {
                index = step < 0 ? length - 1 : length;
            }

            return index;
        }
    }
}
