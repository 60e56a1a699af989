namespace Jit.Runtime.Objects;

/// <summary>
/// The hash table shared by set and frozenset: CPython's setobject.c algorithm, step for step, so
/// iteration order (which is table order) matches CPython's.
/// <code>
///   slot state   Key        Hash
///   unused       unbound    0
///   dummy        unbound    -1      (a deleted key; real hashes are never -1)
///   active       the key    its hash
/// </code>
/// A probe looks at slot i and, when they fit before the end of the table, the next
/// <see cref="LinearProbes"/> slots; then it jumps to <c>(i * 5 + 1 + perturb) &amp; mask</c> with
/// perturb the hash shifted right by 5 more bits each time. <c>fill</c> counts active and dummy
/// slots, <c>used</c> active ones; the table grows when fill reaches 3/5 of the mask.
/// </summary>
public abstract partial class PySetBase : PyObject
{
    internal const int MinSize = 8;
    private const int LinearProbes = 9;
    private const int PerturbShift = 5;

    private Entry[] _table;
    private int _mask;
    private int _fill;
    private int _used;

    /// <summary>Where <c>pop</c> resumes its scan.</summary>
    private int _finger;

    protected PySetBase(PyType type)
        : base(type)
    {
        _table = new Entry[MinSize];
        _mask = MinSize - 1;
    }

    public int Count => _used;

    /// <summary>The frozenset hash once computed (-1 before), also a fast "not equal" test.</summary>
    protected long CachedHash { get; set; } = -1;

    public bool Contains(Value key) => ContainsEntry(key, Ops.Hash(key));

    public bool ContainsEntry(Value key, long hash) => !_table[Lookup(key, hash)].Key.IsUnbound;

    public void Add(Value key) => AddEntry(key, Ops.Hash(key));

    /// <summary>set_add_entry: insert unless an equal key is present; a dummy met on the way is
    /// reused (the last one seen before the unused slot that ends the search).</summary>
    public void AddEntry(Value key, long hash)
    {
    Restart:
        Entry[] table = _table;
        int mask = _mask;
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        int freeSlot = -1;
        while (true)
        {
            int probes = i + LinearProbes <= mask ? LinearProbes : 0;
            int j = i;
            do
            {
                ref Entry entry = ref table[j];
                if (entry.Hash == 0 && entry.Key.IsUnbound)
                {
                    if (freeSlot >= 0)
                    {
                        table[freeSlot] = new Entry(key, hash);
                        _used++;
                        return;
                    }

                    entry = new Entry(key, hash);
                    _fill++;
                    _used++;
                    if ((long)_fill * 5 >= (long)mask * 3)
                    {
                        Resize(_used > 50000 ? _used * 2 : _used * 4);
                    }

                    return;
                }

                if (entry.Hash == hash)
                {
                    Value startKey = entry.Key;
                    if (KeysMatch(startKey, key, out bool called))
                    {
                        return;
                    }

                    if (called && (!ReferenceEquals(table, _table) || !table[j].Key.Is(startKey)))
                    {
                        // __eq__ changed the set: start over, as CPython does.
                        goto Restart;
                    }
                }
                else if (entry.Hash == -1)
                {
                    freeSlot = j;
                }

                j++;
            }
            while (probes-- > 0);

            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    public bool Discard(Value key) => DiscardEntry(key, Ops.Hash(key));

    public bool DiscardEntry(Value key, long hash)
    {
        int slot = Lookup(key, hash);
        ref Entry entry = ref _table[slot];
        if (entry.Key.IsUnbound)
        {
            return false;
        }

        entry = new Entry(default, -1);
        _used--;
        return true;
    }

    public void Clear()
    {
        _table = new Entry[MinSize];
        _mask = MinSize - 1;
        _fill = 0;
        _used = 0;
        CachedHash = -1;
    }

    /// <summary>Iteration in table order: the next active slot at or after
    /// <paramref name="position"/>, which is advanced past it.</summary>
    public bool TryGetNext(ref int position, out Value key, out long hash)
    {
        Entry[] table = _table;
        int i = position;
        while (i <= _mask && table[i].Key.IsUnbound)
        {
            i++;
        }

        position = i + 1;
        if (i > _mask)
        {
            key = default;
            hash = 0;
            return false;
        }

        key = table[i].Key;
        hash = table[i].Hash;
        return true;
    }

    public Value[] ToArray()
    {
        var items = new Value[_used];
        int n = 0;
        int position = 0;
        while (TryGetNext(ref position, out Value key, out _))
        {
            items[n++] = key;
        }

        return items;
    }

    /// <summary>set.pop: the first active slot from the finger on, wrapping around.</summary>
    public Value Pop()
    {
        if (_used == 0)
        {
            throw PyErr.New(PyExc.KeyError, "pop from an empty set");
        }

        int i = _finger & _mask;
        while (_table[i].Key.IsUnbound)
        {
            i++;
            if (i > _mask)
            {
                i = 0;
            }
        }

        Value key = _table[i].Key;
        _table[i] = new Entry(default, -1);
        _used--;
        _finger = i + 1;
        return key;
    }

    /// <summary>set_update_internal: adds every element of <paramref name="iterable"/>, with the
    /// fast paths for sets and exact dicts (pre-sized, hashes reused) that shape the table.</summary>
    public void Update(Value iterable)
    {
        switch (iterable.ObjectOrNull)
        {
            case PySetBase other:
                Merge(other);
                return;
            case PyDict dict when ReferenceEquals(dict.Type, PyType.Dict):
                if ((long)(_fill + dict.Count) * 5 >= (long)_mask * 3)
                {
                    Resize((_used + dict.Count) * 2);
                }

                int position = 0;
                while (dict.TryGetEntry(ref position, out Value key, out _, out long hash))
                {
                    AddEntry(key, hash);
                }

                return;
        }

        PyIterator iterator = Ops.GetIter(iterable);
        while (iterator.TryNext(out Value item))
        {
            Add(item);
        }
    }

    /// <summary>set_merge: a.update(b) for a set b.</summary>
    public void Merge(PySetBase other)
    {
        if (ReferenceEquals(other, this) || other._used == 0)
        {
            return;
        }

        // One resize up front rather than several while inserting.
        if ((long)(_fill + other._used) * 5 >= (long)_mask * 3)
        {
            Resize((_used + other._used) * 2);
        }

        Entry[] source = other._table;
        if (_fill == 0 && _mask == other._mask && other._fill == other._used)
        {
            // Same size, nothing here, no dummies there: the layout can be copied as is.
            Array.Copy(source, _table, source.Length);
            _fill = other._fill;
            _used = other._used;
            return;
        }

        if (_fill == 0)
        {
            _fill = other._used;
            _used = other._used;
            foreach (Entry entry in source)
            {
                if (!entry.Key.IsUnbound)
                {
                    InsertClean(_table, _mask, entry);
                }
            }

            return;
        }

        for (int i = 0; i < source.Length; i++)
        {
            Entry entry = source[i];
            if (!entry.Key.IsUnbound)
            {
                AddEntry(entry.Key, entry.Hash);
            }
        }
    }

    /// <summary>Exchanges the contents of two sets (intersection_update builds a new table and
    /// swaps it in). A cached frozenset hash moves only between two frozensets.</summary>
    protected void SwapBodies(PySetBase other)
    {
        (_table, other._table) = (other._table, _table);
        (_mask, other._mask) = (other._mask, _mask);
        (_fill, other._fill) = (other._fill, _fill);
        (_used, other._used) = (other._used, _used);
        if (this is PyFrozenSet && other is PyFrozenSet)
        {
            (CachedHash, other.CachedHash) = (other.CachedHash, CachedHash);
        }
        else
        {
            CachedHash = -1;
            other.CachedHash = -1;
        }
    }

    /// <summary>Rebuilds without dummies when they take more than a quarter of the table
    /// (after difference_update).</summary>
    protected void ShrinkIfManyDummies()
    {
        if (_fill - _used > _mask / 4)
        {
            Resize(_used > 50000 ? _used * 2 : _used * 4);
        }
    }

    /// <summary>frozenset's hash: xor of shuffled entry hashes (order-independent), mixed with the size.</summary>
    protected long ComputeHash()
    {
        ulong hash = 0;
        foreach (Entry entry in _table)
        {
            hash ^= ShuffleBits((ulong)entry.Hash);
        }

        // Unused slots (hash 0) and dummies (hash -1) were included above; cancel them out.
        if (((_mask + 1 - _fill) & 1) != 0)
        {
            hash ^= ShuffleBits(0);
        }

        if (((_fill - _used) & 1) != 0)
        {
            hash ^= ShuffleBits(ulong.MaxValue);
        }

        hash ^= ((ulong)_used + 1) * 1927868237UL;
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = (hash * 69069U) + 907133923UL;
        if (hash == ulong.MaxValue)
        {
            hash = 590923713UL;
        }

        return (long)hash;

        static ulong ShuffleBits(ulong h) => ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL;
    }

    /// <summary>Identity, then exact-str equality, then <c>==</c>; <paramref name="called"/> tells
    /// whether Python code ran (and may have changed the table).</summary>
    private static bool KeysMatch(Value startKey, Value key, out bool called)
    {
        called = false;
        if (startKey.Is(key))
        {
            return true;
        }

        if (startKey.ObjectOrNull is PyStr a && key.ObjectOrNull is PyStr b &&
            ReferenceEquals(a.Type, PyType.Str) && ReferenceEquals(b.Type, PyType.Str))
        {
            return string.Equals(a.Text, b.Text, StringComparison.Ordinal);
        }

        if (startKey.IsInt && key.IsInt)
        {
            return false;
        }

        called = true;
        return Ops.Equals(startKey, key);
    }

    /// <summary>set_lookkey: the slot holding <paramref name="key"/>, or the unused slot that ends
    /// the search (whose key is unbound).</summary>
    private int Lookup(Value key, long hash)
    {
        Entry[] table = _table;
        int mask = _mask;
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            int probes = i + LinearProbes <= mask ? LinearProbes : 0;
            int j = i;
            do
            {
                ref Entry entry = ref table[j];
                if (entry.Hash == 0 && entry.Key.IsUnbound)
                {
                    return j;
                }

                if (entry.Hash == hash)
                {
                    Value startKey = entry.Key;
                    if (KeysMatch(startKey, key, out bool called))
                    {
                        return ReferenceEquals(table, _table) && table[j].Key.Is(startKey) ? j : Lookup(key, hash);
                    }

                    if (called && (!ReferenceEquals(table, _table) || !table[j].Key.Is(startKey)))
                    {
                        return Lookup(key, hash);
                    }

                    mask = _mask;
                }

                j++;
            }
            while (probes-- > 0);

            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    /// <summary>set_table_resize: a table of the smallest power of two above
    /// <paramref name="minUsed"/>, refilled in old-table order without dummies.</summary>
    private void Resize(int minUsed)
    {
        int size = MinSize;
        while (size <= minUsed)
        {
            size <<= 1;
        }

        Entry[] old = _table;
        if (size == MinSize && old.Length == MinSize && _fill == _used)
        {
            return;
        }

        var table = new Entry[size];
        int mask = size - 1;
        foreach (Entry entry in old)
        {
            if (!entry.Key.IsUnbound)
            {
                InsertClean(table, mask, entry);
            }
        }

        _table = table;
        _mask = mask;
        _fill = _used;
    }

    /// <summary>set_insert_clean: the first unused slot along the probe sequence, for a key known
    /// to be absent from a table without dummies.</summary>
    private static void InsertClean(Entry[] table, int mask, Entry entry)
    {
        ulong perturb = (ulong)entry.Hash;
        int i = (int)((ulong)entry.Hash & (ulong)mask);
        while (true)
        {
            if (table[i].Key.IsUnbound)
            {
                table[i] = entry;
                return;
            }

            if (i + LinearProbes <= mask)
            {
                for (int j = i + 1; j <= i + LinearProbes; j++)
                {
                    if (table[j].Key.IsUnbound)
                    {
                        table[j] = entry;
                        return;
                    }
                }
            }

            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    private readonly struct Entry(Value key, long hash)
    {
        public readonly Value Key = key;
        public readonly long Hash = hash;
    }
}

/// <summary>A mutable set.</summary>
public sealed partial class PySet : PySetBase
{
    public PySet()
        : base(PyType.Set)
    {
    }

    /// <summary>An empty instance of a set subclass.</summary>
    public PySet(PyType type)
        : base(type)
    {
    }

    public static PySet From(Value iterable)
    {
        var set = new PySet();
        set.Update(iterable);
        return set;
    }
}

/// <summary>An immutable, hashable set.</summary>
public sealed partial class PyFrozenSet : PySetBase
{
    public static readonly PyFrozenSet Empty = new();

    public PyFrozenSet()
        : base(PyType.FrozenSet)
    {
    }

    /// <summary>An empty instance of a frozenset subclass (filled before it is visible).</summary>
    public PyFrozenSet(PyType type)
        : base(type)
    {
    }

    public static PyFrozenSet From(Value iterable)
    {
        var set = new PyFrozenSet();
        set.Update(iterable);
        return set;
    }

    public long Hash()
    {
        if (CachedHash == -1)
        {
            CachedHash = ComputeHash();
        }

        return CachedHash;
    }
}
