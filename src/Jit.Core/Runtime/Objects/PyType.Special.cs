namespace Jit.Runtime.Objects;

/// <summary>Special methods whose lookup is cached per type (see <see cref="PyType.LookupSpecial"/>).</summary>
public enum SpecialMethod
{
    GetAttribute,
    GetAttr,
    SetAttr,
    DelAttr,
    Get,
    Set,
    Delete,
    Hash,
    Eq,
    Bool,
    Len,
    Iter,
    Next,
    Call,
    Repr,
    Str,
    Index,
    GetItem,
    SetItem,
    DelItem,
    Contains,
    Init,
    New,
}

public sealed partial class PyType
{
    private static readonly string[] s_specialNames =
    [
        "__getattribute__", "__getattr__", "__setattr__", "__delattr__", "__get__", "__set__", "__delete__",
        "__hash__", "__eq__", "__bool__", "__len__", "__iter__", "__next__", "__call__", "__repr__", "__str__",
        "__index__", "__getitem__", "__setitem__", "__delitem__", "__contains__", "__init__", "__new__",
    ];

    private SpecialCache? _special;

    /// <summary><see cref="Lookup(string)"/> of a special method, cached until the version tag changes.</summary>
    public Value LookupSpecial(SpecialMethod method)
    {
        SpecialCache? cache = _special;
        long version = VersionTag;
        if (cache is null || cache.Version != version)
        {
            var values = new Value[s_specialNames.Length];
            for (int i = 0; i < values.Length; i++)
            {
                values[i] = Lookup(s_specialNames[i]);
            }

            _special = cache = new SpecialCache(version, values);
        }

        return cache.Values[(int)method];
    }

    private sealed class SpecialCache(long version, Value[] values)
    {
        public long Version { get; } = version;

        public Value[] Values { get; } = values;
    }
}
