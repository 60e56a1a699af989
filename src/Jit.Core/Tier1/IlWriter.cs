using System.Reflection;
using System.Reflection.Emit;
using System.Text;

namespace Jit.Tier1;

/// <summary>Wraps ILGenerator and, for <c>--dump-il</c>, keeps an ildasm-like listing: the bytecode
/// pc each block comes from, labels, and which register each IL local holds. It also tracks the
/// evaluation stack depth as it emits and fails at once on an underflow or on a label reached with
/// two different depths (ILVerify is not available here; this catches the usual emitter bugs at
/// compile time instead of as an InvalidProgramException at the first call).</summary>
internal sealed class IlWriter
{
    private readonly ILGenerator _il;
    private readonly StringBuilder? _listing;
    private readonly Dictionary<Label, string> _labelNames = [];
    private readonly Dictionary<Label, int> _labelDepths = [];
    private int _depth;
    private bool _reachable = true;

    public IlWriter(ILGenerator il, bool keepListing)
    {
        _il = il;
        _listing = keepListing ? new StringBuilder() : null;
    }

    public string Listing => _listing?.ToString() ?? string.Empty;

    public LocalBuilder Local(Type type, string description)
    {
        LocalBuilder local = _il.DeclareLocal(type);
        _listing?.Append($"  .local V_{local.LocalIndex} {type.Name} // {description}\n");
        return local;
    }

    public Label DefineLabel(string name)
    {
        Label label = _il.DefineLabel();
        _labelNames[label] = name;
        return label;
    }

    public void Mark(Label label)
    {
        if (_labelDepths.TryGetValue(label, out int expected))
        {
            if (_reachable && expected != _depth)
            {
                throw new InvalidOperationException($"IL stack depth {_depth} at {_labelNames[label]}, but branches arrive with {expected}");
            }

            _depth = expected;
        }
        else if (_reachable)
        {
            _labelDepths[label] = _depth;
        }
        else
        {
            _depth = 0;
        }

        _reachable = true;
        _il.MarkLabel(label);
        _listing?.Append($"{_labelNames[label]}:\n");
    }

    public void Comment(string text) => _listing?.Append($"  // {text}\n");

    public void Emit(OpCode op)
    {
        Track(op);
        _il.Emit(op);
        _listing?.Append($"    {op.Name}\n");
    }

    public void Emit(OpCode op, int value)
    {
        Track(op);
        _il.Emit(op, value);
        _listing?.Append($"    {op.Name} {value}\n");
    }

    public void Emit(OpCode op, long value)
    {
        Track(op);
        _il.Emit(op, value);
        _listing?.Append($"    {op.Name} {value}\n");
    }

    public void Emit(OpCode op, double value)
    {
        Track(op);
        _il.Emit(op, value);
        _listing?.Append($"    {op.Name} {value:R}\n");
    }

    public void Emit(OpCode op, LocalBuilder local)
    {
        Track(op);
        _il.Emit(op, local);
        _listing?.Append($"    {op.Name} V_{local.LocalIndex}\n");
    }

    public void Emit(OpCode op, Label label)
    {
        Track(op);
        Branch(label);
        if (op == OpCodes.Br || op == OpCodes.Leave)
        {
            _reachable = false;
        }

        _il.Emit(op, label);
        _listing?.Append($"    {op.Name} {_labelNames[label]}\n");
    }

    public void Emit(OpCode op, FieldInfo field)
    {
        Track(op);
        _il.Emit(op, field);
        _listing?.Append($"    {op.Name} {field.DeclaringType!.Name}::{field.Name}\n");
    }

    public void Emit(OpCode op, Type type)
    {
        Track(op);
        _il.Emit(op, type);
        _listing?.Append($"    {op.Name} {type.Name}\n");
    }

    public void Emit(OpCode op, string text)
    {
        Track(op);
        _il.Emit(op, text);
        _listing?.Append($"    {op.Name} \"{text}\"\n");
    }

    public void Switch(Label[] targets)
    {
        Pop(1);
        foreach (Label target in targets)
        {
            Branch(target);
        }

        _il.Emit(OpCodes.Switch, targets);
        _listing?.Append($"    switch ({targets.Length} targets)\n");
    }

    public void Call(MethodInfo method)
    {
        Pop(method.GetParameters().Length + (method.IsStatic ? 0 : 1));
        if (method.ReturnType != typeof(void))
        {
            _depth++;
        }

        _il.Emit(OpCodes.Call, method);
        _listing?.Append($"    call {method.DeclaringType!.Name}::{method.Name}\n");
    }

    public void BeginTry()
    {
        RequireEmptyStack("try");
        _il.BeginExceptionBlock();
    }

    public void BeginCatch(Type type)
    {
        // The catch block starts with the exception on the stack.
        _depth = 1;
        _reachable = true;
        _il.BeginCatchBlock(type);
        _listing?.Append($"  catch {type.Name}\n");
    }

    public void EndTry()
    {
        RequireEmptyStack("the end of a try block");
        _il.EndExceptionBlock();
    }

    /// <summary>The depth a branch carries to its target must match every other way in.</summary>
    private void Branch(Label label)
    {
        if (_labelDepths.TryGetValue(label, out int expected))
        {
            if (expected != _depth)
            {
                throw new InvalidOperationException($"IL stack depth {_depth} branching to {_labelNames[label]}, which expects {expected}");
            }
        }
        else
        {
            _labelDepths[label] = _depth;
        }
    }

    private void RequireEmptyStack(string where)
    {
        if (_reachable && _depth != 0)
        {
            throw new InvalidOperationException($"IL stack depth {_depth} at {where}; it must be empty");
        }
    }

    private void Pop(int count)
    {
        if (_depth < count)
        {
            throw new InvalidOperationException($"IL stack underflow: {count} needed, {_depth} on the stack");
        }

        _depth -= count;
    }

    private void Track(OpCode op)
    {
        Pop(Count(op.StackBehaviourPop));
        _depth += Count(op.StackBehaviourPush);
        if (op == OpCodes.Ret || op == OpCodes.Throw)
        {
            _reachable = false;
            _depth = 0;
        }
    }

    private static int Count(StackBehaviour behaviour) => behaviour switch
    {
        StackBehaviour.Pop0 or StackBehaviour.Push0 => 0,
        StackBehaviour.Pop1 or StackBehaviour.Popi or StackBehaviour.Popref or StackBehaviour.Push1 or StackBehaviour.Pushi
            or StackBehaviour.Pushi8 or StackBehaviour.Pushr4 or StackBehaviour.Pushr8 or StackBehaviour.Pushref => 1,
        StackBehaviour.Pop1_pop1 or StackBehaviour.Popi_pop1 or StackBehaviour.Popi_popi or StackBehaviour.Popi_popi8
            or StackBehaviour.Popi_popr4 or StackBehaviour.Popi_popr8 or StackBehaviour.Popref_pop1 or StackBehaviour.Popref_popi
            or StackBehaviour.Push1_push1 => 2,
        StackBehaviour.Popi_popi_popi or StackBehaviour.Popref_popi_popi or StackBehaviour.Popref_popi_popi8
            or StackBehaviour.Popref_popi_popr4 or StackBehaviour.Popref_popi_popr8 or StackBehaviour.Popref_popi_popref
            or StackBehaviour.Popref_popi_pop1 => 3,
        StackBehaviour.Varpop or StackBehaviour.Varpush => 0,
        _ => 0,
    };
}
