using System.Text;

namespace Jit.Runtime.Objects;

/// <summary>Entry access with the stored hashes (sets built from dicts reuse them, as CPython does)
/// and the update protocols of <c>dict(...)</c>, <c>update</c> and <c>|=</c>.</summary>
public sealed partial class PyDict
{
    /// <summary><see cref="TryGetEntry(ref int, out Value, out Value)"/> that also gives the key's hash.</summary>
    public bool TryGetEntry(ref int position, out Value key, out Value value, out long hash)
    {
        while (position < _used)
        {
            ref Entry entry = ref _entries[position++];
            if (!entry.Key.IsUnbound)
            {
                key = entry.Key;
                value = entry.Value;
                hash = entry.Hash;
                return true;
            }
        }

        key = default;
        value = default;
        hash = 0;
        return false;
    }

    /// <summary>Membership with a hash already known (<c>== Ops.Hash(key)</c>).</summary>
    public bool ContainsKey(Value key, long hash) => Find(key, hash) >= 0;

    /// <summary>Lookup with a hash already known.</summary>
    public bool TryGetValue(Value key, long hash, out Value value)
    {
        int index = Find(key, hash);
        if (index < 0)
        {
            value = default;
            return false;
        }

        value = _entries[index].Value;
        return true;
    }

    /// <summary>dict_update_arg: an exact dict or any object with <c>keys()</c> is merged as a
    /// mapping, anything else must iterate over key/value pairs.</summary>
    public void UpdateFrom(Value other)
    {
        if (other.ObjectOrNull is PyDict dict && ReferenceEquals(dict.Type, PyType.Dict))
        {
            MergeDict(dict);
            return;
        }

        if (Ops.TryGetAttr(other, "keys", out _))
        {
            Merge(other);
            return;
        }

        MergeFromPairs(other);
    }

    /// <summary>PyDict_Merge: a dict (whose iteration is not overridden) entry by entry, any other
    /// mapping through <c>keys()</c> and <c>__getitem__</c>.</summary>
    public void Merge(Value mapping)
    {
        if (mapping.ObjectOrNull is PyDict dict && dict.Type.Lookup("__iter__").Is(PyType.Dict.Members["__iter__"]))
        {
            MergeDict(dict);
            return;
        }

        PyIterator keys = Ops.GetIter(Ops.CallMethod(mapping, "keys"));
        while (keys.TryNext(out Value key))
        {
            Set(key, Ops.GetItem(mapping, key));
        }
    }

    /// <summary>Merges keyword arguments (the values after the positionals in a vectorcall).</summary>
    public void MergeKeywords(ReadOnlySpan<Value> args, string[] kwnames)
    {
        int first = args.Length - kwnames.Length;
        for (int i = 0; i < kwnames.Length; i++)
        {
            Set(kwnames[i], args[first + i]);
        }
    }

    /// <summary>repr: <c>{k: v, ...}</c>, <c>{...}</c> for a dict already being printed.</summary>
    public string ReprText()
    {
        if (_count == 0)
        {
            return "{}";
        }

        if (!Ops.EnterRepr(this))
        {
            return "{...}";
        }

        try
        {
            var sb = new StringBuilder("{");
            int position = 0;
            bool first = true;
            while (TryGetEntry(ref position, out Value key, out Value value))
            {
                if (!first)
                {
                    sb.Append(", ");
                }

                first = false;
                sb.Append(Ops.Repr(key)).Append(": ").Append(Ops.Repr(value));
            }

            return sb.Append('}').ToString();
        }
        finally
        {
            Ops.LeaveRepr(this);
        }
    }

    /// <summary>dict_equal: same size, and every key of this dict maps to an equal value there.</summary>
    public bool EqualTo(PyDict other)
    {
        if (_count != other._count)
        {
            return false;
        }

        int position = 0;
        while (TryGetEntry(ref position, out Value key, out Value value, out long hash))
        {
            if (!other.TryGetValue(key, hash, out Value otherValue) || !Ops.Equals(value, otherValue))
            {
                return false;
            }
        }

        return true;
    }

    private void MergeDict(PyDict other)
    {
        if (ReferenceEquals(other, this))
        {
            return;
        }

        int position = 0;
        while (other.TryGetEntry(ref position, out Value key, out Value value, out long hash))
        {
            Insert(key, hash, value);
        }
    }

    /// <summary>PyDict_MergeFromSeq2: every element must be a sequence of two items.</summary>
    private void MergeFromPairs(Value iterable)
    {
        PyIterator iterator = Ops.GetIter(iterable);
        long index = 0;
        while (iterator.TryNext(out Value item))
        {
            Value[] pair = item.ObjectOrNull switch
            {
                PyTuple tuple => tuple.Items,
                PyList list => list.ToArray(),
                _ => Drain(item, index),
            };

            if (pair.Length != 2)
            {
                throw PyErr.ValueError($"dictionary update sequence element #{index} has length {pair.Length}; 2 is required");
            }

            Set(pair[0], pair[1]);
            index++;
        }

        static Value[] Drain(Value item, long index)
        {
            PyIterator iterator;
            try
            {
                iterator = Ops.GetIter(item);
            }
            catch (PyException e) when (e.Error.Type.IsSubtypeOf(PyExc.TypeError))
            {
                throw PyErr.TypeError($"cannot convert dictionary update sequence element #{index} to a sequence");
            }

            var items = new List<Value>(2);
            while (iterator.TryNext(out Value value))
            {
                items.Add(value);
            }

            return items.ToArray();
        }
    }
}
