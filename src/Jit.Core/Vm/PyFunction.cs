using Jit.Compiling;
using Jit.Runtime;
using Jit.Runtime.Objects;

namespace Jit.Vm;

/// <summary>A Python function: code, globals, defaults and closure cells.</summary>
public sealed class PyFunction : PyObject
{
    public PyFunction(CodeObject code, PyDict globals)
        : base(PyType.Function)
    {
        Code = code;
        Globals = globals;
        Name = code.Name;
        QualName = code.QualName;
        Doc = code.Doc;
        Module = globals.TryGetValue("__name__", out Value module) ? module : Value.None;
    }

    public CodeObject Code { get; set; }

    public PyDict Globals { get; }

    /// <summary>Positional defaults, for the last parameters (empty when none).</summary>
    public Value[] Defaults { get; set; } = [];

    public PyDict? KeywordDefaults { get; set; }

    public PyCell[] Closure { get; set; } = [];

    public string Name { get; set; }

    public string QualName { get; set; }

    public Value Doc { get; set; }

    public Value Module { get; set; }

    public override bool IsMethodDescriptor => true;

    public override Value DescriptorGet(Value instance, PyType owner) =>
        instance.IsUnbound || instance.IsNone && !ReferenceEquals(owner, PyType.NoneType) ? this : new PyBoundMethod(this, instance);

    public override Value Call(ReadOnlySpan<Value> args, string[]? kwnames) => Interpreter.CallFunction(this, args, kwnames);

    public override bool HasGenericGetAttr => false;

    public override bool TryGetAttribute(string name, out Value value)
    {
        switch (name)
        {
            case "__name__":
                value = PyStr.From(Name);
                return true;
            case "__qualname__":
                value = PyStr.From(QualName);
                return true;
            case "__doc__":
                value = Doc;
                return true;
            case "__module__":
                value = Module;
                return true;
            case "__code__":
                value = Code;
                return true;
            case "__globals__":
                value = Globals;
                return true;
            case "__defaults__":
                value = Defaults.Length == 0 ? Value.None : new PyTuple(Defaults);
                return true;
            case "__kwdefaults__":
                value = KeywordDefaults is null ? Value.None : KeywordDefaults;
                return true;
            case "__closure__":
                value = Closure.Length == 0 ? Value.None : new PyTuple(Closure.Select(c => (Value)c).ToArray());
                return true;
            case "__dict__":
                value = InstanceDict ??= new PyDict();
                return true;
            case "__annotations__":
                if (InstanceDict is null || !InstanceDict.TryGetValue("__annotations__", out value))
                {
                    value = new PyDict();
                    (InstanceDict ??= new PyDict()).Set("__annotations__", value);
                }

                return true;
        }

        return Ops.GenericTryGetAttr(this, name, out value);
    }

    public override void SetAttribute(string name, Value value)
    {
        switch (name)
        {
            case "__name__":
                Name = value.ObjectOrNull is PyStr s ? s.Text : throw PyErr.TypeError("__name__ must be set to a string object");
                return;
            case "__qualname__":
                QualName = value.ObjectOrNull is PyStr q ? q.Text : throw PyErr.TypeError("__qualname__ must be set to a string object");
                return;
            case "__doc__":
                Doc = value;
                return;
            case "__module__":
                Module = value;
                return;
            case "__defaults__":
                Defaults = value.IsNone ? [] : value.ObjectOrNull is PyTuple t ? t.Items.ToArray() : throw PyErr.TypeError("__defaults__ must be set to a tuple object");
                return;
        }

        (InstanceDict ??= new PyDict()).Set(name, value);
    }

    public override string ToString() => $"<function {QualName} at {Ops.IdString(this)}>";
}
