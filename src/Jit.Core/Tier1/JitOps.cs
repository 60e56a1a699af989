using Jit.Compiling;
using Jit.Runtime;
using Jit.Runtime.Objects;
using Jit.Vm;

namespace Jit.Tier1;

/// <summary>The helpers compiled code calls for instructions whose interpreter case is more than one
/// runtime call: each does exactly what the interpreter's case does, on the frame's registers where
/// an instruction reads or writes a range of them (calls, displays, unpacking).</summary>
public static class JitOps
{
    /// <summary>Writes an IL local back to its register slot (before a call or a range operation).</summary>
    public static void Spill(Frame frame, int register, Value value) => frame.Stack[frame.Base + register] = value;

    /// <summary>Reads a register slot into an IL local (after an operation that wrote a range).</summary>
    public static Value Load(Frame frame, int register) => frame.Stack[frame.Base + register];

    public static Value Constant(CodeObject code, int index) => code.Constants[index];

    public static void StoreGlobal(Frame frame, PyStr name, Value value) => frame.Globals.Set(name, value);

    public static void DeleteGlobal(Frame frame, PyStr name)
    {
        if (!frame.Globals.TryRemove(name, out _))
        {
            throw PyErr.NameError(name.Text);
        }
    }

    public static void StoreName(Frame frame, PyStr name, Value value) => Interpreter.StoreName(frame, name, value);

    public static void DeleteName(Frame frame, PyStr name) => Interpreter.DeleteName(frame, name);

    public static void CheckBound(Value value, string name)
    {
        if (value.IsUnbound)
        {
            throw PyErr.UnboundLocalError(name);
        }
    }

    public static Value MakeCell(Value contents) => new PyCell(contents);

    public static Value FreeVariable(Frame frame, int index) => frame.Function!.Closure[index];

    public static Value LoadDeref(Value cell, CodeObject code, int register)
    {
        Value value = ((PyCell)cell.Object).Contents;
        return value.IsUnbound ? throw Interpreter.UnboundCell(code, register) : value;
    }

    public static void StoreDeref(Value cell, Value value) => ((PyCell)cell.Object).Contents = value;

    public static void DeleteDeref(Value cell, CodeObject code, int register)
    {
        var c = (PyCell)cell.Object;
        if (c.Contents.IsUnbound)
        {
            throw Interpreter.UnboundCell(code, register);
        }

        c.Contents = default;
    }

    public static Value LoadClassDeref(Frame frame, PyStr name, Value cell, CodeObject code, int register) =>
        frame.Locals is PyDict locals && locals.TryGetValue(name, out Value found) ? found : LoadDeref(cell, code, register);

    public static Value Not(Value value) => Value.FromBool(!Interpreter.IsTrue(value));


    public static Value IsValue(Value x, Value y) => Value.FromBool(x.Is(y));

    public static Value IsNotValue(Value x, Value y) => Value.FromBool(!x.Is(y));

    public static bool Same(Value x, Value y) => x.Is(y);

    public static Value In(Value item, Value container) => Value.FromBool(Ops.Contains(container, item));

    public static Value NotIn(Value item, Value container) => Value.FromBool(!Ops.Contains(container, item));

    public static bool Contains(Value item, Value container) => Ops.Contains(container, item);

    public static Value GetIter(Value iterable) => Ops.GetIter(iterable);

    public static bool ForIter(Value iterator, out Value item) => ((PyIterator)iterator.Object).TryNext(out item);

    public static Value Call(Frame frame, Value callee, int first, int count) =>
        Interpreter.CallAt(frame.Vm, callee, frame.Stack, frame.Base + first, count);

    public static Value CallKw(Frame frame, Value callee, int first, int count, Value names) =>
        Ops.Call(callee, new ReadOnlySpan<Value>(frame.Stack, frame.Base + first, count), Interpreter.KeywordNames((PyTuple)names.Object));

    public static Value CallEx(Value callee, Value positional, Value keywords) => Interpreter.CallWithUnpacking(callee, positional, keywords);

    public static void LoadMethod(Value obj, string name, out Value method, out Value self)
    {
        if (Ops.GetMethod(obj, name, out method))
        {
            self = obj;
        }
        else
        {
            self = default;
        }
    }

    public static Value CallMethod(Frame frame, Value method, Value self, int first, int count) =>
        self.IsUnbound
            ? Interpreter.CallAt(frame.Vm, method, frame.Stack, frame.Base + first + 1, count)
            : Interpreter.CallAt(frame.Vm, method, frame.Stack, frame.Base + first, count + 1);

    public static Value BuildSlice(Frame frame, int first, int count) =>
        new PySlice(Load(frame, first), Load(frame, first + 1), count == 3 ? Load(frame, first + 2) : Value.None);

    public static Value BuildTuple(Frame frame, int first, int count) =>
        count == 0 ? PyTuple.Empty : new PyTuple(new ReadOnlySpan<Value>(frame.Stack, frame.Base + first, count).ToArray());

    public static Value BuildList(Frame frame, int first, int count) =>
        new PyList(new ReadOnlySpan<Value>(frame.Stack, frame.Base + first, count).ToArray());

    public static Value BuildSet(Frame frame, int first, int count)
    {
        var set = new PySet();
        for (int i = 0; i < count; i++)
        {
            set.Add(Load(frame, first + i));
        }

        return set;
    }

    public static Value BuildMap(Frame frame, int first, int count)
    {
        var dict = new PyDict(count);
        for (int i = 0; i < count; i++)
        {
            dict.Set(Load(frame, first + (2 * i)), Load(frame, first + (2 * i) + 1));
        }

        return dict;
    }

    public static Value BuildString(Frame frame, int first, int count) =>
        Interpreter.BuildString(new ReadOnlySpan<Value>(frame.Stack, frame.Base + first, count));

    public static void ListAppend(Value list, Value item) => ((PyList)list.Object).Append(item);

    public static void ListExtend(Value list, Value iterable, Value callee) => Interpreter.ListExtend((PyList)list.Object, iterable, callee);

    public static void SetAdd(Value set, Value item) => ((PySetBase)set.Object).Add(item);

    public static void SetUpdate(Value set, Value iterable) => ((PySetBase)set.Object).Update(iterable);

    public static void MapAdd(Value dict, Value key, Value value) => ((PyDict)dict.Object).Set(key, value);

    public static void DictUpdate(Value dict, Value mapping) => Interpreter.DictUpdate((PyDict)dict.Object, mapping);

    public static void DictMerge(Value dict, Value mapping, Value function) => Interpreter.DictMerge((PyDict)dict.Object, mapping, function);

    public static void UnpackSequence(Frame frame, Value value, int first, int count) =>
        Interpreter.UnpackSequence(value, frame.Stack.AsSpan(frame.Base + first, count));

    public static void UnpackEx(Frame frame, Value value, int first, int before, int after) =>
        Interpreter.UnpackEx(value, frame.Stack, frame.Base + first, before, after);

    public static CodeObject ToCode(Value constant) => (CodeObject)constant.Object;

    public static Value MakeFunction(Frame frame, CodeObject code, int extras) => Interpreter.MakeFunction(frame, code, frame.Stack, frame.Base + extras);

    public static Value ImportName(Frame frame, PyStr name, Value fromList, Value level) => Importer.ImportName(frame, name.Text, fromList, level);

    public static Value ImportFrom(Value module, PyStr name) => Importer.ImportFrom(module, name.Text);

    public static Value Intrinsic(Frame frame, int intrinsic, Value operand) => Interpreter.RunIntrinsic(frame, (Compiling.Intrinsic)intrinsic, operand);

    public static Value PushExcInfo(Frame frame, Value exception)
    {
        Value previous = frame.Vm.HandledException is PyBaseException handled ? handled : Value.None;
        frame.Vm.HandledException = (PyBaseException)exception.Object;
        return previous;
    }

    public static void PopExcInfo(Frame frame, Value saved) => frame.Vm.HandledException = saved.ObjectOrNull as PyBaseException;

    /// <summary>RAISE in compiled code: tier 0 takes over and unwinds from this instruction.</summary>
    public static Value Raise(Frame frame, int pc, int form, Value exception, Value cause)
    {
        if (form < 0)
        {
            return Interpreter.ResumeFromCompiledCode(frame, pc + 1, (PyBaseException)exception.Object, fresh: false);
        }

        (PyBaseException error, bool addTraceback) = Interpreter.PrepareRaise(frame.Vm, form, exception, cause);
        return Interpreter.ResumeFromCompiledCode(frame, pc + 1, error, addTraceback);
    }

    /// <summary>A guard failed at <paramref name="pc"/> (registers already written back): the deopt
    /// is recorded, the compiled code dropped as the policy says, and tier 0 runs the instruction.</summary>
    public static Value Deopt(Frame frame, JitClosure closure, int pc, int reason)
    {
        TierUp.Deoptimized(frame.Vm, closure, pc, (DeoptReason)reason);
        return Interpreter.ResumeFromCompiledCode(frame, pc, null, fresh: false);
    }

    /// <summary>An exception escaped a helper at <paramref name="pc"/>: tier 0 unwinds it, with the
    /// registers already written back.</summary>
    public static Value Resume(Frame frame, int pc, Exception error) =>
        Interpreter.ResumeFromCompiledCode(frame, pc + 1, error is PyException python ? python.Error : Interpreter.FromDotNetException(error), fresh: true);
}
