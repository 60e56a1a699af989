namespace Jit.Runtime.Objects;

/// <summary>Slicing, slice assignment and deletion, sorting: the list operations that work on
/// the storage directly.</summary>
public sealed partial class PyList
{
    /// <summary><c>list[slice]</c>.</summary>
    public PyList GetSlice(PySlice slice)
    {
        int length = slice.GetIndices(_count, out int start, out _, out int step);
        var result = new Value[length];
        if (step == 1)
        {
            Array.Copy(_items, start, result, 0, length);
        }
        else
        {
            for (int i = 0, index = start; i < length; i++, index += step)
            {
                result[i] = _items[index];
            }
        }

        return new PyList(result);
    }

    /// <summary><c>list[slice] = iterable</c>: a simple slice (step 1) takes any number of items;
    /// an extended slice needs exactly as many items as it selects.</summary>
    public void AssignSlice(PySlice slice, Value value)
    {
        int count = _count;
        int length = slice.GetIndices(count, out int start, out int stop, out int step);
        if (step == 1)
        {
            Value[] source = ReferenceEquals(value.ObjectOrNull, this)
                ? ToArray()
                : FastItems(value, "can only assign an iterable");

            // Iterating may have run code that resized the list: clamp as CPython does.
            int low = Math.Min(start, _count);
            int high = Math.Clamp(stop, low, _count);
            Replace(low, high - low, source);
            return;
        }

        Value[] items = ReferenceEquals(value.ObjectOrNull, this)
            ? ToArray()
            : FastItems(value, "must assign iterable to extended slice");
        if (_count != count)
        {
            length = slice.GetIndices(_count, out start, out _, out step);
        }

        if (items.Length != length)
        {
            throw PyErr.ValueError($"attempt to assign sequence of size {items.Length} to extended slice of size {length}");
        }

        for (int i = 0, index = start; i < length; i++, index += step)
        {
            _items[index] = items[i];
        }
    }

    /// <summary><c>del list[slice]</c>.</summary>
    public void DeleteSlice(PySlice slice)
    {
        int length = slice.GetIndices(_count, out int start, out int stop, out int step);
        if (step == 1)
        {
            if (stop > start)
            {
                RemoveRange(start, stop - start);
            }

            return;
        }

        if (length == 0)
        {
            return;
        }

        if (step < 0)
        {
            // Walk the same items upwards.
            start += step * (length - 1);
            step = -step;
        }

        // Compact the survivors over the deleted items in one pass.
        int write = start;
        int nextDeleted = start;
        int deleted = 0;
        for (int read = start; read < _count; read++)
        {
            if (read == nextDeleted && deleted < length)
            {
                deleted++;
                nextDeleted += step;
                continue;
            }

            _items[write++] = _items[read];
        }

        Array.Clear(_items, write, _count - write);
        _count = write;
        Version++;
    }

    /// <summary>list.sort: stable, by <paramref name="key"/> results when given (each computed
    /// once), descending when <paramref name="reverse"/> (still stable: reversing before and after
    /// keeps equal items in order). The list is empty while sorting, as in CPython, so changes
    /// made by comparisons are detected ("list modified during sort").</summary>
    public void Sort(Value key, bool reverse)
    {
        Value[] items = _items;
        int count = _count;
        _items = [];
        _count = 0;
        Version++;
        int emptyVersion = Version;
        bool completed = false;
        try
        {
            Value[] keys = items;
            Value[]? values = null;
            if (!key.IsUnbound && !key.IsNone)
            {
                keys = new Value[count];
                for (int i = 0; i < count; i++)
                {
                    keys[i] = Ops.Call(key, items[i]);
                }

                values = items;
            }

            if (reverse)
            {
                Array.Reverse(keys, 0, count);
                if (values is not null)
                {
                    Array.Reverse(values, 0, count);
                }
            }

            ListSort.Sort(keys, values, count, Ops.LessThan);
            if (reverse)
            {
                Array.Reverse(items, 0, count);
            }

            completed = true;
        }
        finally
        {
            bool modified = Version != emptyVersion || _count != 0;
            _items = items;
            _count = count;
            Version++;
            if (modified && completed)
            {
                throw PyErr.ValueError("list modified during sort");
            }
        }
    }

    /// <summary>CPython's PySequence_Fast: the items of a list or tuple, else of the iteration,
    /// with <paramref name="message"/> as the TypeError for a non-iterable.</summary>
    internal static Value[] FastItems(Value value, string message)
    {
        switch (value.ObjectOrNull)
        {
            case PyList list:
                return list.ToArray();
            case PyTuple tuple:
                return tuple.Items;
        }

        PyIterator iterator;
        try
        {
            iterator = Ops.GetIter(value);
        }
        catch (PyException e) when (e.Error.Type.IsSubtypeOf(PyExc.TypeError))
        {
            throw PyErr.TypeError(message);
        }

        var items = new List<Value>();
        while (iterator.TryNext(out Value item))
        {
            items.Add(item);
        }

        return items.ToArray();
    }
}
