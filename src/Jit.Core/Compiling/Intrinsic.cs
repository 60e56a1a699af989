namespace Jit.Compiling;

/// <summary>Rare operations behind the single INTRINSIC opcode (C selects one; R[A] := f(R[B])).</summary>
public enum Intrinsic
{
    /// <summary>Creates <c>__annotations__</c> in the namespace if missing.</summary>
    SetupAnnotations,
    ListToTuple,
    /// <summary><c>from R[B] import *</c> into the namespace.</summary>
    ImportStar,
    /// <summary>R[A] := the iterator that awaiting R[B] drives (<c>__await__</c>).</summary>
    GetAwaitable,
}
