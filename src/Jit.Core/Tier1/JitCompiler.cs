using System.Reflection;
using System.Reflection.Emit;
using Jit.Compiling;
using Jit.Runtime;
using Jit.Runtime.Objects;
using Jit.Vm;
using OpCode = Jit.Compiling.OpCode;
using OpCodes = Jit.Compiling.OpCodes;
using IL = System.Reflection.Emit.OpCodes;
using Label = System.Reflection.Emit.Label;

namespace Jit.Tier1;

/// <summary>What compiled code reads besides the frame: the code object's constants, names and
/// feedback, and what its speculations were made against.</summary>
public sealed class JitClosure
{
    public JitClosure(CodeObject code, PyDict? globals, PyDict builtins, System.Runtime.CompilerServices.StrongBox<long> instructionCounter)
    {
        Code = code;
        Constants = code.Constants;
        Names = code.Names;
        Feedback = code.Feedback;
        Globals = globals;
        Builtins = builtins;
        InstructionCounter = instructionCounter;
    }

    public CodeObject Code;

    public Value[] Constants;

    public PyStr[] Names;

    public SiteFeedback[] Feedback;

    /// <summary>The globals the speculated global loads index into.</summary>
    public PyDict? Globals;

    public PyDict Builtins;

    /// <summary>Tier 1's executed-instruction count (incremented only when <c>--jit-stats</c> asks).</summary>
    public System.Runtime.CompilerServices.StrongBox<long> InstructionCounter;
}

/// <summary>Tier 1: translates a code object's register bytecode, in one pass, into a
/// DynamicMethod whose IL locals are the registers. Each instruction's IL mirrors its interpreter
/// case (same fast path helper, same runtime call). Anything raised inside writes the registers
/// back to the frame and hands the frame to tier 0 at the failing instruction, so handlers, finally
/// blocks and tracebacks are tier 0's.</summary>
public sealed partial class JitCompiler
{
    private readonly CodeObject _code;
    private readonly IlWriter _il;
    private readonly LocalBuilder[] _registers;
    private readonly LocalBuilder _pc;
    private readonly LocalBuilder _result;
    private readonly LocalBuilder _error;
    private readonly LocalBuilder _raiseForm;
    private readonly LocalBuilder _raiseValue;
    private readonly LocalBuilder _raiseCause;
    private readonly Label[] _labels;
    private readonly Label _returnLabel;
    private readonly Label _resumeLabel;
    private readonly Label _raiseLabel;
    private readonly Label _deoptLabel;
    private readonly LocalBuilder _deoptReason;
    private readonly LocalBuilder _leftInt;
    private readonly LocalBuilder _rightInt;
    private readonly LocalBuilder _resultInt;
    private readonly LocalBuilder _leftFloat;
    private readonly LocalBuilder _rightFloat;
    private readonly PyDict? _globals;
    private readonly PyDict _builtins;
    private readonly bool _stressDeopt;
    private readonly bool _countInstructions;

    private JitCompiler(CodeObject code, ILGenerator il, bool keepListing, VmState vm, PyDict? globals)
    {
        _code = code;
        _il = new IlWriter(il, keepListing);
        _globals = globals;
        _builtins = vm.Builtins;
        _stressDeopt = vm.JitStats.StressDeopt;
        _countInstructions = vm.JitStats.CountInstructions;
        _registers = new LocalBuilder[code.RegisterCount];
        for (int i = 0; i < _registers.Length; i++)
        {
            _registers[i] = _il.Local(typeof(Value), code.RegisterNames[i] is string name ? $"r{i} '{name}'" : $"r{i}");
        }

        _pc = _il.Local(typeof(int), "pc of the instruction running");
        _result = _il.Local(typeof(Value), "return value");
        _error = _il.Local(typeof(Exception), "exception to hand to tier 0");
        _raiseForm = _il.Local(typeof(int), "RAISE form (-1: RERAISE)");
        _raiseValue = _il.Local(typeof(Value), "RAISE operand");
        _raiseCause = _il.Local(typeof(Value), "RAISE cause");
        _deoptReason = _il.Local(typeof(int), "why the deopt exit was taken");
        _leftInt = _il.Local(typeof(long), "unboxed left int");
        _rightInt = _il.Local(typeof(long), "unboxed right int");
        _resultInt = _il.Local(typeof(long), "int result");
        _leftFloat = _il.Local(typeof(double), "unboxed left float");
        _rightFloat = _il.Local(typeof(double), "unboxed right float");
        _labels = new Label[code.Instructions.Length];
        for (int i = 0; i < _labels.Length; i++)
        {
            _labels[i] = _il.DefineLabel($"PC_{i}");
        }

        _returnLabel = _il.DefineLabel("RETURN");
        _resumeLabel = _il.DefineLabel("RESUME_IN_TIER_0");
        _raiseLabel = _il.DefineLabel("RAISE_IN_TIER_0");
        _deoptLabel = _il.DefineLabel("DEOPT_TO_TIER_0");
    }

    /// <summary>Why a code object stays in tier 0, or null when it can be compiled.</summary>
    public static string? Unsupported(CodeObject code)
    {
        if ((code.Flags & (CodeFlags.Generator | CodeFlags.Coroutine)) != 0)
        {
            return "generator or coroutine (tier 0 only)";
        }

        foreach (Instruction instruction in code.Instructions)
        {
            if ((OpCodes.Info(instruction.Op).Flags & OpFlags.InterpreterOnly) != 0)
            {
                return $"uses {OpCodes.Info(instruction.Op).Name} (tier 0 only)";
            }

            // These read the frame's registers, which compiled code keeps in IL locals.
            if (instruction.Op is OpCode.LoadGlobal or OpCode.LoadName && code.Names[instruction.B].Text is "locals" or "vars" or "dir" or "eval" or "exec")
            {
                return $"calls {code.Names[instruction.B].Text}() on its own frame (tier 0 only)";
            }
        }

        return null;
    }

    /// <summary>Compiles <paramref name="code"/>, speculating on globals as they are in
    /// <paramref name="globals"/>; <paramref name="listing"/> receives the IL text when asked for.</summary>
    public static Func<Frame, Value> Compile(CodeObject code, VmState vm, PyDict? globals, bool keepListing, out string listing)
    {
        var method = new DynamicMethod($"jit:{code.QualName}", typeof(Value), [typeof(JitClosure), typeof(Frame)], typeof(JitCompiler).Module, skipVisibility: true);
        var compiler = new JitCompiler(code, method.GetILGenerator(), keepListing, vm, globals);
        compiler.EmitBody();
        listing = compiler._il.Listing;
        var closure = new JitClosure(code, globals, vm.Builtins, vm.JitStats.TierOneInstructions);
        return method.CreateDelegate<Func<Frame, Value>>(closure);
    }

    /// <summary><c>--save-il</c>: the same translation of each code object, as static methods of a
    /// persisted assembly that ILSpy, ildasm or ilverify can open (it references Jit.Core).</summary>
    public static void SaveAssembly(IEnumerable<CodeObject> codes, VmState vm, string path)
    {
        var assembly = new PersistedAssemblyBuilder(new AssemblyName(Path.GetFileNameWithoutExtension(path)), typeof(object).Assembly);
        ModuleBuilder module = assembly.DefineDynamicModule(Path.GetFileNameWithoutExtension(path));
        TypeBuilder type = module.DefineType("JitMethods", TypeAttributes.Public | TypeAttributes.Abstract | TypeAttributes.Sealed);
        int index = 0;
        foreach (CodeObject code in codes)
        {
            MethodBuilder method = type.DefineMethod($"{index++}_{code.QualName}", MethodAttributes.Public | MethodAttributes.Static, typeof(Value), [typeof(JitClosure), typeof(Vm.Frame)]);
            new JitCompiler(code, method.GetILGenerator(), keepListing: false, vm, globals: null).EmitBody();
        }

        type.CreateType();
        assembly.Save(path);
    }

    private void EmitBody()
    {
        _il.Comment("registers <- the frame's window");
        for (int i = 0; i < _registers.Length; i++)
        {
            _il.Emit(IL.Ldarg_1);
            _il.Emit(IL.Ldc_I4, i);
            _il.Call(Method(typeof(JitOps), nameof(JitOps.Load)));
            _il.Emit(IL.Stloc, _registers[i]);
        }

        _il.BeginTry();
        _il.Comment("enter at frame.Pc: 0 for a call, a loop header for on-stack replacement");
        _il.Emit(IL.Ldarg_1);
        _il.Call(typeof(Vm.Frame).GetProperty(nameof(Vm.Frame.Pc))!.GetGetMethod()!);
        _il.Switch(_labels);
        for (int pc = 0; pc < _code.Instructions.Length; pc++)
        {
            Instruction instruction = _code.Instructions[pc];
            _il.Mark(_labels[pc]);
            _il.Comment($"pc {pc}: {instruction} (line {_code.LineOf(pc)})");
            if ((OpCodes.Info(instruction.Op).Flags & OpFlags.CanRaise) != 0)
            {
                _il.Emit(IL.Ldc_I4, pc);
                _il.Emit(IL.Stloc, _pc);
            }

            if ((OpCodes.Info(instruction.Op).Flags & OpFlags.Call) != 0)
            {
                // As tier 0: the frame's pc is the next instruction while the callee runs.
                _il.Emit(IL.Ldarg_1);
                _il.Emit(IL.Ldc_I4, pc + 1);
                _il.Call(typeof(Vm.Frame).GetProperty(nameof(Vm.Frame.Pc))!.GetSetMethod()!);
            }

            if (_countInstructions)
            {
                CountInstruction();
            }

            if (!TrySpeculate(pc, instruction))
            {
                EmitInstruction(pc, instruction);
            }
        }

        // Falling off the end cannot happen (every code object ends with RETURN); keep IL valid.
        _il.Emit(IL.Leave, _returnLabel);
        EmitDeoptStubs();
        _il.BeginCatch(typeof(Exception));
        _il.Emit(IL.Stloc, _error);
        _il.Emit(IL.Leave, _resumeLabel);
        _il.EndTry();

        _il.Mark(_resumeLabel);
        SpillAll();
        _il.Emit(IL.Ldarg_1);
        _il.Emit(IL.Ldloc, _pc);
        _il.Emit(IL.Ldloc, _error);
        _il.Call(Method(typeof(JitOps), nameof(JitOps.Resume)));
        _il.Emit(IL.Ret);

        _il.Mark(_raiseLabel);
        SpillAll();
        _il.Emit(IL.Ldarg_1);
        _il.Emit(IL.Ldloc, _pc);
        _il.Emit(IL.Ldloc, _raiseForm);
        _il.Emit(IL.Ldloc, _raiseValue);
        _il.Emit(IL.Ldloc, _raiseCause);
        _il.Call(Method(typeof(JitOps), nameof(JitOps.Raise)));
        _il.Emit(IL.Ret);

        if (_deoptExits.Count > 0)
        {
            EmitDeoptExit();
        }

        _il.Mark(_returnLabel);
        _il.Emit(IL.Ldloc, _result);
        _il.Emit(IL.Ret);
    }

    private void CountInstruction()
    {
        ClosureField(nameof(JitClosure.InstructionCounter));
        _il.Emit(IL.Ldflda, typeof(System.Runtime.CompilerServices.StrongBox<long>).GetField(nameof(System.Runtime.CompilerServices.StrongBox<long>.Value))!);
        _il.Emit(IL.Dup);
        _il.Emit(IL.Ldind_I8);
        _il.Emit(IL.Ldc_I8, 1L);
        _il.Emit(IL.Add);
        _il.Emit(IL.Stind_I8);
    }

    /// <summary>A reference to this instruction's feedback slot, for the helpers that record into it.</summary>
    private void FeedbackSlot(int pc)
    {
        ClosureField(nameof(JitClosure.Feedback));
        Int(pc);
        _il.Emit(IL.Ldelema, typeof(SiteFeedback));
    }

    private void SpillAll()
    {
        for (int i = 0; i < _registers.Length; i++)
        {
            Spill(i);
        }
    }

    private void Spill(int register)
    {
        _il.Emit(IL.Ldarg_1);
        _il.Emit(IL.Ldc_I4, register);
        _il.Emit(IL.Ldloc, _registers[register]);
        _il.Call(Method(typeof(JitOps), nameof(JitOps.Spill)));
    }

    private void SpillRange(int first, int count)
    {
        for (int i = 0; i < count && first + i < _registers.Length; i++)
        {
            Spill(first + i);
        }
    }

    private void Reload(int first, int count)
    {
        for (int i = 0; i < count; i++)
        {
            _il.Emit(IL.Ldarg_1);
            _il.Emit(IL.Ldc_I4, first + i);
            _il.Call(Method(typeof(JitOps), nameof(JitOps.Load)));
            _il.Emit(IL.Stloc, _registers[first + i]);
        }
    }

    private void Reg(int register) => _il.Emit(IL.Ldloc, _registers[register]);

    private void RegAddress(int register) => _il.Emit(IL.Ldloca, _registers[register]);

    private void Store(int register) => _il.Emit(IL.Stloc, _registers[register]);

    private void Rk(int operand)
    {
        if (Instruction.IsConstant(operand))
        {
            Constant(operand & Instruction.MaxIndex);
        }
        else
        {
            Reg(operand);
        }
    }

    private void Constant(int index)
    {
        _il.Emit(IL.Ldarg_0);
        _il.Emit(IL.Ldfld, typeof(JitClosure).GetField(nameof(JitClosure.Constants))!);
        _il.Emit(IL.Ldc_I4, index);
        _il.Emit(IL.Ldelem, typeof(Value));
    }

    private void Name(int index)
    {
        _il.Emit(IL.Ldarg_0);
        _il.Emit(IL.Ldfld, typeof(JitClosure).GetField(nameof(JitClosure.Names))!);
        _il.Emit(IL.Ldc_I4, index);
        _il.Emit(IL.Ldelem_Ref);
    }

    private void NameText(int index) => _il.Emit(IL.Ldstr, _code.Names[index].Text);

    private void CodeObject()
    {
        _il.Emit(IL.Ldarg_0);
        _il.Emit(IL.Ldfld, typeof(JitClosure).GetField(nameof(JitClosure.Code))!);
    }

    private void Frame() => _il.Emit(IL.Ldarg_1);

    private void Int(int value) => _il.Emit(IL.Ldc_I4, value);

    private void Call(Type type, string name, params Type[] parameters) => _il.Call(Method(type, name, parameters));

    private void ToValue(Type from) => _il.Call(typeof(Value).GetMethod("op_Implicit", [from]) ?? typeof(Value).GetMethod("op_Implicit", [typeof(PyObject)])!);

    private static readonly Dictionary<(Type, string, int), MethodInfo> s_methods = [];

    private static MethodInfo Method(Type type, string name, params Type[] parameters)
    {
        lock (s_methods)
        {
            var key = (type, name, parameters.Length == 0 ? -1 : parameters.GetHashCode());
            if (parameters.Length == 0 && s_methods.TryGetValue(key, out MethodInfo? cached))
            {
                return cached;
            }

            const BindingFlags flags = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static;
            MethodInfo method = parameters.Length > 0
                ? type.GetMethod(name, flags, parameters) ?? throw new MissingMethodException(type.Name, name)
                : type.GetMethods(flags).Single(m => m.Name == name);
            if (parameters.Length == 0)
            {
                s_methods[key] = method;
            }

            return method;
        }
    }

    private void EmitInstruction(int pc, Instruction ins)
    {
        Type v = typeof(Value);
        switch (ins.Op)
        {
            case OpCode.Nop:
                break;
            case OpCode.Move:
                Reg(ins.B);
                Store(ins.A);
                break;
            case OpCode.LoadConst:
                Constant(ins.B);
                Store(ins.A);
                break;
            case OpCode.LoadGlobal:
                Frame();
                Name(ins.B);
                Call(typeof(Interpreter), nameof(Interpreter.LoadGlobal));
                Store(ins.A);
                break;
            case OpCode.StoreGlobal:
                Frame();
                Name(ins.B);
                Reg(ins.A);
                Call(typeof(JitOps), nameof(JitOps.StoreGlobal));
                break;
            case OpCode.DeleteGlobal:
                Frame();
                Name(ins.B);
                Call(typeof(JitOps), nameof(JitOps.DeleteGlobal));
                break;
            case OpCode.LoadName:
                Frame();
                Name(ins.B);
                Call(typeof(Interpreter), nameof(Interpreter.LoadName));
                Store(ins.A);
                break;
            case OpCode.StoreName:
                Frame();
                Name(ins.B);
                Reg(ins.A);
                Call(typeof(JitOps), nameof(JitOps.StoreName));
                break;
            case OpCode.DeleteName:
                Frame();
                Name(ins.B);
                Call(typeof(JitOps), nameof(JitOps.DeleteName));
                break;
            case OpCode.CheckBound:
                Reg(ins.A);
                _il.Emit(IL.Ldstr, _code.RegisterNames[ins.A] ?? "?");
                Call(typeof(JitOps), nameof(JitOps.CheckBound));
                break;
            case OpCode.DeleteFast:
                Reg(ins.A);
                _il.Emit(IL.Ldstr, _code.RegisterNames[ins.A] ?? "?");
                Call(typeof(JitOps), nameof(JitOps.CheckBound));
                RegAddress(ins.A);
                _il.Emit(IL.Initobj, v);
                break;
            case OpCode.MakeCell:
                // Cells never change once made: keep the frame's copy current for super() and tracebacks.
                Reg(ins.A);
                Call(typeof(JitOps), nameof(JitOps.MakeCell));
                Store(ins.A);
                Spill(ins.A);
                break;
            case OpCode.CopyFreeVars:
                for (int i = 0; i < ins.B; i++)
                {
                    Frame();
                    Int(i);
                    Call(typeof(JitOps), nameof(JitOps.FreeVariable));
                    Store(ins.A + i);
                    Spill(ins.A + i);
                }

                break;
            case OpCode.LoadDeref:
                Reg(ins.B);
                CodeObject();
                Int(ins.B);
                Call(typeof(JitOps), nameof(JitOps.LoadDeref));
                Store(ins.A);
                break;
            case OpCode.StoreDeref:
                Reg(ins.B);
                Reg(ins.A);
                Call(typeof(JitOps), nameof(JitOps.StoreDeref));
                break;
            case OpCode.DeleteDeref:
                Reg(ins.B);
                CodeObject();
                Int(ins.B);
                Call(typeof(JitOps), nameof(JitOps.DeleteDeref));
                break;
            case OpCode.LoadClassDeref:
                Frame();
                Name(ins.C);
                Reg(ins.B);
                CodeObject();
                Int(ins.B);
                Call(typeof(JitOps), nameof(JitOps.LoadClassDeref));
                Store(ins.A);
                break;

            case OpCode.Add:
                ProfiledBinary(pc, ins, nameof(Interpreter.Add));
                break;
            case OpCode.Subtract:
                ProfiledBinary(pc, ins, nameof(Interpreter.Subtract));
                break;
            case OpCode.Multiply:
                ProfiledBinary(pc, ins, nameof(Interpreter.Multiply));
                break;
            case OpCode.TrueDivide:
                Binary(ins, typeof(Ops), nameof(Ops.TrueDivide));
                break;
            case OpCode.FloorDivide:
                Binary(ins, typeof(Ops), nameof(Ops.FloorDivide));
                break;
            case OpCode.Remainder:
                Binary(ins, typeof(Ops), nameof(Ops.Remainder));
                break;
            case OpCode.Power:
                Binary(ins, typeof(Ops), nameof(Ops.Power));
                break;
            case OpCode.LeftShift:
                Binary(ins, typeof(Ops), nameof(Ops.LeftShift));
                break;
            case OpCode.RightShift:
                Binary(ins, typeof(Ops), nameof(Ops.RightShift));
                break;
            case OpCode.BitAnd:
                Binary(ins, typeof(Ops), nameof(Ops.And));
                break;
            case OpCode.BitOr:
                Binary(ins, typeof(Ops), nameof(Ops.Or));
                break;
            case OpCode.BitXor:
                Binary(ins, typeof(Ops), nameof(Ops.Xor));
                break;
            case OpCode.MatrixMultiply:
                Binary(ins, typeof(Ops), nameof(Ops.MatrixMultiply));
                break;
            case OpCode.InPlace:
                Reg(ins.A);
                Rk(ins.B);
                Int(ins.C);
                FeedbackSlot(pc);
                Call(typeof(Interpreter), nameof(Interpreter.InPlace));
                Store(ins.A);
                break;
            case OpCode.Negative:
                Unary(ins, typeof(Ops), nameof(Ops.Negative));
                break;
            case OpCode.Positive:
                Unary(ins, typeof(Ops), nameof(Ops.Positive));
                break;
            case OpCode.Invert:
                Unary(ins, typeof(Ops), nameof(Ops.Invert));
                break;
            case OpCode.Not:
                Unary(ins, typeof(JitOps), nameof(JitOps.Not));
                break;

            case OpCode.Less or OpCode.LessEqual or OpCode.Equal or OpCode.NotEqual or OpCode.Greater or OpCode.GreaterEqual:
                Int(ins.Op - OpCode.Less);
                Rk(ins.B);
                Rk(ins.C);
                FeedbackSlot(pc);
                Call(typeof(Interpreter), nameof(Interpreter.Compare));
                Store(ins.A);
                break;
            case OpCode.Is:
                Binary(ins, typeof(JitOps), nameof(JitOps.IsValue));
                break;
            case OpCode.IsNot:
                Binary(ins, typeof(JitOps), nameof(JitOps.IsNotValue));
                break;
            case OpCode.In:
                Binary(ins, typeof(JitOps), nameof(JitOps.In));
                break;
            case OpCode.NotIn:
                Binary(ins, typeof(JitOps), nameof(JitOps.NotIn));
                break;

            case OpCode.Jump:
                _il.Emit(IL.Br, _labels[ins.A]);
                break;
            case OpCode.JumpIfTrue or OpCode.JumpIfFalse:
                Rk(ins.B);
                Call(typeof(Interpreter), nameof(Interpreter.IsTrue));
                _il.Emit(ins.Op == OpCode.JumpIfTrue ? IL.Brtrue : IL.Brfalse, _labels[ins.A]);
                break;
            case >= OpCode.JumpIfLess and <= OpCode.JumpIfGreaterEqual:
                Int(ins.Op - OpCode.JumpIfLess);
                Rk(ins.B);
                Rk(ins.C);
                FeedbackSlot(pc);
                Call(typeof(Interpreter), nameof(Interpreter.CompareBranch));
                _il.Emit(IL.Brtrue, _labels[ins.A]);
                break;
            case >= OpCode.JumpIfNotLess and <= OpCode.JumpIfNotGreaterEqual:
                Int(ins.Op - OpCode.JumpIfNotLess);
                Rk(ins.B);
                Rk(ins.C);
                FeedbackSlot(pc);
                Call(typeof(Interpreter), nameof(Interpreter.CompareBranch));
                _il.Emit(IL.Brfalse, _labels[ins.A]);
                break;
            case OpCode.JumpIfIs or OpCode.JumpIfIsNot:
                Rk(ins.B);
                Rk(ins.C);
                Call(typeof(JitOps), nameof(JitOps.Same));
                _il.Emit(ins.Op == OpCode.JumpIfIs ? IL.Brtrue : IL.Brfalse, _labels[ins.A]);
                break;
            case OpCode.JumpIfIn or OpCode.JumpIfNotIn:
                Rk(ins.B);
                Rk(ins.C);
                Call(typeof(JitOps), nameof(JitOps.Contains));
                _il.Emit(ins.Op == OpCode.JumpIfIn ? IL.Brtrue : IL.Brfalse, _labels[ins.A]);
                break;

            case OpCode.GetIter:
                Rk(ins.B);
                Call(typeof(JitOps), nameof(JitOps.GetIter));
                Store(ins.A);
                break;
            case OpCode.ForIter:
                Reg(ins.B);
                RegAddress(ins.C);
                Call(typeof(JitOps), nameof(JitOps.ForIter));
                _il.Emit(IL.Brtrue, _labels[ins.A]);
                break;

            case OpCode.Call:
                SpillRange(ins.B + 1, ins.C);
                Frame();
                Reg(ins.B);
                Int(ins.B + 1);
                Int(ins.C);
                Call(typeof(JitOps), nameof(JitOps.Call));
                Store(ins.A);
                break;
            case OpCode.CallKw:
                SpillRange(ins.B + 1, ins.C);
                Frame();
                Reg(ins.B);
                Int(ins.B + 1);
                Int(ins.C);
                Reg(ins.B + ins.C + 1);
                Call(typeof(JitOps), nameof(JitOps.CallKw));
                Store(ins.A);
                break;
            case OpCode.CallEx:
                Reg(ins.B);
                Reg(ins.B + 1);
                if (ins.C == 2)
                {
                    Reg(ins.B + 2);
                }
                else
                {
                    var empty = _il.Local(v, "no keyword arguments");
                    _il.Emit(IL.Ldloc, empty);
                }

                Call(typeof(JitOps), nameof(JitOps.CallEx));
                Store(ins.A);
                break;
            case OpCode.LoadMethod:
                Reg(ins.B);
                NameText(ins.C);
                RegAddress(ins.A);
                RegAddress(ins.A + 1);
                Call(typeof(JitOps), nameof(JitOps.LoadMethod));
                break;
            case OpCode.CallMethod:
                SpillRange(ins.B + 1, ins.C + 1);
                Frame();
                Reg(ins.B);
                Reg(ins.B + 1);
                Int(ins.B + 1);
                Int(ins.C);
                Call(typeof(JitOps), nameof(JitOps.CallMethod));
                Store(ins.A);
                break;
            case OpCode.Return:
                Rk(ins.B);
                _il.Emit(IL.Stloc, _result);
                _il.Emit(IL.Leave, _returnLabel);
                break;

            case OpCode.GetAttr:
                Reg(ins.B);
                NameText(ins.C);
                Call(typeof(Ops), nameof(Ops.GetAttr), v, typeof(string));
                Store(ins.A);
                break;
            case OpCode.SetAttr:
                Reg(ins.A);
                NameText(ins.C);
                Rk(ins.B);
                Call(typeof(Ops), nameof(Ops.SetAttr), v, typeof(string), v);
                break;
            case OpCode.DelAttr:
                Reg(ins.A);
                NameText(ins.C);
                Call(typeof(Ops), nameof(Ops.DelAttr), v, typeof(string));
                break;
            case OpCode.GetItem:
                Reg(ins.B);
                Rk(ins.C);
                Call(typeof(Interpreter), nameof(Interpreter.GetItem));
                Store(ins.A);
                break;
            case OpCode.SetItem:
                Reg(ins.A);
                Rk(ins.B);
                Rk(ins.C);
                Call(typeof(Ops), nameof(Ops.SetItem), v, v, v);
                break;
            case OpCode.DelItem:
                Reg(ins.A);
                Rk(ins.B);
                Call(typeof(Ops), nameof(Ops.DelItem), v, v);
                break;
            case OpCode.BuildSlice:
                RangeBuild(ins, nameof(JitOps.BuildSlice));
                break;
            case OpCode.BuildTuple:
                RangeBuild(ins, nameof(JitOps.BuildTuple));
                break;
            case OpCode.BuildList:
                RangeBuild(ins, nameof(JitOps.BuildList));
                break;
            case OpCode.BuildSet:
                RangeBuild(ins, nameof(JitOps.BuildSet));
                break;
            case OpCode.BuildMap:
                SpillRange(ins.B, 2 * ins.C);
                Frame();
                Int(ins.B);
                Int(ins.C);
                Call(typeof(JitOps), nameof(JitOps.BuildMap));
                Store(ins.A);
                break;
            case OpCode.BuildString:
                RangeBuild(ins, nameof(JitOps.BuildString));
                break;
            case OpCode.FormatValue:
                Reg(ins.B);
                Int(ins.C);
                if ((ins.C & 4) != 0)
                {
                    Reg(ins.B + 1);
                }
                else
                {
                    var none = _il.Local(v, "no format spec");
                    _il.Emit(IL.Ldloc, none);
                }

                Call(typeof(Interpreter), nameof(Interpreter.FormatValue));
                Store(ins.A);
                break;
            case OpCode.ListAppend:
                Reg(ins.A);
                Rk(ins.B);
                Call(typeof(JitOps), nameof(JitOps.ListAppend));
                break;
            case OpCode.ListExtend:
                Reg(ins.A);
                Reg(ins.B);
                if (ins.C == ins.A)
                {
                    _il.Emit(IL.Ldloc, _il.Local(typeof(Value), "no callee"));
                }
                else
                {
                    Reg(ins.C);
                }

                Call(typeof(JitOps), nameof(JitOps.ListExtend));
                break;
            case OpCode.SetAdd:
                Reg(ins.A);
                Rk(ins.B);
                Call(typeof(JitOps), nameof(JitOps.SetAdd));
                break;
            case OpCode.SetUpdate:
                Reg(ins.A);
                Reg(ins.B);
                Call(typeof(JitOps), nameof(JitOps.SetUpdate));
                break;
            case OpCode.MapAdd:
                Reg(ins.A);
                Rk(ins.B);
                Rk(ins.C);
                Call(typeof(JitOps), nameof(JitOps.MapAdd));
                break;
            case OpCode.DictUpdate:
                Reg(ins.A);
                Reg(ins.B);
                Call(typeof(JitOps), nameof(JitOps.DictUpdate));
                break;
            case OpCode.DictMerge:
                Reg(ins.A);
                Reg(ins.B);
                Reg(ins.C);
                Call(typeof(JitOps), nameof(JitOps.DictMerge));
                break;
            case OpCode.UnpackSequence:
                Frame();
                Reg(ins.B);
                Int(ins.A);
                Int(ins.C);
                Call(typeof(JitOps), nameof(JitOps.UnpackSequence));
                Reload(ins.A, ins.C);
                break;
            case OpCode.UnpackEx:
                Frame();
                Reg(ins.B);
                Int(ins.A);
                Int(ins.C & 255);
                Int(ins.C >> 8);
                Call(typeof(JitOps), nameof(JitOps.UnpackEx));
                Reload(ins.A, (ins.C & 255) + (ins.C >> 8) + 1);
                break;

            case OpCode.MakeFunction:
                SpillRange(ins.C, 4);
                Frame();
                Constant(ins.B);
                Call(typeof(JitOps), nameof(JitOps.ToCode));
                Int(ins.C);
                Call(typeof(JitOps), nameof(JitOps.MakeFunction));
                Store(ins.A);
                break;
            case OpCode.ImportName:
                Frame();
                Name(ins.B);
                Reg(ins.C);
                Reg(ins.C + 1);
                Call(typeof(JitOps), nameof(JitOps.ImportName));
                Store(ins.A);
                break;
            case OpCode.ImportFrom:
                Reg(ins.B);
                Name(ins.C);
                Call(typeof(JitOps), nameof(JitOps.ImportFrom));
                Store(ins.A);
                break;
            case OpCode.Intrinsic:
                Frame();
                Int(ins.C);
                Reg(ins.B);
                Call(typeof(JitOps), nameof(JitOps.Intrinsic));
                Store(ins.A);
                break;

            case OpCode.Raise:
                Int(ins.C);
                _il.Emit(IL.Stloc, _raiseForm);
                Reg(ins.A);
                _il.Emit(IL.Stloc, _raiseValue);
                Reg(ins.B);
                _il.Emit(IL.Stloc, _raiseCause);
                _il.Emit(IL.Leave, _raiseLabel);
                break;
            case OpCode.Reraise:
                Int(-1);
                _il.Emit(IL.Stloc, _raiseForm);
                Reg(ins.A);
                _il.Emit(IL.Stloc, _raiseValue);
                _il.Emit(IL.Leave, _raiseLabel);
                break;
            case OpCode.PushExcInfo:
                Frame();
                Reg(ins.B);
                Call(typeof(JitOps), nameof(JitOps.PushExcInfo));
                Store(ins.A);
                break;
            case OpCode.PopExcInfo:
                Frame();
                Reg(ins.A);
                Call(typeof(JitOps), nameof(JitOps.PopExcInfo));
                break;
            case OpCode.JumpIfNotExcMatch:
                Reg(ins.B);
                Reg(ins.C);
                Call(typeof(Interpreter), nameof(Interpreter.ExceptionMatches));
                _il.Emit(IL.Brfalse, _labels[ins.A]);
                break;
            case OpCode.WithEnter:
                Reg(ins.B);
                RegAddress(ins.A);
                RegAddress(ins.A + 1);
                Call(typeof(Interpreter), nameof(Interpreter.WithEnter));
                break;
            case OpCode.WithExit:
                Reg(ins.B);
                Reg(ins.C);
                Call(typeof(Interpreter), nameof(Interpreter.WithExit));
                Store(ins.A);
                break;
            default:
                throw new InvalidOperationException($"no IL translation for {ins.Op}");
        }
    }

    private void Binary(Instruction ins, Type type, string name)
    {
        Rk(ins.B);
        Rk(ins.C);
        Call(type, name, typeof(Value), typeof(Value));
        Store(ins.A);
    }

    private void ProfiledBinary(int pc, Instruction ins, string name)
    {
        Rk(ins.B);
        Rk(ins.C);
        FeedbackSlot(pc);
        Call(typeof(Interpreter), name);
        Store(ins.A);
    }

    private void Unary(Instruction ins, Type type, string name)
    {
        Rk(ins.B);
        Call(type, name, typeof(Value));
        Store(ins.A);
    }

    private void RangeBuild(Instruction ins, string helper)
    {
        SpillRange(ins.B, ins.C);
        Frame();
        Int(ins.B);
        Int(ins.C);
        Call(typeof(JitOps), helper);
        Store(ins.A);
    }
}
