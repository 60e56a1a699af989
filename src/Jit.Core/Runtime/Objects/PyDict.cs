using System.Runtime.CompilerServices;

namespace Jit.Runtime.Objects;

/// <summary>
/// A dict: CPython's compact ordered hash table. Entries (hash, key, value) are appended to a dense
/// array in insertion order; a sparse index table of ints maps hash slots to entry numbers, probed
/// with CPython's perturbation sequence. Deleting leaves a hole in the entries (key unbound) and a
/// dummy in the index; both are squeezed out when the table is rebuilt.
/// <para>Keys are compared by Python equality (<see cref="Ops.Equals(Value, Value)"/>) after identity
/// and hash, with a fast path for exact str keys. <see cref="Version"/> changes on every mutation so
/// global-variable caches can validate cheaply.</para>
/// Methods live in the collections' partial files.
/// </summary>
[PyClass("dict")]
public sealed partial class PyDict : PyObject
{
    private const int Empty = -1;
    private const int Dummy = -2;
    private const int MinSize = 8;

    private int[] _indices;
    private Entry[] _entries;

    /// <summary>Entries used so far (live ones and holes).</summary>
    private int _used;
    private int _count;

    public PyDict()
        : this(PyType.Dict, 0)
    {
    }

    public PyDict(int capacity)
        : this(PyType.Dict, capacity)
    {
    }

    /// <summary>An empty instance of a dict subclass.</summary>
    public PyDict(PyType type, int capacity = 0)
        : base(type)
    {
        int size = MinSize;
        while (size * 2 < capacity * 3)
        {
            size <<= 1;
        }

        _indices = NewIndices(size);
        _entries = new Entry[Usable(size)];
    }

    public int Count => _count;

    /// <summary>Changes on every insertion, deletion or value store.</summary>
    public long Version { get; private set; }

    /// <summary>Changes when a key is added or removed or entries move (not when a value is
    /// replaced): while it holds, an entry position from <see cref="IndexOf"/> keeps its key.
    /// Tier 1's global loads are guarded by it.</summary>
    public long KeysVersion { get; private set; }

    /// <summary>The value at an entry position that <see cref="KeysVersion"/> vouches for.</summary>
    public Value ValueAt(int index) => _entries[index].Value;

    /// <summary>An upper bound of entry positions, for iteration with <see cref="TryGetEntry"/>.</summary>
    public int EntryLimit => _used;

    public Value this[Value key]
    {
        get => TryGetValue(key, out Value value) ? value : throw PyErr.KeyError(key);
        set => Set(key, value);
    }

    public bool TryGetValue(Value key, out Value value)
    {
        int index = Find(key, Ops.Hash(key));
        if (index < 0)
        {
            value = default;
            return false;
        }

        value = _entries[index].Value;
        return true;
    }

    /// <summary>Lookup by a str key given as a .NET string (attribute and global names).</summary>
    public bool TryGetValue(string key, out Value value)
    {
        int index = FindString(key, PyHash.StringCached(key));
        if (index < 0)
        {
            value = default;
            return false;
        }

        value = _entries[index].Value;
        return true;
    }

    public bool TryGetValue(PyStr key, out Value value)
    {
        int index = FindString(key.Text, key.Hash);
        if (index < 0)
        {
            value = default;
            return false;
        }

        value = _entries[index].Value;
        return true;
    }

    public bool ContainsKey(Value key) => Find(key, Ops.Hash(key)) >= 0;

    /// <summary>The entry position of a str key, or -1: a hint for inline caches, valid until the
    /// key is removed or the dict is rebuilt (check with <see cref="TryGetValueAt"/>).</summary>
    public int IndexOf(string key) => FindString(key, PyHash.StringCached(key));

    /// <summary>Reads the entry at a position from <see cref="IndexOf"/> if it still holds
    /// <paramref name="key"/>; no hashing (CPython's LOAD_ATTR_WITH_HINT).</summary>
    public bool TryGetValueAt(int index, string key, out Value value)
    {
        if ((uint)index < (uint)_used)
        {
            ref Entry entry = ref _entries[index];
            if (entry.Key.ObjectOrNull is PyStr s && (ReferenceEquals(s.Text, key) || string.Equals(s.Text, key, StringComparison.Ordinal)))
            {
                value = entry.Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    public void Set(Value key, Value value) => Insert(key, Ops.Hash(key), value);

    public void Set(string key, Value value) => Insert(PyStr.From(key), PyHash.StringCached(key), value);

    public void Set(PyStr key, Value value) => Insert(key, key.Hash, value);

    /// <summary>Stores with a hash computed by the caller (which must be <c>Ops.Hash(key)</c>).</summary>
    public void Insert(Value key, long hash, Value value)
    {
        int index = Find(key, hash);
        if (index >= 0)
        {
            _entries[index].Value = value;
            Version++;
            return;
        }

        if (_used == _entries.Length)
        {
            Resize(GrowthSize());
        }

        int slot = FreeSlot(hash);
        _indices[slot] = _used;
        _entries[_used] = new Entry { Hash = hash, Key = key, Value = value };
        _used++;
        _count++;
        Version++;
        KeysVersion++;
    }

    /// <summary>The value stored for <paramref name="key"/>, or <paramref name="value"/> stored and
    /// returned when absent (<c>setdefault</c>).</summary>
    public Value GetOrAdd(Value key, Value value)
    {
        long hash = Ops.Hash(key);
        int index = Find(key, hash);
        if (index >= 0)
        {
            return _entries[index].Value;
        }

        Insert(key, hash, value);
        return value;
    }

    public bool Remove(Value key) => TryRemove(key, out _);

    public bool Remove(string key) => TryRemove(PyStr.From(key), out _);

    public bool ContainsKey(string key) => FindString(key, PyHash.StringCached(key)) >= 0;

    public bool TryRemove(Value key, out Value value)
    {
        long hash = Ops.Hash(key);
        int slot = FindSlot(key, hash);
        if (slot < 0)
        {
            value = default;
            return false;
        }

        int index = _indices[slot];
        value = _entries[index].Value;
        _indices[slot] = Dummy;
        _entries[index] = default;
        _count--;
        Version++;
        KeysVersion++;
        return true;
    }

    public void Clear()
    {
        _indices = NewIndices(MinSize);
        _entries = new Entry[Usable(MinSize)];
        _used = 0;
        _count = 0;
        Version++;
        KeysVersion++;
    }

    /// <summary>Iteration by position: returns the next live entry at or after
    /// <paramref name="position"/> and advances past it; false at the end. Iterators check
    /// <see cref="Count"/> themselves to report "dictionary changed size during iteration".</summary>
    public bool TryGetEntry(ref int position, out Value key, out Value value)
    {
        while (position < _used)
        {
            ref Entry entry = ref _entries[position++];
            if (!entry.Key.IsUnbound)
            {
                key = entry.Key;
                value = entry.Value;
                return true;
            }
        }

        key = default;
        value = default;
        return false;
    }

    /// <summary>The entry at <paramref name="position"/> read backwards (for <c>reversed()</c>).</summary>
    public bool TryGetEntryBackward(ref int position, out Value key, out Value value)
    {
        while (position > 0)
        {
            ref Entry entry = ref _entries[--position];
            if (!entry.Key.IsUnbound)
            {
                key = entry.Key;
                value = entry.Value;
                return true;
            }
        }

        key = default;
        value = default;
        return false;
    }

    /// <summary>Removes and returns the last inserted entry (<c>popitem</c>).</summary>
    public bool TryPopLast(out Value key, out Value value)
    {
        int position = _used;
        if (!TryGetEntryBackward(ref position, out key, out value))
        {
            return false;
        }

        TryRemove(key, out _);
        return true;
    }

    public Enumerator GetEnumerator() => new(this);

    public Value[] KeysArray()
    {
        var keys = new Value[_count];
        int n = 0;
        int position = 0;
        while (TryGetEntry(ref position, out Value key, out _))
        {
            keys[n++] = key;
        }

        return keys;
    }

    public PyDict Copy()
    {
        var copy = new PyDict(_count);
        for (int i = 0; i < _used; i++)
        {
            ref Entry entry = ref _entries[i];
            if (!entry.Key.IsUnbound)
            {
                copy._indices[copy.FreeSlot(entry.Hash)] = copy._used;
                copy._entries[copy._used++] = entry;
            }
        }

        copy._count = _count;
        return copy;
    }

    private static int[] NewIndices(int size)
    {
        var indices = new int[size];
        Array.Fill(indices, Empty);
        return indices;
    }

    private static int Usable(int size) => (size << 1) / 3;

    private int GrowthSize() => _count * 3;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Find(Value key, long hash)
    {
        int slot = FindSlot(key, hash);
        return slot < 0 ? -1 : _indices[slot];
    }

    /// <summary>The index-table slot holding <paramref name="key"/>, or -1.</summary>
    private int FindSlot(Value key, long hash)
    {
        PyStr? str = key.ObjectOrNull as PyStr;
        if (str is not null && ReferenceEquals(str.Type, PyType.Str))
        {
            return FindStringSlot(str.Text, hash);
        }

        int mask = _indices.Length - 1;
        ulong perturb = (ulong)hash;
        int slot = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            int index = _indices[slot];
            if (index == Empty)
            {
                return -1;
            }

            if (index >= 0)
            {
                ref Entry entry = ref _entries[index];
                if (entry.Key.Is(key))
                {
                    return slot;
                }

                if (entry.Hash == hash)
                {
                    Entry[] entries = _entries;
                    Value startKey = entry.Key;
                    bool equal = Ops.Equals(startKey, key);
                    if (!ReferenceEquals(entries, _entries) || !_entries[index].Key.Is(startKey))
                    {
                        // __eq__ mutated the dict: start over, as CPython does.
                        return FindSlot(key, hash);
                    }

                    if (equal)
                    {
                        return slot;
                    }
                }
            }

            perturb >>= 5;
            slot = (int)(((ulong)slot * 5 + perturb + 1) & (ulong)mask);
        }
    }

    private int FindString(string key, long hash)
    {
        int slot = FindStringSlot(key, hash);
        return slot < 0 ? -1 : _indices[slot];
    }

    private int FindStringSlot(string key, long hash)
    {
        int mask = _indices.Length - 1;
        ulong perturb = (ulong)hash;
        int slot = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            int index = _indices[slot];
            if (index == Empty)
            {
                return -1;
            }

            if (index >= 0)
            {
                ref Entry entry = ref _entries[index];
                if (entry.Hash == hash)
                {
                    if (entry.Key.ObjectOrNull is PyStr s && ReferenceEquals(s.Type, PyType.Str))
                    {
                        if (string.Equals(s.Text, key, StringComparison.Ordinal))
                        {
                            return slot;
                        }
                    }
                    else if (Ops.Equals(entry.Key, PyStr.From(key)))
                    {
                        return slot;
                    }
                }
            }

            perturb >>= 5;
            slot = (int)(((ulong)slot * 5 + perturb + 1) & (ulong)mask);
        }
    }

    private int FreeSlot(long hash)
    {
        int mask = _indices.Length - 1;
        ulong perturb = (ulong)hash;
        int slot = (int)((ulong)hash & (ulong)mask);
        while (_indices[slot] >= 0)
        {
            perturb >>= 5;
            slot = (int)(((ulong)slot * 5 + perturb + 1) & (ulong)mask);
        }

        return slot;
    }

    /// <summary>Rebuilds with an index table of the smallest power of two above
    /// <paramref name="minUsed"/> * 3 / 2, dropping holes (CPython's GROWTH_RATE).</summary>
    private void Resize(int minUsed)
    {
        int size = MinSize;
        while (Usable(size) <= minUsed)
        {
            size <<= 1;
        }

        Entry[] old = _entries;
        int oldUsed = _used;
        KeysVersion++;
        _indices = NewIndices(size);
        _entries = new Entry[Usable(size)];
        _used = 0;
        for (int i = 0; i < oldUsed; i++)
        {
            if (!old[i].Key.IsUnbound)
            {
                _indices[FreeSlot(old[i].Hash)] = _used;
                _entries[_used++] = old[i];
            }
        }
    }

    /// <summary>Enumerates (key, value) pairs in insertion order.</summary>
    public struct Enumerator
    {
        private readonly PyDict _dict;
        private int _position;

        internal Enumerator(PyDict dict)
        {
            _dict = dict;
            _position = 0;
            Current = default;
        }

        public (Value Key, Value Value) Current { get; private set; }

        public bool MoveNext()
        {
            if (_dict.TryGetEntry(ref _position, out Value key, out Value value))
            {
                Current = (key, value);
                return true;
            }

            return false;
        }
    }

    private struct Entry
    {
        public long Hash;
        public Value Key;
        public Value Value;
    }

    /// <summary>Mutable containers are unhashable.</summary>
    [PyTypeInit]
    private static void InitUnhashable(PyType type, IDictionary<string, Value> members) => members["__hash__"] = Value.None;
}
