using System.Reflection;
using System.Reflection.Emit;
using System.Text;

namespace Jit.Tier1;

/// <summary>Wraps ILGenerator and, for <c>--dump-il</c>, keeps an ildasm-like listing: the bytecode
/// pc each block comes from, labels, and which register each IL local holds.</summary>
internal sealed class IlWriter
{
    private readonly ILGenerator _il;
    private readonly StringBuilder? _listing;
    private readonly Dictionary<Label, string> _labelNames = [];

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
        _il.MarkLabel(label);
        _listing?.Append($"{_labelNames[label]}:\n");
    }

    public void Comment(string text) => _listing?.Append($"  // {text}\n");

    public void Emit(OpCode op)
    {
        _il.Emit(op);
        _listing?.Append($"    {op.Name}\n");
    }

    public void Emit(OpCode op, int value)
    {
        _il.Emit(op, value);
        _listing?.Append($"    {op.Name} {value}\n");
    }

    public void Emit(OpCode op, LocalBuilder local)
    {
        _il.Emit(op, local);
        _listing?.Append($"    {op.Name} V_{local.LocalIndex}\n");
    }

    public void Emit(OpCode op, Label label)
    {
        _il.Emit(op, label);
        _listing?.Append($"    {op.Name} {_labelNames[label]}\n");
    }

    public void Emit(OpCode op, FieldInfo field)
    {
        _il.Emit(op, field);
        _listing?.Append($"    {op.Name} {field.DeclaringType!.Name}::{field.Name}\n");
    }

    public void Emit(OpCode op, Type type)
    {
        _il.Emit(op, type);
        _listing?.Append($"    {op.Name} {type.Name}\n");
    }

    public void Emit(OpCode op, string text)
    {
        _il.Emit(op, text);
        _listing?.Append($"    {op.Name} \"{text}\"\n");
    }

    public void Switch(Label[] targets)
    {
        _il.Emit(OpCodes.Switch, targets);
        _listing?.Append($"    switch ({targets.Length} targets)\n");
    }

    public void Call(MethodInfo method)
    {
        _il.Emit(OpCodes.Call, method);
        _listing?.Append($"    call {method.DeclaringType!.Name}::{method.Name}\n");
    }

    public void BeginTry() => _il.BeginExceptionBlock();

    public void BeginCatch(Type type)
    {
        _il.BeginCatchBlock(type);
        _listing?.Append($"  catch {type.Name}\n");
    }

    public void EndTry() => _il.EndExceptionBlock();
}
