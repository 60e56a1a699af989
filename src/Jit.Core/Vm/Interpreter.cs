using System.Runtime.CompilerServices;
using Jit.Compiling;
using Jit.Runtime;
using Jit.Runtime.Objects;

namespace Jit.Vm;

/// <summary>Tier 0: one method, one switch over the opcode, working on the frame's register window.
/// Each case has its fast path inline and calls one runtime helper otherwise. Exceptions are
/// dispatched through the code object's static exception table.</summary>
public static partial class Interpreter
{
    /// <summary>Calls a Python function with vectorcall arguments.</summary>
    public static Value CallFunction(PyFunction function, ReadOnlySpan<Value> args, string[]? kwnames)
    {
        CodeObject code = function.Code;
        VmState vm = VmState.Of(PyContext.Current);
        if ((code.Flags & (CodeFlags.Generator | CodeFlags.Coroutine)) != 0)
        {
            var registers = new Value[code.RegisterCount];
            ArgumentBinder.Bind(function, args, kwnames, registers);
            return new PyGenerator(new Frame(vm, code, function, function.Globals, registers, 0));
        }

        int savedTop = vm.StackTop;
        Value[] savedStack = vm.Stack;
        try
        {
            (Value[] stack, int @base) = vm.PushWindow(code.RegisterCount);
            ArgumentBinder.Bind(function, args, kwnames, stack.AsSpan(@base, code.RegisterCount));
            return Execute(new Frame(vm, code, function, function.Globals, stack, @base));
        }
        finally
        {
            vm.StackTop = savedTop;
            vm.Stack = savedStack;
        }
    }

    /// <summary>Runs a module or class body with <paramref name="locals"/> as its namespace.</summary>
    public static Value RunNamespaceCode(VmState vm, CodeObject code, PyFunction? function, PyDict globals, PyDict locals)
    {
        int savedTop = vm.StackTop;
        Value[] savedStack = vm.Stack;
        try
        {
            (Value[] stack, int @base) = vm.PushWindow(code.RegisterCount);
            return Execute(new Frame(vm, code, function, globals, stack, @base) { Locals = locals });
        }
        finally
        {
            vm.StackTop = savedTop;
            vm.Stack = savedStack;
        }
    }

    /// <summary>Runs a frame with the Python recursion limit and the .NET stack checked.</summary>
    internal static Value Execute(Frame frame)
    {
        PyContext context = frame.Vm.Context;
        if (++context.Depth > context.RecursionLimit || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            context.Depth--;
            throw PyErr.RecursionError("maximum recursion depth exceeded");
        }

        try
        {
            VmState vm = frame.Vm;
            if (vm.JitEnabled && frame.SuspendedAt < 0 && frame.Pc == 0)
            {
                CodeObject code = frame.Code;
                Func<Frame, Value>? compiled = code.Compiled;
                if (compiled is null && code.TierOneSkipReason is null && ++code.CallCount > vm.JitThreshold - 1)
                {
                    compiled = Tier1.TierUp.TryCompile(frame, osr: false);
                }

                if (compiled is not null)
                {
                    return RunCompiled(frame, compiled);
                }
            }

            return Run(frame);
        }
        finally
        {
            context.Depth--;
        }
    }

    /// <summary>On-stack replacement: a loop back-edge of a frame already running in tier 0. Once
    /// the code object's back-edges cross the threshold it is compiled, and the frame continues in
    /// compiled code at the loop header (<see cref="Frame.Pc"/>) with its registers loaded from the frame.</summary>
    private static Func<Frame, Value>? TryEnterLoop(Frame frame, int loopHeader)
    {
        CodeObject code = frame.Code;
        if (++code.BackEdgeCount < VmState.OsrThreshold || code.TierOneSkipReason is not null)
        {
            return null;
        }

        Func<Frame, Value>? compiled = code.Compiled ?? Tier1.TierUp.TryCompile(frame, osr: true);
        if (compiled is not null)
        {
            frame.Pc = loopHeader;
        }

        return compiled;
    }

    private static Value RunCompiled(Frame frame, Func<Frame, Value> compiled)
    {
        VmState vm = frame.Vm;
        Frame? caller = vm.CurrentFrame;
        frame.Back = caller;
        vm.CurrentFrame = frame;
        try
        {
            return compiled(frame);
        }
        finally
        {
            vm.CurrentFrame = caller;
        }
    }

    /// <summary>A call whose arguments are already in place at <paramref name="first"/>: a plain
    /// Python function gets its window right there (no copy, no allocation beyond the frame).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Value CallAt(VmState vm, Value callee, Value[] stack, int first, int count)
    {
        if (callee.ObjectOrNull is PyFunction function && ReferenceEquals(stack, vm.Stack))
        {
            CodeObject code = function.Code;
            if ((code.Flags & (CodeFlags.VarArgs | CodeFlags.VarKeywords | CodeFlags.Generator | CodeFlags.Coroutine)) == 0
                && code.KwOnlyArgCount == 0
                && count <= code.ArgCount
                && count >= code.ArgCount - function.Defaults.Length
                && first + code.RegisterCount <= stack.Length)
            {
                return CallInPlace(vm, function, stack, first, count);
            }
        }

        return Ops.Call(callee, new ReadOnlySpan<Value>(stack, first, count), null);
    }

    internal static Value CallInPlace(VmState vm, PyFunction function, Value[] stack, int first, int count)
    {
        CodeObject code = function.Code;
        Value[] defaults = function.Defaults;
        int firstDefault = code.ArgCount - defaults.Length;
        for (int i = count; i < code.ArgCount; i++)
        {
            stack[first + i] = defaults[i - firstDefault];
        }

        Array.Clear(stack, first + code.ArgCount, code.RegisterCount - code.ArgCount);
        int savedTop = vm.StackTop;
        vm.StackTop = Math.Max(savedTop, first + code.RegisterCount);
        try
        {
            return Execute(new Frame(vm, code, function, function.Globals, stack, first));
        }
        finally
        {
            vm.StackTop = savedTop;
        }
    }

    /// <summary>ADD: the int fast path (no overflow), else the runtime, recording at
    /// <paramref name="site"/> what missed the fast path.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Value Add(Value x, Value y, ref SiteFeedback site)
    {
        if (x.IsInt && y.IsInt)
        {
            long a = x.Int;
            long b = y.Int;
            long r = unchecked(a + b);
            if (((a ^ r) & (b ^ r)) >= 0)
            {
                return Value.FromInt(r);
            }
        }

        TypeFeedback.Observe(ref site, x, y);
        return Ops.Add(x, y);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Value Subtract(Value x, Value y, ref SiteFeedback site)
    {
        if (x.IsInt && y.IsInt)
        {
            long a = x.Int;
            long b = y.Int;
            long r = unchecked(a - b);
            if (((a ^ b) & (a ^ r)) >= 0)
            {
                return Value.FromInt(r);
            }
        }

        TypeFeedback.Observe(ref site, x, y);
        return Ops.Subtract(x, y);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Value Multiply(Value x, Value y, ref SiteFeedback site)
    {
        if (x.IsInt && y.IsInt)
        {
            long high = Math.BigMul(x.Int, y.Int, out long low);
            if (high == low >> 63)
            {
                return Value.FromInt(low);
            }
        }

        TypeFeedback.Observe(ref site, x, y);
        return Ops.Multiply(x, y);
    }

    /// <summary>An augmented assignment: + - * have the binary fast paths (ints are immutable).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Value InPlace(Value x, Value y, int op, ref SiteFeedback site)
    {
        if (x.IsInt && y.IsInt)
        {
            switch ((BinaryOp)op)
            {
                case BinaryOp.Add:
                    return Add(x, y, ref site);
                case BinaryOp.Subtract:
                    return Subtract(x, y, ref site);
                case BinaryOp.Multiply:
                    return Multiply(x, y, ref site);
            }
        }

        TypeFeedback.Observe(ref site, x, y);
        return Ops.InPlace((BinaryOp)op, x, y);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Value Rk(Value[] stack, int @base, Value[] constants, int operand) =>
        (operand & Instruction.ConstantBit) != 0 ? constants[operand & Instruction.MaxIndex] : stack[@base + operand];

    /// <summary>The interpreter loop. Returns the frame's return value, or the yielded value when a
    /// generator frame suspends (then <see cref="Frame.SuspendedAt"/> is set).</summary>
    internal static Value Run(Frame frame)
    {
        int pc;
        PyBaseException? raised = null;
        if (frame.SuspendedAt >= 0)
        {
            int suspendedAt = frame.SuspendedAt;
            frame.SuspendedAt = -1;
            pc = frame.Code.Instructions[suspendedAt].Op == OpCode.YieldFrom && !frame.YieldFromFinished ? suspendedAt : suspendedAt + 1;
            frame.YieldFromFinished = false;
            if (frame.PendingThrow is PyBaseException thrown)
            {
                frame.PendingThrow = null;
                raised = thrown;
                pc = suspendedAt + 1;
            }
        }
        else
        {
            pc = frame.Pc;
        }

        return Run(frame, pc, raised, addTraceback: true);
    }

    /// <summary>A .NET exception escaping the runtime: too deep a .NET stack is Python's RecursionError;
    /// anything else is a bug in Jit, reported as SystemError with the Python traceback (never a
    /// .NET crash).</summary>
    internal static PyBaseException FromDotNetException(Exception error) => error switch
    {
        InsufficientExecutionStackException => PyErr.RecursionError("maximum recursion depth exceeded").Error,
        OutOfMemoryException => PyErr.MemoryError().Error,
        _ => PyErr.SystemError($"internal error in Jit: {error.GetType().Name}: {error.Message}").Error,
    };

    /// <summary>Tier 1 hands a frame back here: continue at <paramref name="pc"/>, or, with
    /// <paramref name="raised"/>, unwind it as if the instruction before <paramref name="pc"/> raised it.</summary>
    internal static Value ResumeFromCompiledCode(Frame frame, int pc, PyBaseException? raised, bool fresh)
    {
        if (raised is not null && fresh)
        {
            AttachContext(frame.Vm, raised);
        }

        return Run(frame, pc, raised, addTraceback: fresh);
    }

    private static Value Run(Frame frame, int pc, PyBaseException? raised, bool addTraceback)
    {
        VmState vm = frame.Vm;
        CodeObject code = frame.Code;
        Instruction[] instructions = code.Instructions;
        Value[] constants = code.Constants;
        PyStr[] names = code.Names;
        SiteFeedback[] feedback = code.Feedback;
        Value[] stack = frame.Stack;
        int @base = frame.Base;
        long[]? counts = vm.InstructionCounts;
        Func<Frame, Value>? compiledLoop = null;

        // A frame that tier 1 hands back is already the current one.
        Frame? caller = vm.CurrentFrame;
        if (!ReferenceEquals(caller, frame))
        {
            frame.Back = caller;
        }

        vm.CurrentFrame = frame;

        try
        {
            while (true)
            {
                if (raised is not null)
                {
                    goto Unwind;
                }

                try
                {
                    while (true)
                    {
                        Instruction ins = instructions[pc++];
                        if (counts is not null)
                        {
                            counts[(int)ins.Op]++;
                        }

                        switch (ins.Op)
                        {
                            case OpCode.Nop:
                                break;
                            case OpCode.Move:
                                stack[@base + ins.A] = stack[@base + ins.B];
                                break;
                            case OpCode.LoadConst:
                                stack[@base + ins.A] = constants[ins.B];
                                break;
                            case OpCode.LoadGlobal:
                                stack[@base + ins.A] = LoadGlobal(frame, names[ins.B]);
                                break;
                            case OpCode.StoreGlobal:
                                frame.Globals.Set(names[ins.B], stack[@base + ins.A]);
                                break;
                            case OpCode.DeleteGlobal:
                                if (!frame.Globals.TryRemove(names[ins.B], out _))
                                {
                                    throw PyErr.NameError(names[ins.B].Text);
                                }

                                break;
                            case OpCode.LoadName:
                                stack[@base + ins.A] = LoadName(frame, names[ins.B]);
                                break;
                            case OpCode.StoreName:
                                StoreName(frame, names[ins.B], stack[@base + ins.A]);
                                break;
                            case OpCode.DeleteName:
                                DeleteName(frame, names[ins.B]);
                                break;
                            case OpCode.CheckBound:
                                if (stack[@base + ins.A].IsUnbound)
                                {
                                    throw PyErr.UnboundLocalError(code.RegisterNames[ins.A]!);
                                }

                                break;
                            case OpCode.DeleteFast:
                                if (stack[@base + ins.A].IsUnbound)
                                {
                                    throw PyErr.UnboundLocalError(code.RegisterNames[ins.A]!);
                                }

                                stack[@base + ins.A] = default;
                                break;
                            case OpCode.MakeCell:
                                stack[@base + ins.A] = new PyCell(stack[@base + ins.A]);
                                break;
                            case OpCode.CopyFreeVars:
                            {
                                PyCell[] closure = frame.Function!.Closure;
                                for (int i = 0; i < ins.B; i++)
                                {
                                    stack[@base + ins.A + i] = closure[i];
                                }

                                break;
                            }

                            case OpCode.LoadDeref:
                            {
                                Value value = ((PyCell)stack[@base + ins.B].Object).Contents;
                                if (value.IsUnbound)
                                {
                                    throw UnboundCell(code, ins.B);
                                }

                                stack[@base + ins.A] = value;
                                break;
                            }

                            case OpCode.StoreDeref:
                                ((PyCell)stack[@base + ins.B].Object).Contents = stack[@base + ins.A];
                                break;
                            case OpCode.DeleteDeref:
                            {
                                var cell = (PyCell)stack[@base + ins.B].Object;
                                if (cell.Contents.IsUnbound)
                                {
                                    throw UnboundCell(code, ins.B);
                                }

                                cell.Contents = default;
                                break;
                            }

                            case OpCode.LoadClassDeref:
                            {
                                if (frame.Locals is PyDict locals && locals.TryGetValue(names[ins.C], out Value found))
                                {
                                    stack[@base + ins.A] = found;
                                    break;
                                }

                                Value value = ((PyCell)stack[@base + ins.B].Object).Contents;
                                stack[@base + ins.A] = value.IsUnbound ? throw UnboundCell(code, ins.B) : value;
                                break;
                            }

                            case OpCode.Add:
                                stack[@base + ins.A] = Add(Rk(stack, @base, constants, ins.B), Rk(stack, @base, constants, ins.C), ref feedback[pc - 1]);
                                break;
                            case OpCode.Subtract:
                                stack[@base + ins.A] = Subtract(Rk(stack, @base, constants, ins.B), Rk(stack, @base, constants, ins.C), ref feedback[pc - 1]);
                                break;
                            case OpCode.Multiply:
                                stack[@base + ins.A] = Multiply(Rk(stack, @base, constants, ins.B), Rk(stack, @base, constants, ins.C), ref feedback[pc - 1]);
                                break;
                            case OpCode.TrueDivide:
                                stack[@base + ins.A] = Ops.TrueDivide(Rk(stack, @base, constants, ins.B), Rk(stack, @base, constants, ins.C));
                                break;
                            case OpCode.FloorDivide:
                                stack[@base + ins.A] = Ops.FloorDivide(Rk(stack, @base, constants, ins.B), Rk(stack, @base, constants, ins.C));
                                break;
                            case OpCode.Remainder:
                                stack[@base + ins.A] = Ops.Remainder(Rk(stack, @base, constants, ins.B), Rk(stack, @base, constants, ins.C));
                                break;
                            case OpCode.Power:
                                stack[@base + ins.A] = Ops.Power(Rk(stack, @base, constants, ins.B), Rk(stack, @base, constants, ins.C));
                                break;
                            case OpCode.LeftShift:
                                stack[@base + ins.A] = Ops.LeftShift(Rk(stack, @base, constants, ins.B), Rk(stack, @base, constants, ins.C));
                                break;
                            case OpCode.RightShift:
                                stack[@base + ins.A] = Ops.RightShift(Rk(stack, @base, constants, ins.B), Rk(stack, @base, constants, ins.C));
                                break;
                            case OpCode.BitAnd:
                                stack[@base + ins.A] = Ops.And(Rk(stack, @base, constants, ins.B), Rk(stack, @base, constants, ins.C));
                                break;
                            case OpCode.BitOr:
                                stack[@base + ins.A] = Ops.Or(Rk(stack, @base, constants, ins.B), Rk(stack, @base, constants, ins.C));
                                break;
                            case OpCode.BitXor:
                                stack[@base + ins.A] = Ops.Xor(Rk(stack, @base, constants, ins.B), Rk(stack, @base, constants, ins.C));
                                break;
                            case OpCode.MatrixMultiply:
                                stack[@base + ins.A] = Ops.MatrixMultiply(Rk(stack, @base, constants, ins.B), Rk(stack, @base, constants, ins.C));
                                break;
                            case OpCode.InPlace:
                                stack[@base + ins.A] = InPlace(stack[@base + ins.A], Rk(stack, @base, constants, ins.B), ins.C, ref feedback[pc - 1]);
                                break;

                            case OpCode.Negative:
                                stack[@base + ins.A] = Ops.Negative(Rk(stack, @base, constants, ins.B));
                                break;
                            case OpCode.Positive:
                                stack[@base + ins.A] = Ops.Positive(Rk(stack, @base, constants, ins.B));
                                break;
                            case OpCode.Invert:
                                stack[@base + ins.A] = Ops.Invert(Rk(stack, @base, constants, ins.B));
                                break;
                            case OpCode.Not:
                                stack[@base + ins.A] = Value.FromBool(!Ops.IsTrue(Rk(stack, @base, constants, ins.B)));
                                break;

                            case OpCode.Less:
                            case OpCode.LessEqual:
                            case OpCode.Equal:
                            case OpCode.NotEqual:
                            case OpCode.Greater:
                            case OpCode.GreaterEqual:
                                stack[@base + ins.A] = Compare((CompareOp)(ins.Op - OpCode.Less), Rk(stack, @base, constants, ins.B), Rk(stack, @base, constants, ins.C), ref feedback[pc - 1]);
                                break;
                            case OpCode.Is:
                                stack[@base + ins.A] = Value.FromBool(Rk(stack, @base, constants, ins.B).Is(Rk(stack, @base, constants, ins.C)));
                                break;
                            case OpCode.IsNot:
                                stack[@base + ins.A] = Value.FromBool(!Rk(stack, @base, constants, ins.B).Is(Rk(stack, @base, constants, ins.C)));
                                break;
                            case OpCode.In:
                                stack[@base + ins.A] = Value.FromBool(Ops.Contains(Rk(stack, @base, constants, ins.C), Rk(stack, @base, constants, ins.B)));
                                break;
                            case OpCode.NotIn:
                                stack[@base + ins.A] = Value.FromBool(!Ops.Contains(Rk(stack, @base, constants, ins.C), Rk(stack, @base, constants, ins.B)));
                                break;

                            case OpCode.Jump:
                                if (ins.A < pc && vm.JitEnabled && TryEnterLoop(frame, ins.A) is Func<Frame, Value> loopJump)
                                {
                                    compiledLoop = loopJump;
                                    goto EnterCompiledLoop;
                                }

                                pc = ins.A;
                                break;
                            case OpCode.JumpIfTrue:
                                if (IsTrue(Rk(stack, @base, constants, ins.B)))
                                {
                                    pc = ins.A;
                                }

                                break;
                            case OpCode.JumpIfFalse:
                                if (!IsTrue(Rk(stack, @base, constants, ins.B)))
                                {
                                    pc = ins.A;
                                }

                                break;
                            case OpCode.JumpIfLess:
                            case OpCode.JumpIfLessEqual:
                            case OpCode.JumpIfEqual:
                            case OpCode.JumpIfNotEqual:
                            case OpCode.JumpIfGreater:
                            case OpCode.JumpIfGreaterEqual:
                                if (CompareBranch((CompareOp)(ins.Op - OpCode.JumpIfLess), Rk(stack, @base, constants, ins.B), Rk(stack, @base, constants, ins.C), ref feedback[pc - 1]))
                                {
                                    if (ins.A < pc && vm.JitEnabled && TryEnterLoop(frame, ins.A) is Func<Frame, Value> loopWhile)
                                    {
                                        compiledLoop = loopWhile;
                                        goto EnterCompiledLoop;
                                    }

                                    pc = ins.A;
                                }

                                break;
                            case OpCode.JumpIfNotLess:
                            case OpCode.JumpIfNotLessEqual:
                            case OpCode.JumpIfNotEqualTo:
                            case OpCode.JumpIfNotNotEqual:
                            case OpCode.JumpIfNotGreater:
                            case OpCode.JumpIfNotGreaterEqual:
                                if (!CompareBranch((CompareOp)(ins.Op - OpCode.JumpIfNotLess), Rk(stack, @base, constants, ins.B), Rk(stack, @base, constants, ins.C), ref feedback[pc - 1]))
                                {
                                    pc = ins.A;
                                }

                                break;
                            case OpCode.JumpIfIs:
                                if (Rk(stack, @base, constants, ins.B).Is(Rk(stack, @base, constants, ins.C)))
                                {
                                    pc = ins.A;
                                }

                                break;
                            case OpCode.JumpIfIsNot:
                                if (!Rk(stack, @base, constants, ins.B).Is(Rk(stack, @base, constants, ins.C)))
                                {
                                    pc = ins.A;
                                }

                                break;
                            case OpCode.JumpIfIn:
                                if (Ops.Contains(Rk(stack, @base, constants, ins.C), Rk(stack, @base, constants, ins.B)))
                                {
                                    pc = ins.A;
                                }

                                break;
                            case OpCode.JumpIfNotIn:
                                if (!Ops.Contains(Rk(stack, @base, constants, ins.C), Rk(stack, @base, constants, ins.B)))
                                {
                                    pc = ins.A;
                                }

                                break;

                            case OpCode.GetIter:
                                stack[@base + ins.A] = Ops.GetIter(Rk(stack, @base, constants, ins.B));
                                break;
                            case OpCode.ForIter:
                                if (((PyIterator)stack[@base + ins.B].Object).TryNext(out Value item))
                                {
                                    stack[@base + ins.C] = item;
                                    if (vm.JitEnabled && TryEnterLoop(frame, ins.A) is Func<Frame, Value> loopFor)
                                    {
                                        compiledLoop = loopFor;
                                        goto EnterCompiledLoop;
                                    }

                                    pc = ins.A;
                                }

                                break;

                            case OpCode.Call:
                                frame.Pc = pc;
                                stack[@base + ins.A] = CallAt(vm, stack[@base + ins.B], stack, @base + ins.B + 1, ins.C);
                                break;
                            case OpCode.CallKw:
                            {
                                var kwnames = (PyTuple)stack[@base + ins.B + ins.C + 1].Object;
                                frame.Pc = pc;
                                stack[@base + ins.A] = Ops.Call(stack[@base + ins.B], new ReadOnlySpan<Value>(stack, @base + ins.B + 1, ins.C), KeywordNames(kwnames));
                                break;
                            }

                            case OpCode.CallEx:
                                frame.Pc = pc;
                                stack[@base + ins.A] = CallWithUnpacking(stack[@base + ins.B], stack[@base + ins.B + 1], ins.C == 2 ? stack[@base + ins.B + 2] : default);
                                break;
                            case OpCode.LoadMethod:
                            {
                                Value obj = stack[@base + ins.B];
                                if (Ops.GetMethod(obj, names[ins.C].Text, out Value method))
                                {
                                    stack[@base + ins.A] = method;
                                    stack[@base + ins.A + 1] = obj;
                                }
                                else
                                {
                                    stack[@base + ins.A] = method;
                                    stack[@base + ins.A + 1] = default;
                                }

                                break;
                            }

                            case OpCode.CallMethod:
                            {
                                int first = @base + ins.B + 1;
                                int count = ins.C;
                                if (stack[first].IsUnbound)
                                {
                                    first++;
                                }
                                else
                                {
                                    count++;
                                }

                                frame.Pc = pc;
                                stack[@base + ins.A] = CallAt(vm, stack[@base + ins.B], stack, first, count);
                                break;
                            }

                            case OpCode.Return:
                                frame.IsFinished = true;
                                return Rk(stack, @base, constants, ins.B);

                            case OpCode.GetAttr:
                                stack[@base + ins.A] = Ops.GetAttr(stack[@base + ins.B], names[ins.C].Text);
                                break;
                            case OpCode.SetAttr:
                                Ops.SetAttr(stack[@base + ins.A], names[ins.C].Text, Rk(stack, @base, constants, ins.B));
                                break;
                            case OpCode.DelAttr:
                                Ops.DelAttr(stack[@base + ins.A], names[ins.C].Text);
                                break;
                            case OpCode.GetItem:
                                stack[@base + ins.A] = GetItem(stack[@base + ins.B], Rk(stack, @base, constants, ins.C));
                                break;
                            case OpCode.SetItem:
                                Ops.SetItem(stack[@base + ins.A], Rk(stack, @base, constants, ins.B), Rk(stack, @base, constants, ins.C));
                                break;
                            case OpCode.DelItem:
                                Ops.DelItem(stack[@base + ins.A], Rk(stack, @base, constants, ins.B));
                                break;
                            case OpCode.BuildSlice:
                                stack[@base + ins.A] = new PySlice(stack[@base + ins.B], stack[@base + ins.B + 1], ins.C == 3 ? stack[@base + ins.B + 2] : Value.None);
                                break;

                            case OpCode.BuildTuple:
                                stack[@base + ins.A] = ins.C == 0 ? PyTuple.Empty : new PyTuple(new ReadOnlySpan<Value>(stack, @base + ins.B, ins.C).ToArray());
                                break;
                            case OpCode.BuildList:
                                stack[@base + ins.A] = new PyList(new ReadOnlySpan<Value>(stack, @base + ins.B, ins.C).ToArray());
                                break;
                            case OpCode.BuildSet:
                            {
                                var set = new PySet();
                                for (int i = 0; i < ins.C; i++)
                                {
                                    set.Add(stack[@base + ins.B + i]);
                                }

                                stack[@base + ins.A] = set;
                                break;
                            }

                            case OpCode.BuildMap:
                            {
                                var dict = new PyDict(ins.C);
                                for (int i = 0; i < ins.C; i++)
                                {
                                    dict.Set(stack[@base + ins.B + (2 * i)], stack[@base + ins.B + (2 * i) + 1]);
                                }

                                stack[@base + ins.A] = dict;
                                break;
                            }

                            case OpCode.BuildString:
                                stack[@base + ins.A] = BuildString(new ReadOnlySpan<Value>(stack, @base + ins.B, ins.C));
                                break;
                            case OpCode.FormatValue:
                                stack[@base + ins.A] = FormatValue(stack[@base + ins.B], ins.C, (ins.C & 4) != 0 ? stack[@base + ins.B + 1] : default);
                                break;
                            case OpCode.ListAppend:
                                ((PyList)stack[@base + ins.A].Object).Append(Rk(stack, @base, constants, ins.B));
                                break;
                            case OpCode.ListExtend:
                                ListExtend((PyList)stack[@base + ins.A].Object, stack[@base + ins.B], ins.C == ins.A ? default : stack[@base + ins.C]);
                                break;
                            case OpCode.SetAdd:
                                ((PySetBase)stack[@base + ins.A].Object).Add(Rk(stack, @base, constants, ins.B));
                                break;
                            case OpCode.SetUpdate:
                                ((PySetBase)stack[@base + ins.A].Object).Update(stack[@base + ins.B]);
                                break;
                            case OpCode.MapAdd:
                                ((PyDict)stack[@base + ins.A].Object).Set(Rk(stack, @base, constants, ins.B), Rk(stack, @base, constants, ins.C));
                                break;
                            case OpCode.DictUpdate:
                                DictUpdate((PyDict)stack[@base + ins.A].Object, stack[@base + ins.B]);
                                break;
                            case OpCode.DictMerge:
                                DictMerge((PyDict)stack[@base + ins.A].Object, stack[@base + ins.B], stack[@base + ins.C]);
                                break;
                            case OpCode.UnpackSequence:
                                UnpackSequence(stack[@base + ins.B], stack.AsSpan(@base + ins.A, ins.C));
                                break;
                            case OpCode.UnpackEx:
                                UnpackEx(stack[@base + ins.B], stack, @base + ins.A, ins.C & 255, ins.C >> 8);
                                break;

                            case OpCode.MakeFunction:
                                stack[@base + ins.A] = MakeFunction(frame, (CodeObject)constants[ins.B].Object, stack, @base + ins.C);
                                break;
                            case OpCode.ImportName:
                                stack[@base + ins.A] = Importer.ImportName(frame, names[ins.B].Text, stack[@base + ins.C], stack[@base + ins.C + 1]);
                                break;
                            case OpCode.ImportFrom:
                                stack[@base + ins.A] = Importer.ImportFrom(stack[@base + ins.B], names[ins.C].Text);
                                break;
                            case OpCode.Intrinsic:
                                stack[@base + ins.A] = RunIntrinsic(frame, (Intrinsic)ins.C, stack[@base + ins.B]);
                                break;

                            case OpCode.Raise:
                                (raised, addTraceback) = PrepareRaise(vm, ins.C, stack[@base + ins.A], stack[@base + ins.B]);
                                goto Unwind;
                            case OpCode.Reraise:
                                raised = (PyBaseException)stack[@base + ins.A].Object;
                                addTraceback = false;
                                goto Unwind;
                            case OpCode.PushExcInfo:
                                stack[@base + ins.A] = vm.HandledException is PyBaseException handled ? handled : Value.None;
                                vm.HandledException = (PyBaseException)stack[@base + ins.B].Object;
                                break;
                            case OpCode.PopExcInfo:
                                vm.HandledException = stack[@base + ins.A].ObjectOrNull as PyBaseException;
                                break;
                            case OpCode.JumpIfNotExcMatch:
                                if (!ExceptionMatches(stack[@base + ins.B], stack[@base + ins.C]))
                                {
                                    pc = ins.A;
                                }

                                break;
                            case OpCode.WithEnter:
                                WithEnter(stack[@base + ins.B], out stack[@base + ins.A], out stack[@base + ins.A + 1]);
                                break;
                            case OpCode.WithExit:
                                stack[@base + ins.A] = WithExit(stack[@base + ins.B], stack[@base + ins.C]);
                                break;

                            case OpCode.Yield:
                                frame.SuspendedAt = pc - 1;
                                return Rk(stack, @base, constants, ins.B);
                            case OpCode.YieldFrom:
                                if (YieldFrom(stack[@base + ins.B], stack[@base + ins.A], out Value yieldedOrResult))
                                {
                                    frame.SuspendedAt = pc - 1;
                                    return yieldedOrResult;
                                }

                                stack[@base + ins.A] = yieldedOrResult;
                                break;
                            default:
                                throw new InvalidOperationException($"unknown opcode {ins.Op}");
                        }
                    }
                }
                catch (PyException error)
                {
                    raised = error.Error;
                    addTraceback = true;
                    AttachContext(vm, raised);
                }
                catch (Exception error) when (error is not PyException)
                {
                    raised = FromDotNetException(error);
                    addTraceback = true;
                }

            Unwind:
                // pc is past the instruction that raised.
                PyBaseException exception = raised!;
                raised = null;
                if (addTraceback)
                {
                    exception.Traceback = new PyTraceback(frame, pc - 1, exception.Traceback.ObjectOrNull as PyTraceback);
                }

                if (code.TryFindHandler(pc - 1, out ExceptionEntry handler))
                {
                    stack[@base + handler.Register] = exception;
                    pc = handler.Handler;
                    continue;
                }

                frame.IsFinished = true;
                frame.Pc = pc;
                throw exception.Exception;

            // Outside the catch: what compiled code raises is its own business, not this loop's.
            EnterCompiledLoop:
                return compiledLoop!(frame);
            }
        }
        finally
        {
            vm.CurrentFrame = caller;
        }
    }
}
