using System.Runtime.CompilerServices;

namespace Jit.Runtime.Objects;

/// <summary>Properties of a type that never change after creation.</summary>
[Flags]
public enum TypeFlags
{
    None = 0,

    /// <summary>A static type defined in C#: its dictionary cannot be changed from Python.</summary>
    Builtin = 1,

    /// <summary>The type can be used as a base class.</summary>
    BaseType = 2,

    /// <summary>Instances have a C# layout of their own (a distinct PyObject class), so two such
    /// bases conflict unless one derives from the other ("instance lay-out conflict").</summary>
    Layout = 4,

    /// <summary>Instances are <see cref="PyIterator"/>s: <c>__iter__</c>/<c>__next__</c> are implied.</summary>
    Iterator = 8,
}

/// <summary>
/// A Python type object: name, bases, method resolution order and attribute dictionary.
/// <para>The dictionary maps names to values in insertion order. Every change to it, or to the
/// dictionary of a base, gives the type a new <see cref="VersionTag"/> (from one global counter), so
/// inline caches and JIT guards keyed on the tag never see a stale lookup.</para>
/// <para>Built-in types are static singletons (PyType.Builtins.cs). Their dictionaries are filled on
/// first use from the C# methods marked with <see cref="PyMethodAttribute"/> and friends in the
/// classes carrying a matching <see cref="PyClassAttribute"/> (see PyType.Registration.cs).</para>
/// </summary>
public sealed partial class PyType : PyObject
{
    private static long s_nextVersion;

    private OrderedDictionary<string, Value>? _members;
    private PyType[] _bases;
    private PyType[] _mro;
    private List<WeakReference<PyType>>? _subclasses;
    private long _versionTag;
    private Dictionary<string, Value>? _lookupCache;
    private long _lookupCacheVersion;

    private PyType(PyType? metatype, string name, PyType[] bases, TypeFlags flags)
        : base(metatype!)
    {
        // The type of every built-in type is `type`, which is its own type.
        base.Type = metatype ?? this;
        Name = name;
        QualName = name;
        Flags = flags;
        _bases = bases;
        _mro = [this];
        _versionTag = Interlocked.Increment(ref s_nextVersion);
    }

    /// <summary><c>__name__</c>.</summary>
    public string Name { get; set; }

    /// <summary><c>__qualname__</c>.</summary>
    public string QualName { get; set; }

    public TypeFlags Flags { get; }

    /// <summary>Defined in C#; its dictionary is read-only from Python.</summary>
    public bool IsBuiltin => (Flags & TypeFlags.Builtin) != 0;

    /// <summary>Created by a class statement or <c>type(name, bases, dict)</c>.</summary>
    public bool IsHeapType => (Flags & TypeFlags.Builtin) == 0;

    /// <summary>Can be subclassed (false for bool, NoneType, function, ...).</summary>
    public bool IsBaseType => (Flags & TypeFlags.BaseType) != 0;

    /// <summary><c>__bases__</c>.</summary>
    public IReadOnlyList<PyType> Bases => _bases;

    /// <summary><c>__base__</c>: the base whose instance layout this type extends.</summary>
    public PyType? Base { get; private set; }

    /// <summary><c>__mro__</c>: this type first, object last.</summary>
    public ReadOnlySpan<PyType> Mro => _mro;

    /// <summary>Changes whenever this type's or a base's dictionary (or the MRO) changes.</summary>
    public long VersionTag => Volatile.Read(ref _versionTag);

    /// <summary><c>__module__</c>: "builtins" for built-in types unless registered otherwise.</summary>
    public string ModuleName
    {
        get
        {
            if (IsHeapType && Members.TryGetValue("__module__", out Value module) && module.ObjectOrNull is PyStr s)
            {
                return s.Text;
            }

            return _builtinModule ?? "builtins";
        }
    }

    /// <summary>The attribute dictionary, in insertion order. Read it freely; change it through
    /// <see cref="SetMember"/> and <see cref="RemoveMember"/> so the version tag follows.</summary>
    public OrderedDictionary<string, Value> Members => _members ?? Populate();

    /// <summary>Finds <paramref name="name"/> along the MRO; <see cref="Value.Unbound"/> when absent.
    /// Results for user classes are cached until the version tag changes (built-in types are
    /// shared between threads and have short MROs, so they are not cached).</summary>
    public Value Lookup(string name)
    {
        if (IsHeapType)
        {
            Dictionary<string, Value>? cache = _lookupCache;
            long version = VersionTag;
            if (cache is null || _lookupCacheVersion != version)
            {
                _lookupCache = cache = new Dictionary<string, Value>(StringComparer.Ordinal);
                _lookupCacheVersion = version;
            }
            else if (cache.TryGetValue(name, out Value cached))
            {
                return cached;
            }

            Value found = LookupUncached(name);
            cache[name] = found;
            return found;
        }

        return LookupUncached(name);
    }

    private Value LookupUncached(string name)
    {
        foreach (PyType type in _mro)
        {
            if (type.Members.TryGetValue(name, out Value value))
            {
                return value;
            }
        }

        return default;
    }

    /// <summary>Like <see cref="Lookup"/>, also telling which class of the MRO defines the name.</summary>
    public Value Lookup(string name, out PyType? definer)
    {
        foreach (PyType type in _mro)
        {
            if (type.Members.TryGetValue(name, out Value value))
            {
                definer = type;
                return value;
            }
        }

        definer = null;
        return default;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsSubtypeOf(PyType other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        foreach (PyType type in _mro)
        {
            if (ReferenceEquals(type, other))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Stores a class attribute (no mutability check: Python-level stores go through
    /// <see cref="SetAttribute"/>) and invalidates caches of this type and its subclasses.</summary>
    public void SetMember(string name, Value value)
    {
        Members[name] = value;
        InvalidateVersion();
    }

    public bool RemoveMember(string name)
    {
        if (!Members.Remove(name))
        {
            return false;
        }

        InvalidateVersion();
        return true;
    }

    /// <summary>The live subclasses (<c>__subclasses__()</c>), in creation order.</summary>
    public List<PyType> Subclasses()
    {
        var result = new List<PyType>();
        if (_subclasses is null)
        {
            return result;
        }

        lock (_subclasses)
        {
            foreach (WeakReference<PyType> reference in _subclasses)
            {
                if (reference.TryGetTarget(out PyType? sub))
                {
                    result.Add(sub);
                }
            }
        }

        return result;
    }

    public override string ToString()
    {
        string? module = IsHeapType
            ? (Members.TryGetValue("__module__", out Value m) && m.ObjectOrNull is PyStr s ? s.Text : null)
            : _builtinModule;
        return module is null or "builtins" ? $"<class '{(IsHeapType ? QualName : Name)}'>" : $"<class '{module}.{QualName}'>";
    }

    /// <summary>Gives this type and all its subclasses a fresh version tag.</summary>
    private void InvalidateVersion()
    {
        Volatile.Write(ref _versionTag, Interlocked.Increment(ref s_nextVersion));
        foreach (PyType sub in Subclasses())
        {
            sub.InvalidateVersion();
        }
    }

    private void AddSubclass(PyType sub)
    {
        if (_subclasses is null)
        {
            Interlocked.CompareExchange(ref _subclasses, [], null);
        }

        lock (_subclasses)
        {
            _subclasses.RemoveAll(r => !r.TryGetTarget(out _));
            _subclasses.Add(new WeakReference<PyType>(sub));
        }
    }

    private void RemoveSubclass(PyType sub)
    {
        if (_subclasses is null)
        {
            return;
        }

        lock (_subclasses)
        {
            _subclasses.RemoveAll(r => !r.TryGetTarget(out PyType? t) || ReferenceEquals(t, sub));
        }
    }
}
