using Jit.Runtime;
using Jit.Runtime.Objects;

namespace Jit.Vm;

/// <summary>One entry of an exception's traceback: a frame and the instruction it was at. Entries
/// are prepended as the exception leaves each frame, so the chain runs from the outermost frame.</summary>
public sealed class PyTraceback : PyObject
{
    public PyTraceback(Frame frame, int pc, PyTraceback? next)
        : base(PyType.Traceback)
    {
        Frame = frame;
        Pc = pc;
        Next = next;
    }

    public Frame Frame { get; }

    public int Pc { get; }

    public PyTraceback? Next { get; }

    public int Line => Frame.Code.LineOf(Pc);

    public override bool HasGenericGetAttr => false;

    public override bool TryGetAttribute(string name, out Value value)
    {
        switch (name)
        {
            case "tb_frame":
                value = Frame;
                return true;
            case "tb_lineno":
                value = Value.FromInt(Line);
                return true;
            case "tb_lasti":
                value = Value.FromInt(Pc);
                return true;
            case "tb_next":
                value = Next is null ? Value.None : Next;
                return true;
        }

        return Ops.GenericTryGetAttr(this, name, out value);
    }
}
