namespace Jit.Runtime.Objects;

/// <summary>Marks a C# class whose static members below define methods of the built-in type with
/// this key: the type's name ("list"), or "module.name" for a type of a built-in module. Several
/// classes (and partial files) may contribute to one type; one class may serve several types.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class PyClassAttribute(string key) : Attribute
{
    public string Key { get; } = key;
}

/// <summary>A method: <c>static Value M(ReadOnlySpan&lt;Value&gt; args, string[]? kwnames)</c> with
/// <c>self</c> as <c>args[0]</c> (already checked to be an instance of the type). <c>__new__</c>
/// receives the class as <c>args[0]</c> instead.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class PyMethodAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}

/// <summary>A class method, same signature, with the class as <c>args[0]</c>.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class PyClassMethodAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}

/// <summary>A static method, same signature, without self.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class PyStaticMethodAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}

/// <summary>The getter of a data attribute: <c>static Value G(Value self)</c>.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class PyGetterAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}

/// <summary>The setter of a data attribute: <c>static void S(Value self, Value value)</c>, where
/// an unbound value means <c>del</c>. Without a setter the attribute is read-only.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PySetterAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}

/// <summary>Runs once after the marked methods are installed, to add anything else (constants,
/// <c>__hash__ = None</c>, aliases): <c>static void Init(PyType type, IDictionary&lt;string, Value&gt; members)</c>.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PyTypeInitAttribute : Attribute
{
}
