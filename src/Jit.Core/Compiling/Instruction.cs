using System.Runtime.CompilerServices;

namespace Jit.Compiling;

/// <summary>One fixed-width instruction word: opcode (8 bits), A (18 bits), B and C (19 bits each).
/// A register-or-constant operand (B or C) names constant <c>index</c> when <see cref="ConstantBit"/>
/// is set, so no instruction needs an extension word.</summary>
public readonly struct Instruction
{
    public const int MaxA = (1 << 18) - 1;
    public const int MaxBC = (1 << 19) - 1;
    public const int ConstantBit = 1 << 18;
    public const int MaxIndex = ConstantBit - 1;

    private readonly ulong _word;

    public Instruction(OpCode op, int a, int b, int c)
    {
        if ((uint)a > MaxA || (uint)b > MaxBC || (uint)c > MaxBC)
        {
            throw new ArgumentOutOfRangeException(nameof(a), $"operand out of range in {op} {a} {b} {c}");
        }

        _word = (byte)op | ((ulong)a << 8) | ((ulong)b << 26) | ((ulong)c << 45);
    }

    public OpCode Op
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => (OpCode)(byte)_word;
    }

    public int A
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => (int)(_word >> 8) & MaxA;
    }

    public int B
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => (int)(_word >> 26) & MaxBC;
    }

    public int C
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => (int)(_word >> 45);
    }

    public static bool IsConstant(int operand) => (operand & ConstantBit) != 0;

    public Instruction WithA(int a) => new(Op, a, B, C);

    public override string ToString() => $"{OpCodes.Info(Op).Name} {A} {B} {C}";
}
