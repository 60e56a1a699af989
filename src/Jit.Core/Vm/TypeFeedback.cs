using System.Runtime.CompilerServices;
using Jit.Runtime;

namespace Jit.Vm;

/// <summary>What tier 0 saw at one instruction, for tier 1 to speculate on. Tier 0 writes it only on
/// its slow paths, so the int fast path costs nothing: <see cref="None"/> means "only small ints
/// (or never ran)", which is what tier 1 speculates on first.</summary>
[Flags]
public enum SiteFeedback : byte
{
    None = 0,

    /// <summary>Both operands were floats.</summary>
    Floats = 1,

    /// <summary>Anything else: mixed or other types, or an int result past 64 bits.</summary>
    Other = 2,

    /// <summary>A speculation here failed in compiled code: tier 1 does not speculate here again.</summary>
    Deoptimized = 4,

    /// <summary><c>--jit-stress-deopt</c> already made a speculation here fail once.</summary>
    StressFired = 8,

    /// <summary>A global load: its guard failed once (a name was added or removed since compilation).</summary>
    GuardFailedOnce = 16,
}

public static class TypeFeedback
{
    /// <summary>Records the operands of a binary operation that missed the int fast path.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Observe(ref SiteFeedback site, Value x, Value y) =>
        site |= x.IsFloat && y.IsFloat ? SiteFeedback.Floats : SiteFeedback.Other;

    /// <summary>The operand type tier 1 may assume at a site, or null for none.</summary>
    public static Type? Speculation(SiteFeedback site) => site switch
    {
        SiteFeedback.None => typeof(long),
        SiteFeedback.Floats => typeof(double),
        _ => null,
    };
}
