using System.Globalization;
using System.Text;
using Jit.Runtime;

namespace Jit.Compiling;

/// <summary><c>jit --dis</c>: every code object's register bytecode in the spirit of CPython's
/// <c>dis</c>: source line, offset, opcode, operands with resolved names and constants, jump
/// targets, the register count and the exception table.</summary>
public static class Disassembler
{
    public static string Disassemble(CodeObject code)
    {
        var text = new StringBuilder();
        Append(code, text);
        return text.ToString();
    }

    private static void Append(CodeObject code, StringBuilder text)
    {
        text.Append($"Disassembly of <code object {code.Name}> ({code.QualName}, file \"{code.FileName}\", line {code.FirstLine}):\n");
        text.Append($"  registers: {code.RegisterCount}, parameters: {code.ArgCount}");
        if (code.KwOnlyArgCount > 0)
        {
            text.Append($" (+{code.KwOnlyArgCount} keyword-only)");
        }

        text.Append($", flags: {code.Flags}\n");
        var targets = new HashSet<int>();
        foreach (Instruction instruction in code.Instructions)
        {
            if (OpCodes.Info(instruction.Op).IsJump)
            {
                targets.Add(instruction.A);
            }
        }

        foreach (ExceptionEntry entry in code.ExceptionTable)
        {
            targets.Add(entry.Handler);
        }

        int lastLine = -1;
        for (int pc = 0; pc < code.Instructions.Length; pc++)
        {
            Instruction instruction = code.Instructions[pc];
            int line = code.LineOf(pc);
            string lineColumn = line != lastLine ? line.ToString(CultureInfo.InvariantCulture) : string.Empty;
            if (line != lastLine && pc > 0)
            {
                text.Append('\n');
            }

            lastLine = line;
            string marker = targets.Contains(pc) ? ">>" : "  ";
            OpInfo info = OpCodes.Info(instruction.Op);
            string operands = string.Join(", ", new[] { (info.A, instruction.A), (info.B, instruction.B), (info.C, instruction.C) }
                .Where(operand => operand.Item1 != OperandKind.None)
                .Select(operand => Operand(code, info, operand.Item1, operand.Item2)));
            text.Append($"{lineColumn,4} {marker}{pc,5} {info.Name,-22} {operands}".TrimEnd()).Append('\n');
        }

        if (code.ExceptionTable.Length > 0)
        {
            text.Append("ExceptionTable:\n");
            foreach (ExceptionEntry entry in code.ExceptionTable)
            {
                text.Append($"  {entry.Start} to {entry.End - 1} -> {entry.Handler} [exception in {Register(code, entry.Register)}]\n");
            }
        }

        foreach (Value constant in code.Constants)
        {
            if (constant.ObjectOrNull is CodeObject nested)
            {
                text.Append('\n');
                Append(nested, text);
            }
        }
    }

    private static string Operand(CodeObject code, OpInfo info, OperandKind kind, int value) => kind switch
    {
        OperandKind.Register => Register(code, value),
        OperandKind.RegisterOrConstant => Instruction.IsConstant(value) ? ConstantText(code, value & Instruction.MaxIndex) : Register(code, value),
        OperandKind.Constant => ConstantText(code, value),
        OperandKind.Name => $"N({Ops.Repr(code.Names[value])})",
        OperandKind.Target => $"to {value}",
        OperandKind.Immediate => Immediate(info.Code, value),
        _ => value.ToString(CultureInfo.InvariantCulture),
    };

    private static string Register(CodeObject code, int register) =>
        register < code.RegisterNames.Length && code.RegisterNames[register] is string name ? $"r{register} '{name}'" : $"r{register}";

    private static string ConstantText(CodeObject code, int index)
    {
        Value constant = code.Constants[index];
        return constant.ObjectOrNull is CodeObject nested ? $"K(<code object {nested.Name}>)" : $"K({Ops.Repr(constant)})";
    }

    private static string Immediate(OpCode op, int value) => op switch
    {
        OpCode.InPlace => Ops.Symbol((BinaryOp)value) + "=",
        OpCode.Intrinsic => ((Intrinsic)value).ToString(),
        OpCode.FormatValue => ((value & 3) switch { 1 => "!s", 2 => "!r", 3 => "!a", _ => "" }) + ((value & 4) != 0 ? " with spec" : ""),
        OpCode.UnpackEx => $"{value & 255} before, {value >> 8} after",
        OpCode.Raise => value switch { 0 => "re-raise", 1 => "exception", _ => "exception from cause" },
        _ => value.ToString(CultureInfo.InvariantCulture),
    };
}
