using Jit.Compiling;

namespace Jit.Tests.Compiling;

/// <summary>Registers unify locals and temporaries: parameters and locals take the first registers,
/// operands name registers and constants directly, and the register count is a static high-water mark.</summary>
public sealed class RegisterAllocationTests
{
    private static CodeObject Function(string source)
    {
        CodeObject module = Compiler.CompileModule(source, "test.py");
        return module.Constants.Select(c => c.ObjectOrNull).OfType<CodeObject>().First();
    }

    [Fact]
    public void AnAssignmentOfABinaryOperationIsOneInstruction()
    {
        CodeObject code = Function("def f(a, b):\n    c = b + 1\n    return c\n");
        Assert.Equal(["a", "b", "c"], code.RegisterNames.Take(3));
        Instruction add = code.Instructions[0];
        Assert.Equal(OpCode.Add, add.Op);
        Assert.Equal(2, add.A);
        Assert.Equal(1, add.B);
        Assert.True(Instruction.IsConstant(add.C));
        Assert.Equal(OpCode.Return, code.Instructions[1].Op);
    }

    [Fact]
    public void ComparisonsFuseWithTheirBranch()
    {
        CodeObject code = Function("def f(n):\n    while n > 0:\n        n -= 1\n    return n\n");
        Assert.Contains(code.Instructions, i => i.Op == OpCode.JumpIfGreater);
        Assert.DoesNotContain(code.Instructions, i => i.Op == OpCode.Greater);
    }

    [Fact]
    public void TemporariesAreReusedSoTheRegisterCountStaysSmall()
    {
        string body = string.Concat(Enumerable.Range(0, 50).Select(i => $"    x = (a + {i}) * (a - {i}) + f(a, {i})\n"));
        CodeObject code = Function("def g(a):\n" + body + "    return x\n");
        Assert.InRange(code.RegisterCount, 2, 8);
    }

    [Fact]
    public void CallArgumentsAreConsecutiveAfterTheCallee()
    {
        CodeObject code = Function("def h(a, b):\n    return g(a, b)\n");
        Instruction call = code.Instructions.Single(i => i.Op == OpCode.Call);
        Assert.Equal(2, call.C);
        Instruction[] moves = code.Instructions.Where(i => i.Op == OpCode.Move).ToArray();
        Assert.Equal([call.B + 1, call.B + 2], moves.Select(m => m.A));
    }

    [Fact]
    public void TryExceptIsAStaticExceptionTable()
    {
        CodeObject code = Function("def t(x):\n    try:\n        return 1 / x\n    except ZeroDivisionError:\n        return 0\n");
        Assert.NotEmpty(code.ExceptionTable);
        ExceptionEntry entry = code.ExceptionTable[0];
        Assert.True(code.TryFindHandler(entry.Start, out ExceptionEntry found));
        Assert.Equal(entry, found);
        Assert.InRange(entry.Register, 0, code.RegisterCount - 1);
    }
}
