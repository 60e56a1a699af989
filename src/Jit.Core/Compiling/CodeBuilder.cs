using System.Diagnostics;
using Jit.Runtime;
using Jit.Runtime.Objects;

namespace Jit.Compiling;

/// <summary>A jump target: bound to an instruction index once, patched into the jumps emitted before.</summary>
internal sealed class Label
{
    public int Target { get; set; } = -1;

    public List<int> Patches { get; } = [];

    public bool IsBound => Target >= 0;
}

/// <summary>Accumulates one code object: instructions with their lines and exception handlers,
/// constants and names (deduplicated), and the registers (Lua's freereg discipline: temporaries are
/// allocated above the variables and freed in reverse order; the high-water mark is the register count).</summary>
internal sealed class CodeBuilder
{
    private readonly List<Instruction> _code = [];
    private readonly List<SourceSpan> _positions = [];
    private readonly List<(Label Handler, int Register)?> _handlers = [];
    private readonly List<Value> _constants = [];
    private readonly Dictionary<(Type, object), int> _constantIndex = [];
    private readonly List<PyStr> _names = [];
    private readonly Dictionary<string, int> _nameIndex = new(StringComparer.Ordinal);
    private readonly Stack<(Label Handler, int Register)> _handlerStack = new();
    private readonly List<string?> _registerNames = [];
    private int _nextRegister;

    public CodeBuilder(CodeObject code)
    {
        Code = code;
    }

    public CodeObject Code { get; }

    /// <summary>The source range of the node being compiled: every instruction emitted records it.</summary>
    public SourceSpan Position { get; set; }

    public int Line => Position.Line;

    public int Count => _code.Count;

    /// <summary>The first register above the variables: temporaries start here.</summary>
    public int FirstTemporary { get; private set; }

    public int MaxRegister { get; private set; }

    /// <summary>Reserves a register for a named variable; done before any temporary is allocated.</summary>
    public int AddVariable(string name)
    {
        Debug.Assert(_nextRegister == FirstTemporary, "variables come before temporaries");
        int register = _nextRegister++;
        FirstTemporary = _nextRegister;
        MaxRegister = Math.Max(MaxRegister, _nextRegister);
        _registerNames.Add(name);
        return register;
    }

    public int NextRegister => _nextRegister;

    public int AllocateRegister() => AllocateRegisters(1);

    /// <summary>Allocates <paramref name="count"/> consecutive registers and returns the first.</summary>
    public int AllocateRegisters(int count)
    {
        int first = _nextRegister;
        _nextRegister += count;
        if (_nextRegister > Instruction.MaxIndex)
        {
            throw new InvalidOperationException("too many registers in one code object");
        }

        MaxRegister = Math.Max(MaxRegister, _nextRegister);
        return first;
    }

    /// <summary>Frees every temporary from <paramref name="register"/> up (stack discipline).</summary>
    public void FreeRegistersFrom(int register)
    {
        Debug.Assert(register >= FirstTemporary && register <= _nextRegister, $"freeing r{register} with the top at r{_nextRegister}");
        _nextRegister = register;
    }

    public bool IsTemporary(int register) => register >= FirstTemporary;

    public int Emit(OpCode op, int a = 0, int b = 0, int c = 0)
    {
        _code.Add(new Instruction(op, a, b, c));
        _positions.Add(Position);
        _handlers.Add(_handlerStack.Count == 0 ? null : _handlerStack.Peek());
        return _code.Count - 1;
    }

    /// <summary>Emits a jump-format instruction (target in A) to <paramref name="label"/>.</summary>
    public void EmitJump(OpCode op, Label label, int b = 0, int c = 0)
    {
        Debug.Assert(OpCodes.Info(op).IsJump);
        if (label.IsBound)
        {
            Emit(op, label.Target, b, c);
        }
        else
        {
            label.Patches.Add(Emit(op, 0, b, c));
        }
    }

    /// <summary>The last position a label was bound to (a label at the end needs an instruction there).</summary>
    public int LastLabelTarget { get; private set; } = -1;

    public void Bind(Label label)
    {
        Debug.Assert(!label.IsBound);
        label.Target = _code.Count;
        LastLabelTarget = label.Target;
        foreach (int site in label.Patches)
        {
            _code[site] = _code[site].WithA(label.Target);
        }
    }

    /// <summary>Instructions emitted until the matching <see cref="PopHandler"/> send their exceptions
    /// to <paramref name="handler"/>, with the exception in <paramref name="register"/>.</summary>
    public void PushHandler(Label handler, int register) => _handlerStack.Push((handler, register));

    public void PopHandler() => _handlerStack.Pop();

    /// <summary>Temporarily leaves every handler region (for code that runs outside the protected
    /// ranges, such as a finally body copied to a return).</summary>
    public (Label, int)[] SuspendHandlers(int keep)
    {
        var removed = new List<(Label, int)>();
        while (_handlerStack.Count > keep)
        {
            removed.Add(_handlerStack.Pop());
        }

        return [.. removed];
    }

    public void ResumeHandlers((Label, int)[] removed)
    {
        for (int i = removed.Length - 1; i >= 0; i--)
        {
            _handlerStack.Push(removed[i]);
        }
    }

    public int HandlerDepth => _handlerStack.Count;

    /// <summary>Whether the next instruction can be reached: the last one falls through, or a jump
    /// targets this position.</summary>
    public bool IsReachable => _code.Count == 0 || OpCodes.Info(_code[^1].Op).FallsThrough || LastLabelTarget == _code.Count;

    public int Constant(Value value, object? key)
    {
        if (key is not null && _constantIndex.TryGetValue((key.GetType(), key), out int existing))
        {
            return existing;
        }

        _constants.Add(value);
        int index = _constants.Count - 1;
        if (index > Instruction.MaxIndex)
        {
            throw new InvalidOperationException("too many constants in one code object");
        }

        if (key is not null)
        {
            _constantIndex[(key.GetType(), key)] = index;
        }

        return index;
    }

    public int Name(string name)
    {
        if (!_nameIndex.TryGetValue(name, out int index))
        {
            index = _names.Count;
            _names.Add(PyStr.From(name));
            _nameIndex[name] = index;
        }

        return index;
    }

    /// <summary>Writes everything into the code object.</summary>
    public CodeObject Finish()
    {
        CodeObject code = Code;
        code.Instructions = [.. _code];
        code.Positions = [.. _positions];
        code.Constants = [.. _constants];
        code.Names = [.. _names];
        code.RegisterCount = Math.Max(MaxRegister, 1);
        var registerNames = new string?[code.RegisterCount];
        _registerNames.CopyTo(registerNames);
        code.RegisterNames = registerNames;
        code.ExceptionTable = BuildExceptionTable();
        return code;
    }

    // Runs of instructions with the same innermost handler become one entry each.
    private ExceptionEntry[] BuildExceptionTable()
    {
        var entries = new List<ExceptionEntry>();
        int start = 0;
        for (int pc = 1; pc <= _handlers.Count; pc++)
        {
            if (pc < _handlers.Count && Same(_handlers[pc], _handlers[start]))
            {
                continue;
            }

            if (_handlers[start] is (Label handler, int register))
            {
                Debug.Assert(handler.IsBound, "every handler label is bound");
                entries.Add(new ExceptionEntry(start, pc, handler.Target, register));
            }

            start = pc;
        }

        return [.. entries];
    }

    private static bool Same((Label, int)? a, (Label, int)? b) =>
        a is null ? b is null : b is not null && ReferenceEquals(a.Value.Item1, b.Value.Item1) && a.Value.Item2 == b.Value.Item2;
}
