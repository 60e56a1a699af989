using System.Text.RegularExpressions;
using Jit.Compiling;

namespace Jit.Tests.Compiling;

/// <summary>The opcode table is the single definition of each opcode: every opcode has exactly one
/// entry (which drives the emitter and the disassembler) and a case in the interpreter's switch.</summary>
public sealed class OpCodeTableTests
{
    [Fact]
    public void EveryOpcodeHasOneTableEntryWithAUniqueName()
    {
        OpCode[] all = Enum.GetValues<OpCode>();
        Assert.Equal(all.Length, OpCodes.Table.Length);
        foreach (OpCode op in all)
        {
            OpInfo info = OpCodes.Info(op);
            Assert.NotNull(info);
            Assert.Equal(op, info.Code);
            Assert.False(string.IsNullOrWhiteSpace(info.Meaning), $"{op} has no meaning text");
        }

        Assert.Equal(all.Length, OpCodes.Table.Select(info => info.Name).Distinct().Count());
    }

    [Fact]
    public void JumpsHaveTheirTargetInA()
    {
        foreach (OpInfo info in OpCodes.Table)
        {
            Assert.Equal(info.IsJump, info.A == OperandKind.Target);
        }
    }

    [Fact]
    public void EveryOpcodeHasAnInterpreterCase()
    {
        string source = File.ReadAllText(RepositoryPaths.Combine("src", "Jit.Core", "Vm", "Interpreter.cs"));
        var handled = Regex.Matches(source, @"case OpCode\.(\w+):").Select(m => m.Groups[1].Value).ToHashSet();
        string[] missing = Enum.GetNames<OpCode>().Where(name => !handled.Contains(name)).ToArray();
        Assert.True(missing.Length == 0, "no interpreter case for " + string.Join(", ", missing));
    }

    [Fact]
    public void EveryOpcodeHasAnIlTranslationOrIsMarkedInterpreterOnly()
    {
        var missing = new List<string>();
        var vm = new Jit.Vm.VmState(new Jit.Runtime.PyContext(TextWriter.Null, TextWriter.Null, TextReader.Null));
        foreach (OpInfo info in OpCodes.Table)
        {
            if ((info.Flags & OpFlags.InterpreterOnly) != 0)
            {
                continue;
            }

            // One instruction with small operands (registers 1-3, constant 0, name 0), then RETURN.
            int a = info.IsJump ? 0 : 1;
            var code = Jit.Tests.Compiling.SyntheticCode.With(new Instruction(info.Code, a, info.B == OperandKind.RegisterOrConstant ? 2 : info.B is OperandKind.Constant or OperandKind.Name ? 0 : 2, info.C is OperandKind.Name ? 0 : 3));
            try
            {
                Jit.Tier1.JitCompiler.Compile(code, vm, globals: null, keepListing: false, out _);
            }
            catch (InvalidOperationException error) when (error.Message.StartsWith("no IL translation", StringComparison.Ordinal))
            {
                missing.Add(info.Name);
            }
        }

        Assert.True(missing.Count == 0, "no IL translation (and not marked interpreter-only) for " + string.Join(", ", missing));
    }

    [Fact]
    public void InstructionFieldsRoundTrip()
    {
        var instruction = new Instruction(OpCode.Add, Instruction.MaxA, Instruction.MaxBC, Instruction.ConstantBit | 5);
        Assert.Equal(OpCode.Add, instruction.Op);
        Assert.Equal(Instruction.MaxA, instruction.A);
        Assert.Equal(Instruction.MaxBC, instruction.B);
        Assert.True(Instruction.IsConstant(instruction.C));
        Assert.Equal(5, instruction.C & Instruction.MaxIndex);
        Assert.Throws<ArgumentOutOfRangeException>(() => new Instruction(OpCode.Move, Instruction.MaxA + 1, 0, 0));
    }
}
