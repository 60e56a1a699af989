namespace Jit.Runtime.Objects;

/// <summary>Base of every heap Python object. The type pointer is a plain field so a type check is
/// one load and one compare, and <c>obj.__class__ = C</c> can reassign it.
/// <para>The virtual members are the few protocols that built-in classes implement in C# for speed
/// (calls, descriptors, attribute access); everything else (operators, repr, len, ...) is found in
/// the type's dictionary, so user subclasses override it the Python way.</para></summary>
public abstract class PyObject
{
    protected PyObject(PyType type)
    {
        Type = type;
    }

    public PyType Type { get; set; }

    /// <summary>The instance <c>__dict__</c>, or null when the object has none (yet). Instances of
    /// user classes (and of user subclasses of built-in types) create it on first attribute store.</summary>
    public PyDict? InstanceDict { get; set; }

    /// <summary>Vectorcall: positional arguments first, then the values of the keyword arguments named
    /// by <paramref name="kwnames"/>. The default looks <c>__call__</c> up on the type.</summary>
    public virtual Value Call(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        Value call = Type.LookupSpecial(SpecialMethod.Call);
        if (call.IsUnbound)
        {
            throw PyErr.TypeError($"'{Type.Name}' object is not callable");
        }

        return Ops.CallSpecial(call, this, args, kwnames);
    }

    /// <summary>True when the object defines <c>__set__</c> or <c>__delete__</c>: such a descriptor
    /// found on a type wins over the instance dictionary.</summary>
    public virtual bool IsDataDescriptor =>
        Type.IsHeapType && (!Type.LookupSpecial(SpecialMethod.Set).IsUnbound || !Type.LookupSpecial(SpecialMethod.Delete).IsUnbound);

    /// <summary>True for plain functions and method descriptors: <c>obj.name(...)</c> can then call
    /// them with obj as first argument without creating a bound method.</summary>
    public virtual bool IsMethodDescriptor => false;

    /// <summary><c>__get__</c>: <paramref name="instance"/> is <see cref="Value.Unbound"/> when the
    /// attribute is read through the class. The default returns the object itself unless its type
    /// (a user class) defines <c>__get__</c>.</summary>
    public virtual Value DescriptorGet(Value instance, PyType owner)
    {
        if (Type.IsHeapType)
        {
            Value get = Type.LookupSpecial(SpecialMethod.Get);
            if (!get.IsUnbound)
            {
                return Ops.CallSpecial(get, this, [instance.IsUnbound ? Value.None : instance, owner], null);
            }
        }

        return this;
    }

    /// <summary><c>__set__</c>; only called when <see cref="IsDataDescriptor"/>.</summary>
    public virtual void DescriptorSet(Value instance, Value value)
    {
        Value set = Type.LookupSpecial(SpecialMethod.Set);
        if (set.IsUnbound)
        {
            throw PyErr.AttributeError("__set__");
        }

        Ops.CallSpecial(set, this, [instance, value], null);
    }

    /// <summary><c>__delete__</c>; only called when <see cref="IsDataDescriptor"/>.</summary>
    public virtual void DescriptorDelete(Value instance)
    {
        Value delete = Type.LookupSpecial(SpecialMethod.Delete);
        if (delete.IsUnbound)
        {
            throw PyErr.AttributeError("__delete__");
        }

        Ops.CallSpecial(delete, this, [instance], null);
    }

    /// <summary>False when the class overrides <see cref="TryGetAttribute"/>: method-call fast paths
    /// (<see cref="Ops.GetMethod"/>) must then go through the full attribute lookup.</summary>
    public virtual bool HasGenericGetAttr => true;

    /// <summary>Attribute read without raising for a missing attribute (<c>object.__getattribute__</c>
    /// semantics by default; types, modules and super override it).</summary>
    public virtual bool TryGetAttribute(string name, out Value value) => Ops.GenericTryGetAttr(this, name, out value);

    /// <summary>The AttributeError raised when <see cref="TryGetAttribute"/> found nothing.</summary>
    public virtual PyException MissingAttribute(string name) => PyErr.NoAttribute(this, name);

    public virtual void SetAttribute(string name, Value value) => Ops.GenericSetAttr(this, name, value);

    public virtual void DeleteAttribute(string name) => Ops.GenericDelAttr(this, name);

    public override string ToString() => Ops.Repr(this);
}
