using Jit.Runtime.Objects;

namespace Jit.Runtime;

/// <summary>Attribute access with CPython's descriptor rules.</summary>
public static partial class Ops
{
    /// <summary><c>obj.name</c>.</summary>
    public static Value GetAttr(Value obj, string name)
    {
        if (TryGetAttrCore(obj, name, out Value value))
        {
            return value;
        }

        throw obj.ObjectOrNull is PyObject o ? o.MissingAttribute(name) : PyErr.NoAttribute(obj, name);
    }

    /// <summary><c>getattr(obj, name, default)</c>: false when the attribute is missing, including
    /// when a property or <c>__getattr__</c> raises AttributeError.</summary>
    public static bool TryGetAttr(Value obj, string name, out Value value)
    {
        try
        {
            return TryGetAttrCore(obj, name, out value);
        }
        catch (PyException e) when (e.Error.Type.IsSubtypeOf(PyExc.AttributeError))
        {
            value = default;
            return false;
        }
    }

    public static bool HasAttr(Value obj, string name) => TryGetAttr(obj, name, out _);

    /// <summary><c>obj.name = value</c>.</summary>
    public static void SetAttr(Value obj, string name, Value value)
    {
        if (obj.ObjectOrNull is not PyObject o)
        {
            GenericSetAttr(obj, name, value);
            return;
        }

        if (o.Type.IsHeapType)
        {
            Value setattr = o.Type.LookupSpecial(SpecialMethod.SetAttr);
            if (!setattr.Is(ObjectSlots.SetAttr) && !setattr.Is(ObjectSlots.TypeSetAttr) && !setattr.IsUnbound)
            {
                CallSpecial(setattr, obj, [PyStr.From(name), value], null);
                return;
            }
        }

        o.SetAttribute(name, value);
    }

    /// <summary><c>del obj.name</c>.</summary>
    public static void DelAttr(Value obj, string name)
    {
        if (obj.ObjectOrNull is not PyObject o)
        {
            GenericDelAttr(obj, name);
            return;
        }

        if (o.Type.IsHeapType)
        {
            Value delattr = o.Type.LookupSpecial(SpecialMethod.DelAttr);
            if (!delattr.Is(ObjectSlots.DelAttr) && !delattr.Is(ObjectSlots.TypeDelAttr) && !delattr.IsUnbound)
            {
                CallSpecial(delattr, obj, [PyStr.From(name)], null);
                return;
            }
        }

        o.DeleteAttribute(name);
    }

    /// <summary>
    /// Looks up a method for <c>obj.name(...)</c> the way CPython's LOAD_METHOD does: when the type
    /// holds a function or method descriptor under <paramref name="name"/> (and the instance dict
    /// does not shadow it), returns true and the unbound <paramref name="method"/>, to be called
    /// with obj as first argument; otherwise returns false and the attribute's value.
    /// </summary>
    public static bool GetMethod(Value obj, string name, out Value method)
    {
        PyObject? o = obj.ObjectOrNull;
        PyType type = obj.Type;
        if ((o is null || o.HasGenericGetAttr) &&
            !(type.IsHeapType && !type.LookupSpecial(SpecialMethod.GetAttribute).Is(ObjectSlots.GetAttribute)))
        {
            Value descriptor = type.Lookup(name);
            if (descriptor.ObjectOrNull is PyObject d && d.IsMethodDescriptor)
            {
                if (o?.InstanceDict is PyDict dict && dict.TryGetValue(name, out Value shadow))
                {
                    method = shadow;
                    return false;
                }

                method = descriptor;
                return true;
            }
        }

        method = GetAttr(obj, name);
        return false;
    }

    /// <summary><c>object.__getattribute__</c> without the final AttributeError: data descriptors
    /// of the type, then the instance dict, then other class attributes (non-data descriptors are
    /// bound). <c>__getattr__</c> is the caller's business.</summary>
    public static bool GenericTryGetAttr(Value obj, string name, out Value value)
    {
        PyType type = obj.Type;
        Value descriptor = type.Lookup(name);
        PyObject? d = descriptor.ObjectOrNull;
        if (d is not null && d.IsDataDescriptor)
        {
            value = d.DescriptorGet(obj, type);
            return true;
        }

        if (obj.ObjectOrNull?.InstanceDict is PyDict dict && dict.TryGetValue(name, out value))
        {
            return true;
        }

        if (!descriptor.IsUnbound)
        {
            value = d is null ? descriptor : d.DescriptorGet(obj, type);
            return true;
        }

        value = default;
        return false;
    }

    /// <summary><c>object.__setattr__</c>: a data descriptor of the type, else the instance dict
    /// (created on demand for instances of user classes).</summary>
    public static void GenericSetAttr(Value obj, string name, Value value)
    {
        PyType type = obj.Type;
        Value descriptor = type.Lookup(name);
        if (descriptor.ObjectOrNull is PyObject d && d.IsDataDescriptor)
        {
            d.DescriptorSet(obj, value);
            return;
        }

        PyDict dict = InstanceDict(obj, name, creating: true);
        dict.Set(name, value);
    }

    /// <summary><c>object.__delattr__</c>.</summary>
    public static void GenericDelAttr(Value obj, string name)
    {
        PyType type = obj.Type;
        Value descriptor = type.Lookup(name);
        if (descriptor.ObjectOrNull is PyObject d && d.IsDataDescriptor)
        {
            d.DescriptorDelete(obj);
            return;
        }

        PyDict dict = InstanceDict(obj, name, creating: false);
        if (!dict.Remove(name))
        {
            throw PyErr.NoAttribute(obj, name);
        }
    }

    private static PyDict InstanceDict(Value obj, string name, bool creating)
    {
        PyObject? o = obj.ObjectOrNull;
        if (o is not null && (o is PyType || !o.Type.IsHeapType || o.Type.InstancesHaveDict))
        {
            if (o.InstanceDict is PyDict dict)
            {
                return dict;
            }

            if ((o.Type.IsHeapType || o is PyBaseException) && o is not PyType)
            {
                if (!creating)
                {
                    throw PyErr.NoAttribute(obj, name);
                }

                return o.InstanceDict = new PyDict();
            }
        }

        throw obj.Type.Lookup(name).IsUnbound
            ? PyErr.NoAttribute(obj, name)
            : PyErr.AttributeError($"'{TypeName(obj)}' object attribute '{name}' is read-only", o, name);
    }

    /// <summary>Attribute read that returns false for a plain miss and lets exceptions raised by
    /// Python code (properties, <c>__getattribute__</c>, <c>__getattr__</c>) propagate, except that
    /// an AttributeError before <c>__getattr__</c> falls back to it, as CPython's slot does.</summary>
    private static bool TryGetAttrCore(Value obj, string name, out Value value)
    {
        PyObject? o = obj.ObjectOrNull;
        if (o is null)
        {
            return GenericTryGetAttr(obj, name, out value);
        }

        PyType type = o.Type;
        if (!type.IsHeapType)
        {
            return o.TryGetAttribute(name, out value);
        }

        Value getattribute = type.LookupSpecial(SpecialMethod.GetAttribute);
        Value hook = type.LookupSpecial(SpecialMethod.GetAttr);
        bool custom = !getattribute.Is(ObjectSlots.GetAttribute) && !getattribute.Is(ObjectSlots.TypeGetAttribute);
        if (hook.IsUnbound)
        {
            if (custom)
            {
                value = CallSpecial(getattribute, obj, [PyStr.From(name)], null);
                return true;
            }

            return o.TryGetAttribute(name, out value);
        }

        try
        {
            if (custom)
            {
                value = CallSpecial(getattribute, obj, [PyStr.From(name)], null);
                return true;
            }

            if (o.TryGetAttribute(name, out value))
            {
                return true;
            }
        }
        catch (PyException e) when (e.Error.Type.IsSubtypeOf(PyExc.AttributeError))
        {
        }

        value = CallSpecial(hook, obj, [PyStr.From(name)], null);
        return true;
    }
}
