using System.Reflection.Emit;
using Jit.Compiling;
using Jit.Runtime;
using Jit.Runtime.Objects;
using Jit.Vm;
using IL = System.Reflection.Emit.OpCodes;
using Label = System.Reflection.Emit.Label;
using OpCode = Jit.Compiling.OpCode;

namespace Jit.Tier1;

/// <summary>Speculation: where tier 0's feedback says an instruction only ever saw small ints (or
/// only floats), or where a global has not changed since compilation, the IL assumes it behind a
/// guard. A failed guard leaves through that instruction's deopt exit: every register is written
/// back to the frame and tier 0 runs the instruction again, so nothing is done twice.</summary>
public sealed partial class JitCompiler
{
    private readonly Dictionary<(int Pc, DeoptReason Reason), Label> _deoptExits = [];

    /// <summary>The stub that leaves compiled code for tier 0 at <paramref name="pc"/>.</summary>
    private Label DeoptExit(int pc, DeoptReason reason)
    {
        if (!_deoptExits.TryGetValue((pc, reason), out Label label))
        {
            label = _il.DefineLabel($"DEOPT_{pc}_{reason}");
            _deoptExits[(pc, reason)] = label;
        }

        return label;
    }

    /// <summary>Each stub records where and why, then leaves the try block for the one exit shape.</summary>
    private void EmitDeoptStubs()
    {
        foreach (((int pc, DeoptReason reason), Label label) in _deoptExits.OrderBy(exit => exit.Key.Pc))
        {
            _il.Mark(label);
            _il.Comment($"deopt exit: pc {pc}, {JitStatistics.ReasonText(reason)}");
            Int(pc);
            _il.Emit(IL.Stloc, _pc);
            Int((int)reason);
            _il.Emit(IL.Stloc, _deoptReason);
            _il.Emit(IL.Leave, _deoptLabel);
        }
    }

    private void EmitDeoptExit()
    {
        _il.Mark(_deoptLabel);
        _il.Comment("deopt: registers -> frame, tier 0 resumes at the failed instruction");
        SpillAll();
        _il.Emit(IL.Ldarg_1);
        _il.Emit(IL.Ldarg_0);
        _il.Emit(IL.Ldloc, _pc);
        _il.Emit(IL.Ldloc, _deoptReason);
        Call(typeof(JitOps), nameof(JitOps.Deopt));
        _il.Emit(IL.Ret);
    }

    /// <summary>Emits a speculative translation of <paramref name="ins"/> when the feedback allows one.</summary>
    private bool TrySpeculate(int pc, Instruction ins)
    {
        SiteFeedback site = _code.Feedback[pc];
        if (ins.Op == OpCode.LoadGlobal)
        {
            return TrySpeculateGlobal(pc, ins, site);
        }

        Type? type = TypeFeedback.Speculation(site & ~SiteFeedback.StressFired);
        if (type is null)
        {
            return false;
        }

        // (left operand, right operand): InPlace's left operand is its target register.
        (int left, int right) = ins.Op == OpCode.InPlace ? (ins.A, ins.B) : (ins.B, ins.C);
        if (!SpeculationFits(ins, type) || !Speculable(left, type) || !Speculable(right, type))
        {
            return false;
        }

        _il.Comment($"speculate: {(type == typeof(long) ? "small ints" : "floats")} (tier 0 feedback)");
        StressGuard(pc, site);
        Guard(pc, left, type);
        Guard(pc, right, type);
        Unboxed(left, type);
        _il.Emit(IL.Stloc, type == typeof(long) ? _leftInt : _leftFloat);
        Unboxed(right, type);
        _il.Emit(IL.Stloc, type == typeof(long) ? _rightInt : _rightFloat);
        if (type == typeof(long))
        {
            EmitIntOperation(pc, ins);
        }
        else
        {
            EmitFloatOperation(pc, ins);
        }

        return true;
    }

    private static bool SpeculationFits(Instruction ins, Type type) => ins.Op switch
    {
        OpCode.Add or OpCode.Subtract or OpCode.Multiply => true,
        OpCode.TrueDivide => type == typeof(double),
        OpCode.InPlace => (BinaryOp)ins.C is BinaryOp.Add or BinaryOp.Subtract or BinaryOp.Multiply,
        >= OpCode.Less and <= OpCode.GreaterEqual => true,
        >= OpCode.JumpIfLess and <= OpCode.JumpIfGreaterEqual => true,
        >= OpCode.JumpIfNotLess and <= OpCode.JumpIfNotGreaterEqual => true,
        _ => false,
    };

    /// <summary>A constant operand must already have the type; a register is guarded.</summary>
    private bool Speculable(int operand, Type type)
    {
        if (!Instruction.IsConstant(operand))
        {
            return true;
        }

        Value constant = _code.Constants[operand & Instruction.MaxIndex];
        return type == typeof(long) ? constant.IsInt : constant.IsFloat;
    }

    private void Guard(int pc, int operand, Type type)
    {
        if (Instruction.IsConstant(operand))
        {
            return;
        }

        _il.Comment($"guard: r{operand} is {(type == typeof(long) ? "an int" : "a float")}, else deopt");
        RegAddress(operand);
        _il.Call(typeof(Value).GetProperty(type == typeof(long) ? nameof(Value.IsInt) : nameof(Value.IsFloat))!.GetGetMethod()!);
        _il.Emit(IL.Brfalse, DeoptExit(pc, type == typeof(long) ? DeoptReason.NotAnInt : DeoptReason.NotAFloat));
    }

    /// <summary><c>--jit-stress-deopt</c>: the first run of each speculation leaves through its exit.</summary>
    private void StressGuard(int pc, SiteFeedback site)
    {
        if (_stressDeopt && (site & SiteFeedback.StressFired) == 0)
        {
            _il.Comment("stress: deopt the first time");
            _il.Emit(IL.Br, DeoptExit(pc, DeoptReason.Stress));
            _il.Mark(_il.DefineLabel($"PC_{pc}_AFTER_STRESS"));
        }
    }

    private void Unboxed(int operand, Type type)
    {
        if (Instruction.IsConstant(operand))
        {
            Value constant = _code.Constants[operand & Instruction.MaxIndex];
            if (type == typeof(long))
            {
                _il.Emit(IL.Ldc_I8, constant.Int);
            }
            else
            {
                _il.Emit(IL.Ldc_R8, constant.Float);
            }

            return;
        }

        RegAddress(operand);
        _il.Call(typeof(Value).GetProperty(type == typeof(long) ? nameof(Value.Int) : nameof(Value.Float))!.GetGetMethod()!);
    }

    private void EmitIntOperation(int pc, Instruction ins)
    {
        OpCode op = ins.Op == OpCode.InPlace
            ? (BinaryOp)ins.C switch { BinaryOp.Add => OpCode.Add, BinaryOp.Subtract => OpCode.Subtract, _ => OpCode.Multiply }
            : ins.Op;
        switch (op)
        {
            case OpCode.Add or OpCode.Subtract:
                _il.Emit(IL.Ldloc, _leftInt);
                _il.Emit(IL.Ldloc, _rightInt);
                _il.Emit(op == OpCode.Add ? IL.Add : IL.Sub);
                _il.Emit(IL.Stloc, _resultInt);
                _il.Comment("guard: no overflow past 64 bits, else deopt");
                if (op == OpCode.Add)
                {
                    // Overflow iff the result's sign differs from both operands'.
                    Xor(_leftInt, _resultInt);
                    Xor(_rightInt, _resultInt);
                }
                else
                {
                    // Overflow iff the operands' signs differ and the result's differs from the left's.
                    Xor(_leftInt, _rightInt);
                    Xor(_leftInt, _resultInt);
                }

                _il.Emit(IL.And);
                _il.Emit(IL.Ldc_I8, 0L);
                _il.Emit(IL.Blt, DeoptExit(pc, DeoptReason.IntOverflow));
                StoreInt(ins.A);
                break;
            case OpCode.Multiply:
                _il.Emit(IL.Ldloc, _leftInt);
                _il.Emit(IL.Ldloc, _rightInt);
                _il.Emit(IL.Ldloca, _resultInt);
                _il.Call(typeof(Math).GetMethod(nameof(Math.BigMul), [typeof(long), typeof(long), typeof(long).MakeByRefType()])!);
                _il.Comment("guard: the high half is the low half's sign, else deopt");
                _il.Emit(IL.Ldloc, _resultInt);
                _il.Emit(IL.Ldc_I4, 63);
                _il.Emit(IL.Shr);
                _il.Emit(IL.Bne_Un, DeoptExit(pc, DeoptReason.IntOverflow));
                StoreInt(ins.A);
                break;
            default:
                EmitComparison(ins, _leftInt, _rightInt, unordered: false);
                break;
        }
    }

    private void EmitFloatOperation(int pc, Instruction ins)
    {
        OpCode op = ins.Op == OpCode.InPlace
            ? (BinaryOp)ins.C switch { BinaryOp.Add => OpCode.Add, BinaryOp.Subtract => OpCode.Subtract, _ => OpCode.Multiply }
            : ins.Op;
        if (op is OpCode.Add or OpCode.Subtract or OpCode.Multiply or OpCode.TrueDivide)
        {
            if (op == OpCode.TrueDivide)
            {
                _il.Comment("guard: divisor not zero (ZeroDivisionError is tier 0's), else deopt");
                _il.Emit(IL.Ldloc, _rightFloat);
                _il.Emit(IL.Ldc_R8, 0.0);
                _il.Emit(IL.Beq, DeoptExit(pc, DeoptReason.ZeroDivisor));
            }

            _il.Emit(IL.Ldloc, _leftFloat);
            _il.Emit(IL.Ldloc, _rightFloat);
            _il.Emit(op switch { OpCode.Add => IL.Add, OpCode.Subtract => IL.Sub, OpCode.Multiply => IL.Mul, _ => IL.Div });
            Call(typeof(Value), nameof(Value.FromFloat));
            Store(ins.A);
            return;
        }

        EmitComparison(ins, _leftFloat, _rightFloat, unordered: true);
    }

    /// <summary>A comparison of two unboxed operands: a bool value, or a branch. Floats use the
    /// unordered forms for negations, so a NaN compares false as in Python.</summary>
    private void EmitComparison(Instruction ins, LocalBuilder left, LocalBuilder right, bool unordered)
    {
        _il.Emit(IL.Ldloc, left);
        _il.Emit(IL.Ldloc, right);
        switch (ins.Op)
        {
            case >= OpCode.Less and <= OpCode.GreaterEqual:
                var compare = (CompareOp)(ins.Op - OpCode.Less);
                switch (compare)
                {
                    case CompareOp.Lt:
                        _il.Emit(IL.Clt);
                        break;
                    case CompareOp.Gt:
                        _il.Emit(IL.Cgt);
                        break;
                    case CompareOp.Eq:
                        _il.Emit(IL.Ceq);
                        break;
                    default:
                        // <=, >= and != are the negations of >, < and ==.
                        _il.Emit(compare switch
                        {
                            CompareOp.Le => unordered ? IL.Cgt_Un : IL.Cgt,
                            CompareOp.Ge => unordered ? IL.Clt_Un : IL.Clt,
                            _ => IL.Ceq,
                        });
                        _il.Emit(IL.Ldc_I4_0);
                        _il.Emit(IL.Ceq);
                        break;
                }

                Call(typeof(Value), nameof(Value.FromBool));
                Store(ins.A);
                break;
            case >= OpCode.JumpIfLess and <= OpCode.JumpIfGreaterEqual:
                _il.Emit((CompareOp)(ins.Op - OpCode.JumpIfLess) switch
                {
                    CompareOp.Lt => IL.Blt,
                    CompareOp.Le => IL.Ble,
                    CompareOp.Eq => IL.Beq,
                    CompareOp.Ne => IL.Bne_Un,
                    CompareOp.Gt => IL.Bgt,
                    _ => IL.Bge,
                }, _labels[ins.A]);
                break;
            default:
                // Jump when the comparison is false.
                _il.Emit((CompareOp)(ins.Op - OpCode.JumpIfNotLess) switch
                {
                    CompareOp.Lt => unordered ? IL.Bge_Un : IL.Bge,
                    CompareOp.Le => unordered ? IL.Bgt_Un : IL.Bgt,
                    CompareOp.Eq => IL.Bne_Un,
                    CompareOp.Ne => IL.Beq,
                    CompareOp.Gt => unordered ? IL.Ble_Un : IL.Ble,
                    _ => unordered ? IL.Blt_Un : IL.Blt,
                }, _labels[ins.A]);
                break;
        }
    }

    private void Xor(LocalBuilder x, LocalBuilder y)
    {
        _il.Emit(IL.Ldloc, x);
        _il.Emit(IL.Ldloc, y);
        _il.Emit(IL.Xor);
    }

    private void StoreInt(int register)
    {
        _il.Emit(IL.Ldloc, _resultInt);
        Call(typeof(Value), nameof(Value.FromInt));
        Store(register);
    }

    /// <summary>LOAD_GLOBAL of a name bound at compile time: while no name has been added to or
    /// removed from the module's globals (and, for a builtin, the builtins), the name's entry stays at
    /// the position it had, so the load is one array read; a rebinding just changes the value there.</summary>
    private bool TrySpeculateGlobal(int pc, Instruction ins, SiteFeedback site)
    {
        if (_globals is null || (site & SiteFeedback.Deoptimized) != 0)
        {
            return false;
        }

        string name = _code.Names[ins.B].Text;
        int index = _globals.IndexOf(name);
        bool fromBuiltins = index < 0;
        if (fromBuiltins && (index = _builtins.IndexOf(name)) < 0)
        {
            return false;
        }

        _il.Comment($"speculate: global {name} is at entry {index} of the {(fromBuiltins ? "builtins" : "module's globals")}");
        StressGuard(pc, site);
        Label changed = DeoptExit(pc, DeoptReason.GlobalChanged);
        _il.Comment("guard: the frame's globals are the dict compiled against, with the same keys, else deopt");
        Frame();
        _il.Call(typeof(Vm.Frame).GetProperty(nameof(Vm.Frame.Globals))!.GetGetMethod()!);
        ClosureField(nameof(JitClosure.Globals));
        _il.Emit(IL.Bne_Un, changed);
        KeysGuard(nameof(JitClosure.Globals), _globals.KeysVersion, changed);
        if (fromBuiltins)
        {
            KeysGuard(nameof(JitClosure.Builtins), _builtins.KeysVersion, changed);
        }

        ClosureField(fromBuiltins ? nameof(JitClosure.Builtins) : nameof(JitClosure.Globals));
        Int(index);
        _il.Call(typeof(PyDict).GetMethod(nameof(PyDict.ValueAt))!);
        Store(ins.A);
        return true;
    }

    private void KeysGuard(string dictionary, long keysVersion, Label changed)
    {
        ClosureField(dictionary);
        _il.Call(typeof(PyDict).GetProperty(nameof(PyDict.KeysVersion))!.GetGetMethod()!);
        _il.Emit(IL.Ldc_I8, keysVersion);
        _il.Emit(IL.Bne_Un, changed);
    }

    private void ClosureField(string name)
    {
        _il.Emit(IL.Ldarg_0);
        _il.Emit(IL.Ldfld, typeof(JitClosure).GetField(name)!);
    }
}
