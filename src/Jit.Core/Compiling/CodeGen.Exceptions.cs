using Jit.Parsing.Ast;

using Attribute = Jit.Parsing.Ast.Attribute;
using Constant = Jit.Parsing.Ast.Constant;
using UnaryOp = Jit.Parsing.Ast.UnaryOp;

namespace Jit.Compiling;

internal sealed partial class CodeGen
{
    // What a break, continue or return must undo on its way out (CPython's frame blocks, resolved
    // at compile time: finally bodies are copied to each exit).
    private abstract record Unwind;

    private sealed record LoopUnwind(Label Break, Label Continue) : Unwind;

    /// <summary>Inside the try of a try/finally: leaving runs the finally body outside the handlers
    /// that were pushed after <see cref="HandlerDepth"/>.</summary>
    private sealed record FinallyUnwind(IReadOnlyList<Stmt> Body, int HandlerDepth) : Unwind;

    /// <summary>Inside an except handler (or a finally run for an exception): leaving restores the
    /// previously handled exception and unbinds the `as` name.</summary>
    private sealed record HandlerUnwind(int SavedRegister, string? Name) : Unwind;

    /// <summary>Inside a with body: leaving calls <c>__exit__(None, None, None)</c>.</summary>
    private sealed record WithUnwind(int ExitRegister, int HandlerDepth) : Unwind;

    private readonly List<Unwind> _unwinds = [];

    /// <summary>Emits the undo actions of every unwind entry above <paramref name="downTo"/>, innermost first.</summary>
    private void EmitUnwinds(int downTo)
    {
        for (int i = _unwinds.Count - 1; i >= downTo; i--)
        {
            switch (_unwinds[i])
            {
                case FinallyUnwind finallyUnwind:
                {
                    List<Unwind> saved = [.. _unwinds];
                    _unwinds.RemoveRange(i, _unwinds.Count - i);
                    var suspended = _b.SuspendHandlers(finallyUnwind.HandlerDepth);
                    var bound = new HashSet<string>(_bound);
                    Statements(finallyUnwind.Body);
                    _bound = bound;
                    _b.ResumeHandlers(suspended);
                    _unwinds.Clear();
                    _unwinds.AddRange(saved);
                    break;
                }

                case HandlerUnwind handler:
                    _b.Emit(OpCode.PopExcInfo, handler.SavedRegister);
                    if (handler.Name is not null)
                    {
                        ClearHandlerName(handler.Name);
                    }

                    break;
                case WithUnwind with:
                {
                    var suspended = _b.SuspendHandlers(with.HandlerDepth);
                    CallExitWithoutException(with.ExitRegister);
                    _b.ResumeHandlers(suspended);
                    break;
                }
            }
        }
    }

    private void TryStatement(Try statement)
    {
        if (statement.Finalbody.Count == 0)
        {
            TryExcept(statement);
            return;
        }

        var before = new HashSet<string>(_bound);
        Label handler = new();
        Label end = new();
        int exception = _b.AllocateRegister();
        _b.PushHandler(handler, exception);
        _unwinds.Add(new FinallyUnwind(statement.Finalbody, _b.HandlerDepth - 1));
        if (statement.Handlers.Count > 0)
        {
            TryExcept(statement);
        }
        else
        {
            Statements(statement.Body);
        }

        _unwinds.RemoveAt(_unwinds.Count - 1);
        _b.PopHandler();
        _bound = new HashSet<string>(before);
        Statements(statement.Finalbody);
        HashSet<string> afterFinally = _bound;
        if (_b.IsReachable)
        {
            _b.EmitJump(OpCode.Jump, end);
        }

        // The exceptional path: the finally body runs with the exception as the handled one.
        _bound = new HashSet<string>(before);
        (int saved, Label cleanup, int cleanupException) = EnterHandler(handler, exception);
        _unwinds.Add(new HandlerUnwind(saved, null));
        Statements(statement.Finalbody);
        _unwinds.RemoveAt(_unwinds.Count - 1);
        _b.PopHandler();
        _b.Emit(OpCode.PopExcInfo, saved);
        _b.Emit(OpCode.Reraise, exception);
        EmitCleanup(cleanup, saved, cleanupException);
        _b.Bind(end);
        _bound = afterFinally;
    }

    private void TryExcept(Try statement)
    {
        var before = new HashSet<string>(_bound);
        Label handler = new();
        Label end = new();
        int exception = _b.AllocateRegister();
        _b.PushHandler(handler, exception);
        Statements(statement.Body);
        _b.PopHandler();
        Statements(statement.Orelse);
        if (_b.IsReachable)
        {
            _b.EmitJump(OpCode.Jump, end);
        }

        _bound = new HashSet<string>(before);
        (int saved, Label cleanup, int cleanupException) = EnterHandler(handler, exception);
        for (int i = 0; i < statement.Handlers.Count; i++)
        {
            ExceptHandler except = statement.Handlers[i];
            SetLine(except);
            if (except.Type is null && i < statement.Handlers.Count - 1)
            {
                throw Error("default 'except:' must be last", except);
            }

            Label next = new();
            int mark = _b.NextRegister;
            if (except.Type is not null)
            {
                int type = ToRegister(except.Type);
                SetLine(except);
                _b.EmitJump(OpCode.JumpIfNotExcMatch, next, exception, type);
                _b.FreeRegistersFrom(mark);
            }

            if (except.Name is not null)
            {
                StoreVariable(except.Name, exception);
            }

            _unwinds.Add(new HandlerUnwind(saved, except.Name));
            Statements(except.Body);
            _unwinds.RemoveAt(_unwinds.Count - 1);
            if (_b.IsReachable)
            {
                _b.Emit(OpCode.PopExcInfo, saved);
                if (except.Name is not null)
                {
                    ClearHandlerName(except.Name);
                }

                _b.EmitJump(OpCode.Jump, end);
            }

            _b.Bind(next);
            _bound = new HashSet<string>(before);
        }

        _b.PopHandler();
        _b.Emit(OpCode.PopExcInfo, saved);
        _b.Emit(OpCode.Reraise, exception);
        EmitCleanup(cleanup, saved, cleanupException);
        _b.Bind(end);
        _bound = before;
    }

    /// <summary>The start of a handler: the exception becomes the handled one (the previous one is
    /// saved), and a cleanup region restores it if the handler itself raises.</summary>
    private (int Saved, Label Cleanup, int CleanupException) EnterHandler(Label handler, int exception)
    {
        _b.Bind(handler);
        int saved = _b.AllocateRegister();
        _b.Emit(OpCode.PushExcInfo, saved, exception);
        Label cleanup = new();
        int cleanupException = _b.AllocateRegister();
        _b.PushHandler(cleanup, cleanupException);
        return (saved, cleanup, cleanupException);
    }

    /// <summary>An exception escaping a handler: restore the previously handled exception, re-raise.</summary>
    private void EmitCleanup(Label cleanup, int saved, int exception)
    {
        _b.Bind(cleanup);
        _b.Emit(OpCode.PopExcInfo, saved);
        _b.Emit(OpCode.Reraise, exception);
    }

    // `except E as e:` unbinds e at the end of the handler (e = None; del e).
    private void ClearHandlerName(string name)
    {
        int none = _b.AllocateRegister();
        _b.Emit(OpCode.LoadConst, none, ConstantIndex(NoneConstant()));
        StoreVariable(name, none);
        DeleteVariable(name);
        _b.FreeRegistersFrom(none);
    }

    private void WithStatement(IReadOnlyList<WithItem> items, IReadOnlyList<Stmt> body, int index)
    {
        WithItem item = items[index];
        int exit = _b.AllocateRegisters(2);
        int manager = ToRegister(item.ContextExpr);
        SetLine(item.ContextExpr);
        _b.Emit(OpCode.WithEnter, exit, manager);
        _b.FreeRegistersFrom(exit + 2);
        if (item.OptionalVars is not null)
        {
            StoreTarget(item.OptionalVars, exit + 1);
        }

        var before = new HashSet<string>(_bound);
        Label handler = new();
        Label end = new();
        int exception = _b.AllocateRegister();
        _b.PushHandler(handler, exception);
        _unwinds.Add(new WithUnwind(exit, _b.HandlerDepth - 1));
        if (index + 1 < items.Count)
        {
            WithStatement(items, body, index + 1);
        }
        else
        {
            Statements(body);
        }

        _unwinds.RemoveAt(_unwinds.Count - 1);
        _b.PopHandler();
        HashSet<string> afterBody = _bound;
        SetLine(item.ContextExpr);
        if (_b.IsReachable)
        {
            CallExitWithoutException(exit);
            _b.EmitJump(OpCode.Jump, end);
        }

        _bound = new HashSet<string>(before);
        (int saved, Label cleanup, int cleanupException) = EnterHandler(handler, exception);
        int result = _b.AllocateRegister();
        _b.Emit(OpCode.WithExit, result, exit, exception);
        Label suppress = new();
        _b.EmitJump(OpCode.JumpIfTrue, suppress, result);
        _b.PopHandler();
        _b.Emit(OpCode.PopExcInfo, saved);
        _b.Emit(OpCode.Reraise, exception);
        _b.Bind(suppress);
        _b.Emit(OpCode.PopExcInfo, saved);
        _b.EmitJump(OpCode.Jump, end);
        EmitCleanup(cleanup, saved, cleanupException);
        _b.Bind(end);
        _bound = before;
        _bound.IntersectWith(afterBody);
    }

    // WITH_EXIT with None in the exception register calls __exit__(None, None, None).
    private void CallExitWithoutException(int exit)
    {
        int none = _b.AllocateRegister();
        _b.Emit(OpCode.LoadConst, none, ConstantIndex(NoneConstant()));
        _b.Emit(OpCode.WithExit, none, exit, none);
        _b.FreeRegistersFrom(none);
    }
}
