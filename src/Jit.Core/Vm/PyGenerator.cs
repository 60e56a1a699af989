using Jit.Compiling;
using Jit.Runtime;
using Jit.Runtime.Objects;

namespace Jit.Vm;

/// <summary>A generator (or coroutine): a suspended frame with its own registers. Resuming runs the
/// interpreter from the instruction after the YIELD; nothing else needs saving, since a register
/// machine has no value stack.</summary>
[PyClass("generator")]
[PyClass("coroutine")]
public sealed class PyGenerator : PyIterator
{
    private readonly Frame _frame;
    private bool _running;
    private bool _started;

    public PyGenerator(Frame frame)
        : base(frame.Code.HasFlag(CodeFlags.Coroutine) ? Coroutine : PyType.Generator)
    {
        _frame = frame;
        Name = frame.Function?.Name ?? frame.Code.Name;
        QualName = frame.Function?.QualName ?? frame.Code.QualName;
    }

    // Not an iterator: a coroutine is driven by await (or send), and iter() of one is a TypeError.
    public static PyType Coroutine { get; } = PyType.Builtin("coroutine", TypeFlags.Builtin | TypeFlags.Layout);

    public string Name { get; }

    public string QualName { get; }

    public bool IsCoroutine => ReferenceEquals(Type, Coroutine);

    public override bool IsIterable => !IsCoroutine;

    public override bool TryNext(out Value value) => Resume(Value.None, out value);

    /// <summary>Runs until the next yield (true, the yielded value) or the end (false, the return value).</summary>
    public bool Resume(Value sent, out Value value)
    {
        if (_frame.IsFinished)
        {
            if (IsCoroutine)
            {
                throw PyErr.RuntimeError("cannot reuse already awaited coroutine");
            }

            value = Value.None;
            return false;
        }

        if (!_started)
        {
            if (!sent.IsNone)
            {
                throw PyErr.TypeError($"can't send non-None value to a just-started {(IsCoroutine ? "coroutine" : "generator")}");
            }
        }
        else if (_frame.SuspendedAt >= 0 && _frame.PendingThrow is null)
        {
            Instruction suspended = _frame.Code.Instructions[_frame.SuspendedAt];
            _frame.Register(suspended.A) = sent;
        }

        return Run(out value);
    }

    /// <summary><c>throw()</c>: raises <paramref name="error"/> where the generator is suspended.</summary>
    public bool Throw(PyBaseException error, out Value value)
    {
        if (!_started || _frame.IsFinished)
        {
            _frame.IsFinished = true;
            throw error.Exception;
        }

        if (_frame.SuspendedAt >= 0 && _frame.Code.Instructions[_frame.SuspendedAt] is { Op: OpCode.YieldFrom } yieldFrom)
        {
            Value inner = _frame.Register(yieldFrom.B);
            try
            {
                if (ThrowIntoDelegate(inner, error, out value))
                {
                    return true;
                }

                // The inner iterator finished: its result is what the yield from evaluates to.
                _frame.Register(yieldFrom.A) = value;
                _frame.YieldFromFinished = true;
                return Run(out value);
            }
            catch (PyException raised)
            {
                // What the inner iterator raised (or the exception itself) is raised at the yield from.
                error = raised.Error;
            }
        }

        _frame.PendingThrow = error;
        return Run(out value);
    }

    /// <summary>throw() of a generator suspended in <c>yield from</c> goes to the inner iterator
    /// first (GeneratorExit closes it): true when it yields, false when it returns; what it raises
    /// propagates, and an inner iterator without throw() gets the exception raised at the yield from.</summary>
    private static bool ThrowIntoDelegate(Value inner, PyBaseException error, out Value value)
    {
        if (error.Type.IsSubtypeOf(PyExc.GeneratorExit))
        {
            if (inner.ObjectOrNull is PyGenerator closing)
            {
                closing.Close();
            }
            else if (Ops.TryGetAttr(inner, "close", out Value close))
            {
                Ops.Call(close, [], null);
            }

            throw error.Exception;
        }

        if (inner.ObjectOrNull is PyGenerator generator)
        {
            return generator.Throw(error, out value);
        }

        if (!Ops.TryGetAttr(inner, "throw", out Value throwMethod))
        {
            throw error.Exception;
        }

        try
        {
            value = Ops.Call(throwMethod, [error], null);
            return true;
        }
        catch (PyException stop) when (stop.Error.Type.IsSubtypeOf(PyExc.StopIteration))
        {
            value = stop.Error.Args.Items.Length > 0 ? stop.Error.Args.Items[0] : Value.None;
            return false;
        }
    }

    private bool Run(out Value value)
    {
        if (_running)
        {
            throw PyErr.ValueError(IsCoroutine ? "coroutine already executing" : "generator already executing");
        }

        _running = true;
        _started = true;
        try
        {
            value = Interpreter.Execute(_frame);
        }
        catch (PyException error) when (error.Error.Type.IsSubtypeOf(PyExc.StopIteration))
        {
            // PEP 479: a StopIteration escaping the body becomes a RuntimeError.
            _frame.IsFinished = true;
            PyException replacement = PyErr.RuntimeError(IsCoroutine ? "coroutine raised StopIteration" : "generator raised StopIteration");
            replacement.Error.Cause = error.Error;
            replacement.Error.Context = error.Error;
            replacement.Error.SuppressContext = true;
            throw replacement;
        }
        finally
        {
            _running = false;
        }

        return !_frame.IsFinished;
    }

    /// <summary><c>close()</c>: GeneratorExit at the suspension point; yielding again is an error.</summary>
    public void Close()
    {
        if (!_started || _frame.IsFinished)
        {
            _frame.IsFinished = true;
            return;
        }

        try
        {
            if (Throw(PyErr.New(PyExc.GeneratorExit).Error, out _))
            {
                throw PyErr.RuntimeError("generator ignored GeneratorExit");
            }
        }
        catch (PyException error) when (error.Error.Type.IsSubtypeOf(PyExc.GeneratorExit) || error.Error.Type.IsSubtypeOf(PyExc.StopIteration))
        {
        }
    }

    [PyGetter("__name__")]
    private static Value NameOf(Value self) => PyStr.From(((PyGenerator)self.Object)._frame.Code.Name);

    [PyGetter("__qualname__")]
    private static Value QualNameOf(Value self) => PyStr.From(((PyGenerator)self.Object).QualName);

    [PyGetter("gi_running")]
    private static Value Running(Value self) => Value.FromBool(((PyGenerator)self.Object)._running);

    [PyGetter("cr_running")]
    private static Value CoroutineRunning(Value self) => Value.FromBool(((PyGenerator)self.Object)._running);

    [PyGetter("gi_frame")]
    [PyGetter("cr_frame")]
    private static Value FrameOf(Value self) => ((PyGenerator)self.Object)._frame is { IsFinished: false } frame ? frame : Value.None;

    [PyGetter("gi_code")]
    [PyGetter("cr_code")]
    private static Value CodeOf(Value self) => ((PyGenerator)self.Object)._frame.Code;

    [PyMethod("send")]
    private static Value Send(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("send", args, kwnames, 2);
        var generator = (PyGenerator)args[0].Object;
        return generator.Resume(args[1], out Value value) ? value : throw StopWith(value);
    }

    [PyMethod("throw")]
    private static Value ThrowMethod(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        var generator = (PyGenerator)args[0].Object;
        if (args.Length < 2)
        {
            throw PyErr.TypeError("throw expected at least 1 argument, got 0");
        }

        Value thrown = args[1];
        PyBaseException error = thrown.ObjectOrNull switch
        {
            PyBaseException instance => instance,
            PyType type when type.IsSubtypeOf(PyExc.BaseException) => (PyBaseException)Ops.Call(type, args.Length > 2 && !args[2].IsNone ? [args[2]] : []).Object,
            _ => throw PyErr.TypeError($"exceptions must be classes or instances deriving from BaseException, not {Ops.TypeName(thrown)}"),
        };
        return generator.Throw(error, out Value value) ? value : throw StopWith(value);
    }

    [PyMethod("close")]
    private static Value CloseMethod(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ((PyGenerator)args[0].Object).Close();
        return Value.None;
    }

    private static PyException StopWith(Value value) => value.IsNone ? PyErr.StopIteration() : PyErr.StopIteration(value);

    public override string ToString() => $"<{(IsCoroutine ? "coroutine" : "generator")} object {QualName} at {Ops.IdString(this)}>";
}
