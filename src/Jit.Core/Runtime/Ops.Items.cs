using Jit.Runtime.Objects;

namespace Jit.Runtime;

/// <summary>Subscription: <c>obj[key]</c>, <c>obj[key] = v</c>, <c>del obj[key]</c>, and the
/// index helpers sequences share.</summary>
public static partial class Ops
{
    /// <summary><c>obj[key]</c>.</summary>
    public static Value GetItem(Value obj, Value key)
    {
        PyObject? o = obj.ObjectOrNull;
        if (o is not null && !o.Type.IsHeapType)
        {
            if (key.IsInt)
            {
                switch (o)
                {
                    case PyList list:
                        return list[NormalizeIndex(key.Int, list.Count, "list")];
                    case PyTuple tuple:
                        return tuple[NormalizeIndex(key.Int, tuple.Count, "tuple")];
                }
            }

            if (o is PyDict dict && ReferenceEquals(dict.Type, PyType.Dict))
            {
                return dict.TryGetValue(key, out Value value) ? value : throw PyErr.KeyError(key);
            }
        }

        Value method = obj.Type.LookupSpecial(SpecialMethod.GetItem);
        if (!method.IsUnbound)
        {
            return CallSpecial(method, obj, [key], null);
        }

        if (o is PyType type)
        {
            // type[int] is special-cased (type itself has no __class_getitem__, or every class would).
            if (ReferenceEquals(type, PyType.TypeType))
            {
                return PyGenericAlias.Create(type, key);
            }

            if (type.TryGetAttribute("__class_getitem__", out Value classGetItem))
            {
                return Call(classGetItem, key);
            }

            throw PyErr.TypeError($"type '{type.Name}' is not subscriptable");
        }

        throw PyErr.TypeError($"'{TypeName(obj)}' object is not subscriptable");
    }

    /// <summary><c>obj[key] = value</c>.</summary>
    public static void SetItem(Value obj, Value key, Value value)
    {
        PyObject? o = obj.ObjectOrNull;
        if (o is not null && !o.Type.IsHeapType)
        {
            if (o is PyList list && key.IsInt)
            {
                list[NormalizeIndex(key.Int, list.Count, "list assignment")] = value;
                return;
            }

            if (o is PyDict dict)
            {
                dict.Set(key, value);
                return;
            }
        }

        Value method = obj.Type.LookupSpecial(SpecialMethod.SetItem);
        if (method.IsUnbound)
        {
            throw PyErr.TypeError($"'{TypeName(obj)}' object does not support item assignment");
        }

        CallSpecial(method, obj, [key, value], null);
    }

    /// <summary><c>del obj[key]</c>.</summary>
    public static void DelItem(Value obj, Value key)
    {
        PyObject? o = obj.ObjectOrNull;
        if (o is not null && !o.Type.IsHeapType)
        {
            if (o is PyList list && key.IsInt)
            {
                list.RemoveAt(NormalizeIndex(key.Int, list.Count, "list assignment"));
                return;
            }

            if (o is PyDict dict)
            {
                if (!dict.Remove(key))
                {
                    throw PyErr.KeyError(key);
                }

                return;
            }
        }

        Value method = obj.Type.LookupSpecial(SpecialMethod.DelItem);
        if (method.IsUnbound)
        {
            throw PyErr.TypeError($"'{TypeName(obj)}' object doesn't support item deletion");
        }

        CallSpecial(method, obj, [key], null);
    }

    /// <summary>A Python index into a sequence of <paramref name="length"/> items: negative counts
    /// from the end; out of range raises IndexError "<paramref name="what"/> index out of range"
    /// (what: "list", "tuple", "string", "range object", "list assignment", ...).</summary>
    public static int NormalizeIndex(long index, int length, string what)
    {
        if (index < 0)
        {
            index += length;
        }

        if ((ulong)index >= (ulong)length)
        {
            throw PyErr.IndexError($"{what} index out of range");
        }

        return (int)index;
    }

    /// <summary>A subscript that must be an integer: its <c>__index__</c> as a long (IndexError
    /// "cannot fit 'int' into an index-sized integer" past 64 bits), or the TypeError
    /// "<paramref name="what"/> indices must be integers or slices, not X".</summary>
    public static long SubscriptIndex(Value key, string what)
    {
        if (key.IsInt)
        {
            return key.Int;
        }

        if (!HasIndex(key))
        {
            throw PyErr.TypeError($"{what} indices must be integers or slices, not {TypeName(key)}");
        }

        return AsSsize(key, PyExc.IndexError);
    }
}
