using Jit.Compiling;
using Jit.Runtime;
using Jit.Runtime.Objects;

namespace Jit.Vm;

/// <summary>One activation of a code object: its register window, globals, and where it is.</summary>
public sealed class Frame : PyObject
{
    public Frame(VmState vm, CodeObject code, PyFunction? function, PyDict globals, Value[] stack, int @base)
        : base(PyType.Frame)
    {
        Vm = vm;
        Code = code;
        Function = function;
        Globals = globals;
        Stack = stack;
        Base = @base;
    }

    public VmState Vm { get; }

    public CodeObject Code { get; }

    public PyFunction? Function { get; }

    public PyDict Globals { get; }

    /// <summary>The namespace of module and class bodies (LOAD_NAME); null in functions.</summary>
    public PyDict? Locals { get; set; }

    public Value[] Stack { get; }

    public int Base { get; }

    /// <summary>The next instruction to execute (saved when the frame suspends or calls out).</summary>
    public int Pc { get; set; }

    public Frame? Back { get; set; }

    /// <summary>Generators: the instruction that suspended the frame (YIELD or YIELD_FROM), or -1.</summary>
    public int SuspendedAt { get; set; } = -1;

    /// <summary>Generators: an exception to raise at <see cref="SuspendedAt"/> when resumed (throw()).</summary>
    public PyBaseException? PendingThrow { get; set; }

    /// <summary>Generators: the iterator of the <c>yield from</c> at <see cref="SuspendedAt"/> has
    /// finished (after a throw() it handled), and its result is already in the target register.</summary>
    public bool YieldFromFinished { get; set; }

    /// <summary>Generators: the frame has returned or raised.</summary>
    public bool IsFinished { get; set; }

    public int Line => Code.LineOf(SuspendedAt >= 0 ? SuspendedAt : Math.Max(Pc - 1, 0));

    public ref Value Register(int index) => ref Stack[Base + index];

    /// <summary>A snapshot of the local variables (for <c>locals()</c> in a function).</summary>
    public PyDict LocalsSnapshot()
    {
        if (Locals is not null)
        {
            return Locals;
        }

        var dict = new PyDict();
        string?[] names = Code.RegisterNames;
        for (int i = 0; i < names.Length; i++)
        {
            if (names[i] is not string name)
            {
                continue;
            }

            Value value = Register(i);
            if (value.ObjectOrNull is PyCell cell && Code.IsCellRegister(i))
            {
                value = cell.Contents;
            }

            if (!value.IsUnbound)
            {
                dict.Set(name, value);
            }
        }

        return dict;
    }

    public override bool HasGenericGetAttr => false;

    public override bool TryGetAttribute(string name, out Value value)
    {
        switch (name)
        {
            case "f_globals":
                value = Globals;
                return true;
            case "f_locals":
                value = LocalsSnapshot();
                return true;
            case "f_lineno":
                value = Value.FromInt(Line);
                return true;
            case "f_code":
                value = Code;
                return true;
            case "f_back":
                value = Back is null ? Value.None : Back;
                return true;
        }

        return Ops.GenericTryGetAttr(this, name, out value);
    }

    public override string ToString() => $"<frame at {Ops.IdString(this)}, file '{Code.FileName}', line {Line}, code {Code.Name}>";
}
