using System.Runtime.CompilerServices;

namespace Jit.Runtime.Objects;

/// <summary>The vectorcall body of a built-in: positional arguments, then the values of the keyword
/// arguments named by <paramref name="kwnames"/> (null when there are none).</summary>
public delegate Value BuiltinBody(ReadOnlySpan<Value> args, string[]? kwnames);

/// <summary>Room to prepend <c>self</c> to a short argument list without allocating.</summary>
[InlineArray(8)]
internal struct ValueBuffer8
{
    private Value _element0;
}

/// <summary>
/// A function written in C#. Three flavours share this class:
/// <list type="bullet">
/// <item>a plain function (<c>len</c>; <c>builtin_function_or_method</c>), optionally bound to a
/// <see cref="Self"/> passed as first argument (<c>[].append</c>);</item>
/// <item>a method descriptor stored in a type's dictionary (<c>list.append</c>; a
/// <c>wrapper_descriptor</c> for dunder methods): it checks that <c>args[0]</c> is an instance of
/// <see cref="Owner"/> and binds to the instance when read through it;</item>
/// <item>a class-method descriptor (<c>dict.fromkeys</c>) that binds to the class.</item>
/// </list>
/// </summary>
public sealed class PyBuiltinFunction : PyObject
{
    private readonly bool _classMethod;

    public PyBuiltinFunction(string name, BuiltinBody body, string? module = null)
        : base(PyType.BuiltinFunction)
    {
        Name = name;
        Body = body;
        ModuleName = module;
    }

    private PyBuiltinFunction(PyType type, string name, BuiltinBody body, PyType? owner, bool classMethod)
        : base(type)
    {
        Name = name;
        Body = body;
        Owner = owner;
        _classMethod = classMethod;
    }

    public string Name { get; }

    public BuiltinBody Body { get; }

    /// <summary><c>__module__</c> of a module-level function.</summary>
    public string? ModuleName { get; }

    /// <summary>For a descriptor: the type whose dictionary holds it.</summary>
    public PyType? Owner { get; }

    /// <summary>The bound first argument (<c>__self__</c>), or unbound.</summary>
    public Value Self { get; init; }

    public override bool IsMethodDescriptor => Owner is not null && Self.IsUnbound && !_classMethod;

    /// <summary>A method descriptor for <paramref name="owner"/>'s dictionary.</summary>
    public static PyBuiltinFunction Method(string name, PyType owner, BuiltinBody body)
    {
        bool slot = name.Length > 4 && name.StartsWith("__", StringComparison.Ordinal) && name.EndsWith("__", StringComparison.Ordinal);
        return new(slot ? PyType.WrapperDescriptor : PyType.MethodDescriptor, name, body, owner, classMethod: false);
    }

    /// <summary>A class-method descriptor: called with the class as <c>args[0]</c>.</summary>
    public static PyBuiltinFunction ClassMethod(string name, PyType owner, BuiltinBody body) =>
        new(PyType.ClassMethodDescriptor, name, body, owner, classMethod: true);

    public override Value Call(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        if (!Self.IsUnbound)
        {
            return Ops.CallBodyWithSelf(Body, Self, args, kwnames);
        }

        if (Owner is not null)
        {
            CheckSelf(args);
        }

        return Body(args, kwnames);
    }

    public override Value DescriptorGet(Value instance, PyType owner)
    {
        if (Owner is null || !Self.IsUnbound)
        {
            return this;
        }

        if (_classMethod)
        {
            return Bind(owner, PyType.BuiltinFunction);
        }

        if (instance.IsUnbound)
        {
            return this;
        }

        CheckInstance(instance);
        return Bind(instance, Type == PyType.WrapperDescriptor ? PyType.MethodWrapper : PyType.BuiltinFunction);
    }

    public override string ToString()
    {
        if (Owner is null)
        {
            return Self.IsUnbound || Self.ObjectOrNull is PyModule
                ? $"<built-in function {Name}>"
                : Self.ObjectOrNull is PyType selfType
                    ? $"<built-in method {Name} of type object at {Ops.IdString(selfType)}>"
                    : $"<built-in method {Name} of {Self.Type.Name} object at {Ops.IdString(Self)}>";
        }

        if (Self.IsUnbound)
        {
            return Type == PyType.WrapperDescriptor
                ? $"<slot wrapper '{Name}' of '{Owner.Name}' objects>"
                : $"<method '{Name}' of '{Owner.Name}' objects>";
        }

        if (Type == PyType.MethodWrapper)
        {
            return $"<method-wrapper '{Name}' of {Self.Type.Name} object at {Ops.IdString(Self)}>";
        }

        return Self.ObjectOrNull is PyType t
            ? $"<built-in method {Name} of type object at {Ops.IdString(t)}>"
            : $"<built-in method {Name} of {Self.Type.Name} object at {Ops.IdString(Self)}>";
    }

    private PyBuiltinFunction Bind(Value self, PyType type) =>
        new(type, Name, Body, Owner, _classMethod) { Self = self };

    private void CheckSelf(ReadOnlySpan<Value> args)
    {
        if (args.Length == 0)
        {
            throw PyErr.TypeError(_classMethod
                ? $"descriptor '{Name}' of '{Owner!.Name}' object needs an argument"
                : $"unbound method {Owner!.Name}.{Name}() needs an argument");
        }

        if (_classMethod)
        {
            if (args[0].ObjectOrNull is not PyType cls || !cls.IsSubtypeOf(Owner!))
            {
                throw PyErr.TypeError($"descriptor '{Name}' for type '{Owner!.Name}' doesn't apply to type '{Ops.TypeName(args[0])}'");
            }

            return;
        }

        CheckInstance(args[0]);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void CheckInstance(Value instance)
    {
        PyType type = instance.Type;
        if (!ReferenceEquals(type, Owner) && !type.IsSubtypeOf(Owner!))
        {
            throw PyErr.TypeError($"descriptor '{Name}' for '{Owner!.Name}' objects doesn't apply to a '{type.Name}' object");
        }
    }
}
