using Jit.Compiling;
using Jit.Runtime;
using Jit.Runtime.Objects;

namespace Jit.Tests.Compiling;

/// <summary>A hand-made code object around one instruction, for per-opcode tests.</summary>
internal static class SyntheticCode
{
    public static CodeObject With(Instruction instruction) => new("synthetic", "synthetic", "synthetic.py", 1)
    {
        Instructions = [instruction, new Instruction(OpCode.Return, 0, 0, 0)],
        Constants = [Compiler.CompileModule("pass\n", "synthetic.py")],
        Names = [PyStr.From("name")],
        Positions = new SourceSpan[2],
        RegisterCount = 16,
        RegisterNames = new string?[16],
    };
}
