namespace Jit.Compiling;

/// <summary>What an instruction field means, for the disassembler and the checks.</summary>
public enum OperandKind : byte
{
    None,
    Register,
    /// <summary>A register, or a constant when <see cref="Instruction.ConstantBit"/> is set (Lua's RK).</summary>
    RegisterOrConstant,
    Constant,
    Name,
    Target,
    Count,
    /// <summary>A small selector whose meaning the opcode defines (an operator, an intrinsic, flags).</summary>
    Immediate,
}

[Flags]
public enum OpFlags
{
    None = 0,
    /// <summary>Field A is a jump target (an instruction index).</summary>
    Jump = 1,
    /// <summary>Execution never falls through to the next instruction.</summary>
    NoFallThrough = 2,
    /// <summary>May raise or run arbitrary Python code: the pc is saved before it runs.</summary>
    CanRaise = 4,
    /// <summary>Tier 1 does not translate it: a code object using it stays in the interpreter.</summary>
    InterpreterOnly = 8,
    /// <summary>A call: the frame's pc is stored first, so that the callee sees the caller's line
    /// (<c>f_lineno</c> of <c>sys._getframe(1)</c>, warnings).</summary>
    Call = 16,
}

/// <summary>One opcode's definition: operand kinds, its meaning in register notation, flags.</summary>
public sealed record OpInfo(OpCode Code, string Name, OperandKind A, OperandKind B, OperandKind C, string Meaning, OpFlags Flags)
{
    public bool IsJump => (Flags & OpFlags.Jump) != 0;

    public bool FallsThrough => (Flags & OpFlags.NoFallThrough) == 0;
}

/// <summary>The single table of opcodes.</summary>
public static class OpCodes
{
    private const OperandKind R = OperandKind.Register;
    private const OperandKind RK = OperandKind.RegisterOrConstant;
    private const OperandKind K = OperandKind.Constant;
    private const OperandKind N = OperandKind.Name;
    private const OperandKind T = OperandKind.Target;
    private const OperandKind Count = OperandKind.Count;
    private const OperandKind Imm = OperandKind.Immediate;
    private const OperandKind None = OperandKind.None;
    private const OpFlags Raises = OpFlags.CanRaise;
    private const OpFlags Branch = OpFlags.Jump | OpFlags.CanRaise;
    private const OpFlags Calls = OpFlags.CanRaise | OpFlags.Call;

    public static readonly OpInfo[] Table = Build(
    [
        new(OpCode.Nop, "NOP", None, None, None, "nothing", OpFlags.None),
        new(OpCode.Move, "MOVE", R, R, None, "R[A] := R[B]", OpFlags.None),
        new(OpCode.LoadConst, "LOAD_CONST", R, K, None, "R[A] := K[B]", OpFlags.None),
        new(OpCode.LoadGlobal, "LOAD_GLOBAL", R, N, None, "R[A] := globals or builtins[N[B]]", Raises),
        new(OpCode.StoreGlobal, "STORE_GLOBAL", R, N, None, "globals[N[B]] := R[A]", Raises),
        new(OpCode.DeleteGlobal, "DELETE_GLOBAL", None, N, None, "del globals[N[B]]", Raises),
        new(OpCode.LoadName, "LOAD_NAME", R, N, None, "R[A] := locals, globals or builtins[N[B]]", Raises),
        new(OpCode.StoreName, "STORE_NAME", R, N, None, "locals[N[B]] := R[A]", Raises),
        new(OpCode.DeleteName, "DELETE_NAME", None, N, None, "del locals[N[B]]", Raises),
        new(OpCode.CheckBound, "CHECK_BOUND", R, None, None, "UnboundLocalError unless R[A] is bound", Raises),
        new(OpCode.DeleteFast, "DELETE_FAST", R, None, None, "R[A] := unbound (UnboundLocalError if it is)", Raises),
        new(OpCode.MakeCell, "MAKE_CELL", R, None, None, "R[A] := cell(R[A])", OpFlags.None),
        new(OpCode.CopyFreeVars, "COPY_FREE_VARS", R, Count, None, "R[A..A+B) := the function's closure cells", OpFlags.None),
        new(OpCode.LoadDeref, "LOAD_DEREF", R, R, None, "R[A] := cell R[B]'s contents", Raises),
        new(OpCode.StoreDeref, "STORE_DEREF", R, R, None, "cell R[B]'s contents := R[A]", OpFlags.None),
        new(OpCode.DeleteDeref, "DELETE_DEREF", None, R, None, "cell R[B]'s contents := unbound", Raises),
        new(OpCode.LoadClassDeref, "LOAD_CLASSDEREF", R, R, N, "R[A] := locals[N[C]], else cell R[B]'s contents", Raises),

        new(OpCode.Add, "ADD", R, RK, RK, "R[A] := RK[B] + RK[C]", Raises),
        new(OpCode.Subtract, "SUB", R, RK, RK, "R[A] := RK[B] - RK[C]", Raises),
        new(OpCode.Multiply, "MUL", R, RK, RK, "R[A] := RK[B] * RK[C]", Raises),
        new(OpCode.TrueDivide, "TRUEDIV", R, RK, RK, "R[A] := RK[B] / RK[C]", Raises),
        new(OpCode.FloorDivide, "FLOORDIV", R, RK, RK, "R[A] := RK[B] // RK[C]", Raises),
        new(OpCode.Remainder, "MOD", R, RK, RK, "R[A] := RK[B] % RK[C]", Raises),
        new(OpCode.Power, "POW", R, RK, RK, "R[A] := RK[B] ** RK[C]", Raises),
        new(OpCode.LeftShift, "LSHIFT", R, RK, RK, "R[A] := RK[B] << RK[C]", Raises),
        new(OpCode.RightShift, "RSHIFT", R, RK, RK, "R[A] := RK[B] >> RK[C]", Raises),
        new(OpCode.BitAnd, "AND", R, RK, RK, "R[A] := RK[B] & RK[C]", Raises),
        new(OpCode.BitOr, "OR", R, RK, RK, "R[A] := RK[B] | RK[C]", Raises),
        new(OpCode.BitXor, "XOR", R, RK, RK, "R[A] := RK[B] ^ RK[C]", Raises),
        new(OpCode.MatrixMultiply, "MATMUL", R, RK, RK, "R[A] := RK[B] @ RK[C]", Raises),
        new(OpCode.InPlace, "INPLACE", R, RK, Imm, "R[A] := R[A] op= RK[B], op = C", Raises),
        new(OpCode.Negative, "NEG", R, RK, None, "R[A] := -RK[B]", Raises),
        new(OpCode.Positive, "POS", R, RK, None, "R[A] := +RK[B]", Raises),
        new(OpCode.Invert, "INVERT", R, RK, None, "R[A] := ~RK[B]", Raises),
        new(OpCode.Not, "NOT", R, RK, None, "R[A] := not RK[B]", Raises),

        new(OpCode.Less, "LT", R, RK, RK, "R[A] := RK[B] < RK[C]", Raises),
        new(OpCode.LessEqual, "LE", R, RK, RK, "R[A] := RK[B] <= RK[C]", Raises),
        new(OpCode.Equal, "EQ", R, RK, RK, "R[A] := RK[B] == RK[C]", Raises),
        new(OpCode.NotEqual, "NE", R, RK, RK, "R[A] := RK[B] != RK[C]", Raises),
        new(OpCode.Greater, "GT", R, RK, RK, "R[A] := RK[B] > RK[C]", Raises),
        new(OpCode.GreaterEqual, "GE", R, RK, RK, "R[A] := RK[B] >= RK[C]", Raises),
        new(OpCode.Is, "IS", R, RK, RK, "R[A] := RK[B] is RK[C]", OpFlags.None),
        new(OpCode.IsNot, "IS_NOT", R, RK, RK, "R[A] := RK[B] is not RK[C]", OpFlags.None),
        new(OpCode.In, "IN", R, RK, RK, "R[A] := RK[B] in RK[C]", Raises),
        new(OpCode.NotIn, "NOT_IN", R, RK, RK, "R[A] := RK[B] not in RK[C]", Raises),

        new(OpCode.Jump, "JUMP", T, None, None, "goto A", OpFlags.Jump | OpFlags.NoFallThrough),
        new(OpCode.JumpIfTrue, "JUMP_IF_TRUE", T, RK, None, "if RK[B]: goto A", Branch),
        new(OpCode.JumpIfFalse, "JUMP_IF_FALSE", T, RK, None, "if not RK[B]: goto A", Branch),
        new(OpCode.JumpIfLess, "JUMP_IF_LT", T, RK, RK, "if RK[B] < RK[C]: goto A", Branch),
        new(OpCode.JumpIfLessEqual, "JUMP_IF_LE", T, RK, RK, "if RK[B] <= RK[C]: goto A", Branch),
        new(OpCode.JumpIfEqual, "JUMP_IF_EQ", T, RK, RK, "if RK[B] == RK[C]: goto A", Branch),
        new(OpCode.JumpIfNotEqual, "JUMP_IF_NE", T, RK, RK, "if RK[B] != RK[C]: goto A", Branch),
        new(OpCode.JumpIfGreater, "JUMP_IF_GT", T, RK, RK, "if RK[B] > RK[C]: goto A", Branch),
        new(OpCode.JumpIfGreaterEqual, "JUMP_IF_GE", T, RK, RK, "if RK[B] >= RK[C]: goto A", Branch),
        new(OpCode.JumpIfNotLess, "JUMP_UNLESS_LT", T, RK, RK, "if not RK[B] < RK[C]: goto A", Branch),
        new(OpCode.JumpIfNotLessEqual, "JUMP_UNLESS_LE", T, RK, RK, "if not RK[B] <= RK[C]: goto A", Branch),
        new(OpCode.JumpIfNotEqualTo, "JUMP_UNLESS_EQ", T, RK, RK, "if not RK[B] == RK[C]: goto A", Branch),
        new(OpCode.JumpIfNotNotEqual, "JUMP_UNLESS_NE", T, RK, RK, "if not RK[B] != RK[C]: goto A", Branch),
        new(OpCode.JumpIfNotGreater, "JUMP_UNLESS_GT", T, RK, RK, "if not RK[B] > RK[C]: goto A", Branch),
        new(OpCode.JumpIfNotGreaterEqual, "JUMP_UNLESS_GE", T, RK, RK, "if not RK[B] >= RK[C]: goto A", Branch),
        new(OpCode.JumpIfIs, "JUMP_IF_IS", T, RK, RK, "if RK[B] is RK[C]: goto A", OpFlags.Jump),
        new(OpCode.JumpIfIsNot, "JUMP_IF_IS_NOT", T, RK, RK, "if RK[B] is not RK[C]: goto A", OpFlags.Jump),
        new(OpCode.JumpIfIn, "JUMP_IF_IN", T, RK, RK, "if RK[B] in RK[C]: goto A", Branch),
        new(OpCode.JumpIfNotIn, "JUMP_IF_NOT_IN", T, RK, RK, "if RK[B] not in RK[C]: goto A", Branch),

        new(OpCode.GetIter, "GET_ITER", R, RK, None, "R[A] := iter(RK[B])", Raises),
        new(OpCode.ForIter, "FOR_ITER", T, R, R, "if R[B] yields v: R[C] := v; goto A", Branch),

        new(OpCode.Call, "CALL", R, R, Count, "R[A] := R[B](R[B+1..B+C])", Calls),
        new(OpCode.CallKw, "CALL_KW", R, R, Count, "R[A] := R[B](R[B+1..B+C], keyword names R[B+C+1])", Calls),
        new(OpCode.CallEx, "CALL_EX", R, R, Count, "R[A] := R[B](*R[B+1], **R[B+2] if C = 2)", Calls),
        new(OpCode.LoadMethod, "LOAD_METHOD", R, R, N, "R[A], R[A+1] := method N[C] of R[B] and R[B], or the attribute and unbound", Raises),
        new(OpCode.CallMethod, "CALL_METHOD", R, R, Count, "R[A] := R[B](R[B+1] if bound, R[B+2..B+1+C])", Calls),
        new(OpCode.Return, "RETURN", None, RK, None, "return RK[B]", OpFlags.NoFallThrough),

        new(OpCode.GetAttr, "GET_ATTR", R, R, N, "R[A] := R[B].N[C]", Raises),
        new(OpCode.SetAttr, "SET_ATTR", R, RK, N, "R[A].N[C] := RK[B]", Raises),
        new(OpCode.DelAttr, "DEL_ATTR", R, None, N, "del R[A].N[C]", Raises),
        new(OpCode.GetItem, "GET_ITEM", R, R, RK, "R[A] := R[B][RK[C]]", Raises),
        new(OpCode.SetItem, "SET_ITEM", R, RK, RK, "R[A][RK[B]] := RK[C]", Raises),
        new(OpCode.DelItem, "DEL_ITEM", R, RK, None, "del R[A][RK[B]]", Raises),
        new(OpCode.BuildSlice, "BUILD_SLICE", R, R, Count, "R[A] := slice(R[B..B+C))", OpFlags.None),

        new(OpCode.BuildTuple, "BUILD_TUPLE", R, R, Count, "R[A] := (R[B..B+C))", OpFlags.None),
        new(OpCode.BuildList, "BUILD_LIST", R, R, Count, "R[A] := [R[B..B+C)]", OpFlags.None),
        new(OpCode.BuildSet, "BUILD_SET", R, R, Count, "R[A] := {R[B..B+C)}", Raises),
        new(OpCode.BuildMap, "BUILD_MAP", R, R, Count, "R[A] := {R[B]: R[B+1], ...} (C pairs)", Raises),
        new(OpCode.BuildString, "BUILD_STRING", R, R, Count, "R[A] := ''.join(R[B..B+C))", OpFlags.None),
        new(OpCode.FormatValue, "FORMAT_VALUE", R, R, Imm, "R[A] := format(R[B] with conversion C&3, spec R[B+1] if C&4)", Raises),
        new(OpCode.ListAppend, "LIST_APPEND", R, RK, None, "R[A].append(RK[B])", OpFlags.None),
        new(OpCode.ListExtend, "LIST_EXTEND", R, R, R, "R[A].extend(R[B]); R[C] is the function called with *R[B] (C = A in displays)", Raises),
        new(OpCode.SetAdd, "SET_ADD", R, RK, None, "R[A].add(RK[B])", Raises),
        new(OpCode.SetUpdate, "SET_UPDATE", R, R, None, "R[A].update(R[B])", Raises),
        new(OpCode.MapAdd, "MAP_ADD", R, RK, RK, "R[A][RK[B]] := RK[C]", Raises),
        new(OpCode.DictUpdate, "DICT_UPDATE", R, R, None, "R[A].update(R[B])", Raises),
        new(OpCode.DictMerge, "DICT_MERGE", R, R, R, "R[A].update(R[B]) for the call R[C], duplicate keys are errors", Raises),
        new(OpCode.UnpackSequence, "UNPACK_SEQUENCE", R, R, Count, "R[A..A+C) := R[B], exactly C items", Raises),
        new(OpCode.UnpackEx, "UNPACK_EX", R, R, Imm, "R[A..] := R[B]: C&255 before, a list, C>>8 after", Raises),

        new(OpCode.MakeFunction, "MAKE_FUNCTION", R, K, R, "R[A] := function K[B] with defaults, keyword defaults, annotations, closure from R[C..]", Raises),
        new(OpCode.ImportName, "IMPORT_NAME", R, N, R, "R[A] := __import__(N[B], fromlist R[C], level R[C+1])", Raises),
        new(OpCode.ImportFrom, "IMPORT_FROM", R, R, N, "R[A] := R[B].N[C] (ImportError if missing)", Raises),
        new(OpCode.Intrinsic, "INTRINSIC", R, R, Imm, "R[A] := intrinsic C (R[B])", Raises),

        new(OpCode.Raise, "RAISE", R, R, Imm, "raise: C = 0 re-raise, 1 R[A], 2 R[A] from R[B]", Raises | OpFlags.NoFallThrough),
        new(OpCode.Reraise, "RERAISE", R, None, None, "raise R[A] again with its traceback", Raises | OpFlags.NoFallThrough),
        new(OpCode.PushExcInfo, "PUSH_EXC_INFO", R, R, None, "R[A] := the handled exception; the handled exception := R[B]", OpFlags.None),
        new(OpCode.PopExcInfo, "POP_EXC_INFO", R, None, None, "the handled exception := R[A]", OpFlags.None),
        new(OpCode.JumpIfNotExcMatch, "JUMP_IF_NOT_EXC_MATCH", T, R, R, "if not isinstance(R[B], R[C]): goto A", Branch),
        new(OpCode.WithEnter, "WITH_ENTER", R, R, None, "R[A] := R[B].__exit__ bound; R[A+1] := R[B].__enter__()", Raises),
        new(OpCode.WithExit, "WITH_EXIT", R, R, R, "R[A] := R[B](type, value, traceback of exception R[C])", Raises),

        new(OpCode.Yield, "YIELD", R, RK, None, "yield RK[B]; R[A] := the value sent", OpFlags.InterpreterOnly),
        new(OpCode.YieldFrom, "YIELD_FROM", R, R, None, "R[A] := yield from R[B] (R[A] holds the value to send)", Raises | OpFlags.InterpreterOnly),
    ]);

    public static OpInfo Info(OpCode code) => Table[(int)code];

    private static OpInfo[] Build(OpInfo[] entries)
    {
        var table = new OpInfo[Enum.GetValues<OpCode>().Length];
        foreach (OpInfo entry in entries)
        {
            if (table[(int)entry.Code] is not null)
            {
                throw new InvalidOperationException($"opcode {entry.Code} is defined twice");
            }

            table[(int)entry.Code] = entry;
        }

        return table;
    }
}
