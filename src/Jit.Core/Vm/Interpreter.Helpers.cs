using System.Runtime.CompilerServices;
using System.Text;
using Jit.Compiling;
using Jit.Runtime;
using Jit.Runtime.Formatting;
using Jit.Runtime.Objects;

namespace Jit.Vm;

/// <summary>The slow paths the interpreter's cases call (one helper per case, shared with tier 1).</summary>
public static partial class Interpreter
{
    private static readonly ConditionalWeakTable<PyTuple, string[]> s_keywordNames = [];

    internal static Value LoadGlobal(Frame frame, PyStr name)
    {
        if (frame.Globals.TryGetValue(name, out Value value) || frame.Vm.Builtins.TryGetValue(name, out value))
        {
            return value;
        }

        throw PyErr.NameError(name.Text);
    }

    internal static Value LoadName(Frame frame, PyStr name)
    {
        if (frame.Locals is PyDict mapping && !ReferenceEquals(mapping.Type, PyType.Dict))
        {
            // A namespace from __prepare__ that subclasses dict: its __getitem__ decides.
            try
            {
                return Ops.GetItem(mapping, name);
            }
            catch (PyException e) when (e.Error.Type.IsSubtypeOf(PyExc.KeyError))
            {
            }
        }
        else if (frame.Locals is PyDict locals && locals.TryGetValue(name, out Value found))
        {
            return found;
        }

        if (frame.Globals.TryGetValue(name, out Value value)
            || frame.Globals.TryGetValue(name, out value)
            || frame.Vm.Builtins.TryGetValue(name, out value))
        {
            return value;
        }

        throw PyErr.NameError(name.Text);
    }

    /// <summary>STORE_NAME: a class namespace that subclasses dict goes through its __setitem__.</summary>
    internal static void StoreName(Frame frame, PyStr name, Value value)
    {
        PyDict target = frame.Locals ?? frame.Globals;
        if (ReferenceEquals(target.Type, PyType.Dict))
        {
            target.Set(name, value);
        }
        else
        {
            Ops.SetItem(target, name, value);
        }
    }

    internal static void DeleteName(Frame frame, PyStr name)
    {
        PyDict target = frame.Locals ?? frame.Globals;
        if (!ReferenceEquals(target.Type, PyType.Dict))
        {
            try
            {
                Ops.DelItem(target, name);
                return;
            }
            catch (PyException e) when (e.Error.Type.IsSubtypeOf(PyExc.KeyError))
            {
                throw PyErr.NameError(name.Text);
            }
        }

        if (!target.TryRemove(name, out _))
        {
            throw PyErr.NameError(name.Text);
        }
    }

    internal static PyException UnboundCell(CodeObject code, int register)
    {
        string name = code.RegisterNames[register]!;
        return register >= code.FirstFreeRegister ? PyErr.UnboundFreeVariable(name) : PyErr.UnboundLocalError(name);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsTrue(Value value)
    {
        if (value.ObjectOrNull is PyBool b)
        {
            return ReferenceEquals(b, PyBool.TrueObject);
        }

        return value.IsInt ? value.Int != 0 : Ops.IsTrue(value);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool CompareBranch(CompareOp op, Value x, Value y, ref SiteFeedback site)
    {
        if (x.IsInt && y.IsInt)
        {
            return CompareInts(op, x.Int, y.Int);
        }

        TypeFeedback.Observe(ref site, x, y);
        return Ops.CompareBool(op, x, y);
    }

    /// <summary>A comparison as a value: ints give a bool at once, anything else goes to the runtime.</summary>
    internal static Value Compare(CompareOp op, Value x, Value y, ref SiteFeedback site)
    {
        if (x.IsInt && y.IsInt)
        {
            return Value.FromBool(CompareInts(op, x.Int, y.Int));
        }

        TypeFeedback.Observe(ref site, x, y);
        return Ops.Compare(op, x, y);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool CompareInts(CompareOp op, long a, long b) => op switch
    {
        CompareOp.Lt => a < b,
        CompareOp.Le => a <= b,
        CompareOp.Eq => a == b,
        CompareOp.Ne => a != b,
        CompareOp.Gt => a > b,
        _ => a >= b,
    };

    internal static string[] KeywordNames(PyTuple names) =>
        s_keywordNames.GetValue(names, static tuple => tuple.Items.Select(item => ((PyStr)item.Object).Text).ToArray());

    internal static Value CallWithUnpacking(Value callee, Value positional, Value keywords)
    {
        var args = (PyTuple)positional.Object;
        return Ops.CallWithArgsKwargs(callee, args.Items, keywords.ObjectOrNull as PyDict);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Value GetItem(Value container, Value key)
    {
        if (key.IsInt && container.ObjectOrNull is PyList list && ReferenceEquals(list.Type, PyType.List))
        {
            long index = key.Int;
            if (index < 0)
            {
                index += list.Count;
            }

            if ((ulong)index < (ulong)list.Count)
            {
                return list[(int)index];
            }
        }

        return Ops.GetItem(container, key);
    }

    internal static Value BuildString(ReadOnlySpan<Value> parts)
    {
        var text = new StringBuilder();
        foreach (Value part in parts)
        {
            text.Append(((PyStr)part.Object).Text);
        }

        return PyStr.From(text.ToString());
    }

    internal static Value FormatValue(Value value, int flags, Value spec)
    {
        switch (flags & 3)
        {
            case 1:
                value = PyStr.From(Ops.Str(value));
                break;
            case 2:
                value = PyStr.From(Ops.Repr(value));
                break;
            case 3:
                value = PyStr.From(PyRepr.AsciiEscape(Ops.Repr(value)));
                break;
        }

        string specText = spec.IsUnbound ? string.Empty : ((PyStr)spec.Object).Text;
        if (specText.Length == 0 && value.ObjectOrNull is PyStr str && ReferenceEquals(str.Type, PyType.Str))
        {
            return str;
        }

        return PyStr.From(Ops.Format(value, specText));
    }

    internal static void ListExtend(PyList list, Value iterable, Value callee)
    {
        if (iterable.ObjectOrNull is not PyObject o || !(o is PyList or PyTuple) && !Ops.TryGetAttr(iterable, "__iter__", out _) && o.Type.Lookup("__getitem__").IsUnbound)
        {
            throw PyErr.TypeError(callee.IsUnbound
                ? $"Value after * must be an iterable, not {Ops.TypeName(iterable)}"
                : $"{FunctionDescription(callee)} argument after * must be an iterable, not {Ops.TypeName(iterable)}");
        }

        list.Extend(iterable);
    }

    internal static void DictUpdate(PyDict dict, Value mapping)
    {
        if (!(mapping.ObjectOrNull is PyDict) && !Ops.TryGetAttr(mapping, "keys", out _))
        {
            throw PyErr.TypeError($"'{Ops.TypeName(mapping)}' object is not a mapping");
        }

        dict.Merge(mapping);
    }

    internal static void DictMerge(PyDict dict, Value mapping, Value function)
    {
        if (!(mapping.ObjectOrNull is PyDict) && !Ops.TryGetAttr(mapping, "keys", out _))
        {
            throw PyErr.TypeError($"{FunctionDescription(function)} argument after ** must be a mapping, not {Ops.TypeName(mapping)}");
        }

        var incoming = new PyDict();
        incoming.Merge(mapping);
        int position = 0;
        while (incoming.TryGetEntry(ref position, out Value key, out Value value))
        {
            if (key.ObjectOrNull is not PyStr name)
            {
                throw PyErr.TypeError("keywords must be strings");
            }

            if (dict.TryGetValue(key, out _))
            {
                throw PyErr.TypeError($"{FunctionDescription(function)} got multiple values for keyword argument '{name.Text}'");
            }

            dict.Set(key, value);
        }
    }

    // CPython's _PyObject_FunctionStr: "module.qualname()" unless the module is builtins.
    private static string FunctionDescription(Value function)
    {
        string qualName = Ops.TryGetAttr(function, "__qualname__", out Value q) && q.ObjectOrNull is PyStr qs ? qs.Text : Ops.TypeName(function);
        return Ops.TryGetAttr(function, "__module__", out Value m) && m.ObjectOrNull is PyStr module && module.Text != "builtins"
            ? $"{module.Text}.{qualName}()"
            : $"{qualName}()";
    }

    internal static void UnpackSequence(Value value, Span<Value> targets)
    {
        ReadOnlySpan<Value> items;
        if (value.ObjectOrNull is PyTuple tuple)
        {
            items = tuple.Items;
        }
        else if (value.ObjectOrNull is PyList list)
        {
            items = list.AsSpan();
        }
        else
        {
            UnpackIterable(value, targets);
            return;
        }

        if (items.Length != targets.Length)
        {
            throw items.Length < targets.Length
                ? PyErr.ValueError($"not enough values to unpack (expected {targets.Length}, got {items.Length})")
                : PyErr.ValueError($"too many values to unpack (expected {targets.Length})");
        }

        items.CopyTo(targets);
    }

    private static void UnpackIterable(Value value, Span<Value> targets)
    {
        PyIterator iterator = IterForUnpacking(value);
        var buffer = new Value[targets.Length];
        for (int i = 0; i < buffer.Length; i++)
        {
            if (!iterator.TryNext(out buffer[i]))
            {
                throw PyErr.ValueError($"not enough values to unpack (expected {targets.Length}, got {i})");
            }
        }

        if (iterator.TryNext(out _))
        {
            throw PyErr.ValueError($"too many values to unpack (expected {targets.Length})");
        }

        buffer.CopyTo(targets);
    }

    private static PyIterator IterForUnpacking(Value value)
    {
        try
        {
            return Ops.GetIter(value);
        }
        catch (PyException error) when (error.Error.Type == PyExc.TypeError && !value.Type.IsHeapType)
        {
            throw PyErr.TypeError($"cannot unpack non-iterable {Ops.TypeName(value)} object");
        }
    }

    internal static void UnpackEx(Value value, Value[] stack, int first, int before, int after)
    {
        var items = new List<Value>();
        PyIterator iterator = IterForUnpacking(value);
        while (iterator.TryNext(out Value item))
        {
            items.Add(item);
        }

        if (items.Count < before + after)
        {
            throw PyErr.ValueError($"not enough values to unpack (expected at least {before + after}, got {items.Count})");
        }

        for (int i = 0; i < before; i++)
        {
            stack[first + i] = items[i];
        }

        int middle = items.Count - before - after;
        stack[first + before] = new PyList(items.GetRange(before, middle).ToArray());
        for (int i = 0; i < after; i++)
        {
            stack[first + before + 1 + i] = items[before + middle + i];
        }
    }

    internal static Value MakeFunction(Frame frame, CodeObject code, Value[] stack, int extras)
    {
        var function = new PyFunction(code, frame.Globals);
        if (code.HasFlag(CodeFlags.HasDefaults))
        {
            function.Defaults = ((PyTuple)stack[extras++].Object).Items;
        }

        if (code.HasFlag(CodeFlags.HasKeywordDefaults))
        {
            function.KeywordDefaults = (PyDict)stack[extras++].Object;
        }

        if (code.HasFlag(CodeFlags.HasAnnotations))
        {
            (function.InstanceDict ??= new PyDict()).Set("__annotations__", stack[extras++]);
        }

        if (code.HasFlag(CodeFlags.HasClosure))
        {
            Value[] cells = ((PyTuple)stack[extras].Object).Items;
            var closure = new PyCell[cells.Length];
            for (int i = 0; i < cells.Length; i++)
            {
                closure[i] = (PyCell)cells[i].Object;
            }

            function.Closure = closure;
        }

        return function;
    }

    internal static Value RunIntrinsic(Frame frame, Intrinsic intrinsic, Value operand)
    {
        switch (intrinsic)
        {
            case Intrinsic.SetupAnnotations:
            {
                PyDict locals = frame.Locals ?? frame.Globals;
                if (!locals.TryGetValue("__annotations__", out _))
                {
                    locals.Set("__annotations__", new PyDict());
                }

                return Value.None;
            }

            case Intrinsic.ListToTuple:
                return new PyTuple(((PyList)operand.Object).AsSpan().ToArray());
            case Intrinsic.ImportStar:
                Importer.ImportStar(frame, operand);
                return Value.None;
            default:
                return GetAwaitable(operand);
        }
    }

    private static Value GetAwaitable(Value value)
    {
        if (value.ObjectOrNull is PyGenerator { IsCoroutine: true })
        {
            return value;
        }

        Value method = value.Type.Lookup("__await__");
        if (method.IsUnbound)
        {
            throw PyErr.TypeError($"object {Ops.TypeName(value)} can't be used in 'await' expression");
        }

        Value iterator = Ops.CallSpecial(method, value, [], null);
        if (iterator.ObjectOrNull is PyGenerator { IsCoroutine: true })
        {
            throw PyErr.TypeError("__await__() returned a coroutine");
        }

        if (iterator.Type.LookupSpecial(SpecialMethod.Next).IsUnbound)
        {
            throw PyErr.TypeError($"__await__() returned non-iterator of type '{Ops.TypeName(iterator)}'");
        }

        return Ops.GetIter(iterator);
    }

    /// <summary>RAISE: the exception to raise, and whether this frame adds a traceback entry.</summary>
    internal static (PyBaseException, bool) PrepareRaise(VmState vm, int form, Value exception, Value cause)
    {
        if (form == 0)
        {
            return (vm.HandledException ?? PyErr.RuntimeError("No active exception to reraise").Error, false);
        }

        PyBaseException error = Instantiate(exception, "exceptions must derive from BaseException");
        if (form == 2)
        {
            error.Cause = cause.IsNone ? Value.None : Instantiate(cause, "exception causes must derive from BaseException");
            error.SuppressContext = true;
        }

        SetContext(vm, error);
        return (error, true);
    }

    private static PyBaseException Instantiate(Value value, string message)
    {
        if (value.ObjectOrNull is PyBaseException instance)
        {
            return instance;
        }

        if (value.ObjectOrNull is PyType type && type.IsSubtypeOf(PyExc.BaseException))
        {
            Value created = Ops.Call(type, []);
            return created.ObjectOrNull as PyBaseException
                ?? throw PyErr.TypeError($"calling {Ops.Repr(type)} should have returned an instance of BaseException, not {Ops.TypeName(created)}");
        }

        throw PyErr.TypeError(message);
    }

    /// <summary>A fresh exception (no traceback yet) raised while another is handled gets it as
    /// its <c>__context__</c>, as CPython does at raise time.</summary>
    internal static void AttachContext(VmState vm, PyBaseException error)
    {
        if (error.Traceback.IsNone)
        {
            SetContext(vm, error);
        }
    }

    private static void SetContext(VmState vm, PyBaseException error)
    {
        PyBaseException? handled = vm.HandledException;
        if (handled is null || ReferenceEquals(handled, error))
        {
            return;
        }

        // Break a cycle, as CPython does, if error is already in handled's context chain.
        PyBaseException current = handled;
        while (current.Context.ObjectOrNull is PyBaseException next)
        {
            if (ReferenceEquals(next, error))
            {
                current.Context = Value.None;
                break;
            }

            current = next;
        }

        error.Context = handled;
    }

    internal static bool ExceptionMatches(Value exception, Value type)
    {
        if (type.ObjectOrNull is PyTuple tuple)
        {
            foreach (Value item in tuple.Items)
            {
                CheckCatchable(item);
            }

            foreach (Value item in tuple.Items)
            {
                if (exception.Type.IsSubtypeOf((PyType)item.Object))
                {
                    return true;
                }
            }

            return false;
        }

        CheckCatchable(type);
        return exception.Type.IsSubtypeOf((PyType)type.Object);
    }

    private static void CheckCatchable(Value type)
    {
        if (type.ObjectOrNull is not PyType t || !t.IsSubtypeOf(PyExc.BaseException))
        {
            throw PyErr.TypeError("catching classes that do not inherit from BaseException is not allowed");
        }
    }

    internal static void WithEnter(Value manager, out Value exit, out Value entered)
    {
        PyType type = manager.Type;
        Value enter = type.Lookup("__enter__");
        Value exitMethod = type.Lookup("__exit__");
        if (enter.IsUnbound || exitMethod.IsUnbound)
        {
            throw PyErr.TypeError(enter.IsUnbound
                ? $"'{type.Name}' object does not support the context manager protocol"
                : $"'{type.Name}' object does not support the context manager protocol (missed __exit__ method)");
        }

        exit = Ops.GetAttr(manager, "__exit__");
        entered = Ops.CallSpecial(enter, manager, [], null);
    }

    internal static Value WithExit(Value exit, Value exception)
    {
        if (exception.IsNone)
        {
            return Ops.Call(exit, Value.None, Value.None, Value.None);
        }

        var error = (PyBaseException)exception.Object;
        return Value.FromBool(Ops.IsTrue(Ops.Call(exit, error.Type, error, error.Traceback)));
    }

    /// <summary>YIELD_FROM: sends <paramref name="sent"/> to the sub-iterator; true when it yielded
    /// (<paramref name="result"/> is the yielded value), false when it finished (the return value).</summary>
    internal static bool YieldFrom(Value iterator, Value sent, out Value result)
    {
        if (iterator.ObjectOrNull is PyGenerator generator)
        {
            return generator.Resume(sent, out result);
        }

        if (sent.IsNone && iterator.ObjectOrNull is PyIterator plain)
        {
            if (plain.TryNext(out result))
            {
                return true;
            }

            result = Value.None;
            return false;
        }

        try
        {
            result = sent.IsNone ? Ops.CallMethod(iterator, "__next__") : Ops.CallMethod(iterator, "send", sent);
            return true;
        }
        catch (PyException stop) when (stop.Error.Type.IsSubtypeOf(PyExc.StopIteration))
        {
            result = stop.Error.Args.Items.Length > 0 ? stop.Error.Args.Items[0] : Value.None;
            return false;
        }
    }
}
