using Jit.Runtime.Objects;

namespace Jit.Runtime;

/// <summary>Iteration and membership.</summary>
public static partial class Ops
{
    /// <summary>An iterator to drive a loop over <paramref name="iterable"/>: built-in iterators
    /// directly, Python iterators through <see cref="PyUserIterator"/>.</summary>
    public static PyIterator GetIter(Value iterable)
    {
        if (iterable.ObjectOrNull is PyIterator it && !it.Type.IsHeapType && it.IsIterable)
        {
            return it;
        }

        Value iterator = GetIterObject(iterable);
        if (iterator.ObjectOrNull is PyIterator builtin && !builtin.Type.IsHeapType)
        {
            return builtin;
        }

        return new PyUserIterator(iterator, iterator.Type.LookupSpecial(SpecialMethod.Next));
    }

    /// <summary><c>iter(obj)</c>: the object <c>__iter__</c> returns (checked to be an iterator),
    /// or a sequence iterator over <c>__getitem__</c>.</summary>
    public static Value GetIterObject(Value iterable)
    {
        PyType type = iterable.Type;
        Value method = type.LookupSpecial(SpecialMethod.Iter);
        if (method.IsNone)
        {
            throw PyErr.TypeError($"'{type.Name}' object is not iterable");
        }

        if (method.IsUnbound)
        {
            if (!type.LookupSpecial(SpecialMethod.GetItem).IsUnbound)
            {
                return new PySequenceIterator(iterable);
            }

            throw PyErr.TypeError($"'{type.Name}' object is not iterable");
        }

        Value iterator = CallSpecial(method, iterable, default, null);
        if (iterator.Type.LookupSpecial(SpecialMethod.Next).IsUnbound)
        {
            throw PyErr.TypeError($"iter() returned non-iterator of type '{TypeName(iterator)}'");
        }

        return iterator;
    }

    /// <summary><c>next(iterator)</c> without an exception at the end.</summary>
    public static bool TryNext(Value iterator, out Value value)
    {
        if (iterator.ObjectOrNull is PyIterator it && !it.Type.IsHeapType)
        {
            return it.TryNext(out value);
        }

        Value next = iterator.Type.LookupSpecial(SpecialMethod.Next);
        if (next.IsUnbound)
        {
            throw PyErr.TypeError($"'{TypeName(iterator)}' object is not an iterator");
        }

        try
        {
            value = CallSpecial(next, iterator, default, null);
            return true;
        }
        catch (PyException e) when (e.Error.Type.IsSubtypeOf(PyExc.StopIteration))
        {
            value = default;
            return false;
        }
    }

    /// <summary>All items of an iterable (tuple(x), unpacking, *args).</summary>
    public static Value[] ToArray(Value iterable)
    {
        switch (iterable.ObjectOrNull)
        {
            case PyTuple tuple when !tuple.Type.IsHeapType:
                return (Value[])tuple.Items.Clone();
            case PyList list when !list.Type.IsHeapType:
                return list.ToArray();
        }

        PyIterator iterator = GetIter(iterable);
        var items = new List<Value>();
        while (iterator.TryNext(out Value item))
        {
            items.Add(item);
        }

        return items.ToArray();
    }

    /// <summary><c>item in container</c>: <c>__contains__</c>, else a scan with == over the iteration.</summary>
    public static bool Contains(Value container, Value item)
    {
        PyObject? o = container.ObjectOrNull;
        if (o is not null && !o.Type.IsHeapType)
        {
            switch (o)
            {
                case PyDict dict:
                    return dict.ContainsKey(item);
                case PyStr s when item.ObjectOrNull is PyStr sub:
                    return s.Text.Contains(sub.Text, StringComparison.Ordinal);
                case PyList list:
                    foreach (Value element in list.AsSpan())
                    {
                        if (Equals(element, item))
                        {
                            return true;
                        }
                    }

                    return false;
                case PyTuple tuple:
                    foreach (Value element in tuple.Items)
                    {
                        if (Equals(element, item))
                        {
                            return true;
                        }
                    }

                    return false;
            }
        }

        PyType type = container.Type;
        Value method = type.LookupSpecial(SpecialMethod.Contains);
        if (!method.IsUnbound && !method.IsNone)
        {
            return IsTrue(CallSpecial(method, container, [item], null));
        }

        if (type.LookupSpecial(SpecialMethod.Iter).IsUnbound && type.LookupSpecial(SpecialMethod.GetItem).IsUnbound)
        {
            throw PyErr.TypeError($"argument of type '{type.Name}' is not iterable");
        }

        PyIterator iterator = GetIter(container);
        while (iterator.TryNext(out Value element))
        {
            if (Equals(element, item))
            {
                return true;
            }
        }

        return false;
    }
}
