namespace Jit.Runtime.Objects;

/// <summary>A read-only view of a mapping: <c>type.__dict__</c>. Reads go to the live type
/// dictionary (or dict), writes are refused.</summary>
[PyClass("mappingproxy")]
public sealed partial class PyMappingProxy : PyObject
{
    private readonly PyType? _type;
    private readonly Value _mapping;

    /// <summary>A view of a type's attribute dictionary.</summary>
    public PyMappingProxy(PyType type)
        : base(PyType.MappingProxy)
    {
        _type = type;
    }

    /// <summary>A view of any mapping (<c>types.MappingProxyType(d)</c>).</summary>
    public PyMappingProxy(Value mapping)
        : base(PyType.MappingProxy)
    {
        _mapping = mapping;
    }

    /// <summary>A dict with the current contents.</summary>
    public PyDict Snapshot()
    {
        if (_type is null)
        {
            return _mapping.ObjectOrNull is PyDict d ? d.Copy() : throw PyErr.TypeError("mappingproxy() argument must be a mapping");
        }

        var dict = new PyDict(_type.Members.Count);
        foreach ((string key, Value value) in _type.Members)
        {
            dict.Set(key, value);
        }

        return dict;
    }

    private static PyMappingProxy Self(ReadOnlySpan<Value> args) => (PyMappingProxy)args[0].Object;

    private bool TryGet(Value key, out Value value)
    {
        if (_type is not null)
        {
            value = default;
            return key.ObjectOrNull is PyStr s && _type.Members.TryGetValue(s.Text, out value);
        }

        if (_mapping.ObjectOrNull is PyDict dict)
        {
            return dict.TryGetValue(key, out value);
        }

        value = Ops.GetItem(_mapping, key);
        return true;
    }

    [PyMethod("__getitem__")]
    private static Value GetItem(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        PyInt.SlotArgs(args, kwnames, 1);
        return Self(args).TryGet(args[1], out Value value) ? value : throw PyErr.KeyError(args[1]);
    }

    [PyMethod("get")]
    private static Value Get(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        int count = ArgParser.Unpack("get", args, kwnames, 1, 2, self: true);
        return Self(args).TryGet(args[1], out Value value) ? value : count == 2 ? args[2] : Value.None;
    }

    [PyMethod("__contains__")]
    private static Value Contains(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        PyInt.SlotArgs(args, kwnames, 1);
        return Value.FromBool(Self(args).TryGet(args[1], out _));
    }

    [PyMethod("__len__")]
    private static Value Len(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("mappingproxy.__len__", args, kwnames, self: true);
        return Value.FromInt(Self(args).Snapshot().Count);
    }

    [PyMethod("__iter__")]
    private static Value Iter(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("mappingproxy.__iter__", args, kwnames, self: true);
        return Ops.GetIterObject(Self(args).Snapshot());
    }

    [PyTypeInit]
    private static void InitType(PyType type, IDictionary<string, Value> members)
    {
        // keys(), values(), items() and copy() answer from a snapshot dict.
        foreach (string name in (ReadOnlySpan<string>)["keys", "values", "items", "copy"])
        {
            string method = name;
            members[name] = PyBuiltinFunction.Method(name, type, (args, kwnames) =>
            {
                ArgParser.NoArguments($"mappingproxy.{method}", args, kwnames, self: true);
                PyDict snapshot = Self(args).Snapshot();
                return method == "copy" ? snapshot : Ops.CallMethod(snapshot, method);
            });
        }
    }

    [PyMethod("__repr__")]
    private static Value Repr(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("mappingproxy.__repr__", args, kwnames, self: true);
        return PyStr.From($"mappingproxy({Ops.Repr(Self(args).Snapshot())})");
    }

    [PyMethod("__eq__")]
    private static Value Eq(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        PyInt.SlotArgs(args, kwnames, 1);
        Value other = args[1].ObjectOrNull is PyMappingProxy p ? p.Snapshot() : args[1];
        return Ops.Compare(CompareOp.Eq, Self(args).Snapshot(), other);
    }
}
