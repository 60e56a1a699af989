namespace Jit.Runtime.Objects;

/// <summary>User classes: creation (<c>type(name, bases, dict)</c>), C3 linearisation, instance
/// construction, and attribute access on type objects.</summary>
public sealed partial class PyType
{
    /// <summary>
    /// Creates a class as <c>type.__new__(metatype, name, bases, namespace)</c> does: computes the
    /// MRO and layout base, copies the namespace, wraps <c>__new__</c> in staticmethod and
    /// <c>__init_subclass__</c>/<c>__class_getitem__</c> in classmethod, sets <c>__hash__</c> to None
    /// when <c>__eq__</c> is defined alone, then calls <c>__set_name__</c> on the attributes and the
    /// parent's <c>__init_subclass__</c> with <paramref name="kwargs"/>.
    /// </summary>
    public static PyType CreateClass(string name, IReadOnlyList<PyType> bases, PyDict ns, PyType? metatype = null, PyDict? kwargs = null)
    {
        PyType[] baseArray = bases.Count == 0 ? [Object] : [.. bases];
        for (int i = 0; i < baseArray.Length; i++)
        {
            if (!baseArray[i].IsBaseType)
            {
                throw PyErr.TypeError($"type '{baseArray[i].Name}' is not an acceptable base type");
            }

            for (int j = 0; j < i; j++)
            {
                if (ReferenceEquals(baseArray[i], baseArray[j]))
                {
                    throw PyErr.TypeError($"duplicate base class {baseArray[i].Name}");
                }
            }
        }

        metatype ??= CalculateMetaclass(TypeType, baseArray);
        PyType layoutBase = BestBase(baseArray);
        var members = new OrderedDictionary<string, Value>();
        foreach ((Value key, Value value) in ns)
        {
            if (key.ObjectOrNull is not PyStr s)
            {
                throw PyErr.TypeError($"type.__new__() argument 3 must be dict of str keys, not '{Ops.TypeName(key)}'");
            }

            members[s.Text] = value;
        }

        var type = new PyType(metatype, name, baseArray, TypeFlags.BaseType)
        {
            Base = layoutBase,
        };
        if (members.TryGetValue("__qualname__", out Value qualname))
        {
            type.QualName = qualname.ObjectOrNull is PyStr q
                ? q.Text
                : throw PyErr.TypeError($"type __qualname__ must be a str, not {Ops.TypeName(qualname)}");
            members.Remove("__qualname__");
        }

        if (members.TryGetValue("__new__", out Value newMethod) && newMethod.ObjectOrNull is not PyStaticMethod && newMethod.Type == Function)
        {
            members["__new__"] = new PyStaticMethod(newMethod);
        }

        foreach (string implicitClassMethod in (ReadOnlySpan<string>)["__init_subclass__", "__class_getitem__"])
        {
            if (members.TryGetValue(implicitClassMethod, out Value method) && method.Type == Function)
            {
                members[implicitClassMethod] = new PyClassMethod(method);
            }
        }

        if (members.ContainsKey("__eq__") && !members.ContainsKey("__hash__"))
        {
            members["__hash__"] = Value.None;
        }

        // The cell behind zero-argument super() and __class__ in methods.
        PyCell? classCell = null;
        if (members.TryGetValue("__classcell__", out Value cell))
        {
            classCell = cell.ObjectOrNull as PyCell
                ?? throw PyErr.TypeError($"__classcell__ must be a nonlocal cell, not {Ops.TypeName(cell)}");
            members.Remove("__classcell__");
        }

        type._members = members;
        type._mro = ComputeMro(type, baseArray);
        type.InstancesHaveDict = true;
        if (members.TryGetValue("__slots__", out Value slots))
        {
            type.InstancesHaveDict = DefineSlots(type, members, slots) || baseArray.Any(b => b.IsHeapType && b.InstancesHaveDict);
        }

        if (type.InstancesHaveDict && !members.ContainsKey("__dict__") && !HasDictDescriptor(type))
        {
            members["__dict__"] = new PyGetSetDescriptor("__dict__", type, ObjectMethods.GetDict, ObjectMethods.SetDict);
            members["__weakref__"] = new PyGetSetDescriptor("__weakref__", type, static _ => Value.None, null);
        }

        if (!members.ContainsKey("__doc__"))
        {
            members["__doc__"] = Value.None;
        }

        foreach (PyType b in baseArray)
        {
            b.AddSubclass(type);
        }

        type.InvalidateVersion();
        if (classCell is not null)
        {
            classCell.Contents = type;
        }

        foreach ((string key, Value value) in members.ToArray())
        {
            if (value.ObjectOrNull is PyObject attribute && attribute is not (PyType or PyStr))
            {
                Value setName = attribute.Type.Lookup("__set_name__");
                if (!setName.IsUnbound)
                {
                    Ops.CallSpecial(setName, attribute, [type, PyStr.From(key)], null);
                }
            }
        }

        if (PySuper.TryLookup(type, type, type, "__init_subclass__", out Value initSubclass))
        {
            if (kwargs is null || kwargs.Count == 0)
            {
                Ops.Call(initSubclass, ReadOnlySpan<Value>.Empty, null);
            }
            else
            {
                Ops.CallWithArgsKwargs(initSubclass, ReadOnlySpan<Value>.Empty, kwargs);
            }
        }

        return type;
    }

    /// <summary>False for a class whose <c>__slots__</c> (and bases' slots) leave out
    /// <c>__dict__</c>: its instances only accept the slot attributes.</summary>
    public bool InstancesHaveDict { get; private set; } = true;

    /// <summary>Installs a member descriptor per slot name; true when "__dict__" is a slot.</summary>
    private static bool DefineSlots(PyType type, OrderedDictionary<string, Value> members, Value slots)
    {
        Value[] names = slots.ObjectOrNull is PyStr single ? [single] : Ops.ToArray(slots);
        bool hasDict = false;
        foreach (Value item in names)
        {
            if (item.ObjectOrNull is not PyStr nameObject)
            {
                throw PyErr.TypeError($"__slots__ items must be strings, not '{Ops.TypeName(item)}'");
            }

            string name = nameObject.Text;
            if (name == "__dict__")
            {
                hasDict = true;
                continue;
            }

            if (name == "__weakref__")
            {
                continue;
            }

            if (name.StartsWith("__", StringComparison.Ordinal) && !name.EndsWith("__", StringComparison.Ordinal))
            {
                // Private names are mangled as in the class body.
                name = "_" + type.Name.TrimStart('_') + name;
            }

            if (members.ContainsKey(name))
            {
                throw PyErr.ValueError($"'{name}' in __slots__ conflicts with class variable");
            }

            members[name] = new PyMemberDescriptor(name, type);
        }

        return hasDict;
    }

    /// <summary>The metaclass a class statement uses: the explicit one (unbound when not given),
    /// else the type of the first base, else <c>type</c>; a class metaclass is then refined to the
    /// most derived one among the bases' types.</summary>
    public static Value SelectMetaclass(Value explicitMetaclass, ReadOnlySpan<Value> bases)
    {
        Value meta = !explicitMetaclass.IsUnbound ? explicitMetaclass
            : bases.Length > 0 ? bases[0].Type
            : TypeType;
        if (meta.ObjectOrNull is PyType metatype)
        {
            var baseTypes = new List<PyType>(bases.Length);
            foreach (Value b in bases)
            {
                if (b.ObjectOrNull is PyType bt)
                {
                    baseTypes.Add(bt);
                }
            }

            return CalculateMetaclass(metatype, baseTypes);
        }

        return meta;
    }

    /// <summary>The namespace a class body runs in: <c>meta.__prepare__(name, bases, **kwargs)</c>,
    /// or a new dict when the metaclass has no <c>__prepare__</c>.</summary>
    public static Value PrepareNamespace(Value metaclass, string name, PyTuple bases, PyDict? kwargs)
    {
        if (!Ops.TryGetAttr(metaclass, "__prepare__", out Value prepare))
        {
            return new PyDict();
        }

        Value[] args = [PyStr.From(name), bases];
        return Ops.CallWithArgsKwargs(prepare, args, kwargs);
    }

    /// <summary>The most derived metaclass among <paramref name="metatype"/> and the bases' types
    /// ("metaclass conflict" otherwise).</summary>
    public static PyType CalculateMetaclass(PyType metatype, IReadOnlyList<PyType> bases)
    {
        PyType winner = metatype;
        foreach (PyType b in bases)
        {
            PyType candidate = b.Type;
            if (winner.IsSubtypeOf(candidate))
            {
                continue;
            }

            if (candidate.IsSubtypeOf(winner))
            {
                winner = candidate;
                continue;
            }

            throw PyErr.TypeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
        }

        return winner;
    }

    /// <summary>True when <paramref name="instance"/>'s type is this type or a subclass.</summary>
    public bool IsInstance(Value instance) => instance.Type.IsSubtypeOf(this);

    /// <summary>Calling a type: <c>type(x)</c>, or construction through <c>__new__</c> and <c>__init__</c>
    /// (or a metaclass's <c>__call__</c>).</summary>
    public override Value Call(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        if (Type.IsHeapType)
        {
            Value call = Type.LookupSpecial(SpecialMethod.Call);
            if (!call.Is(ObjectSlots.TypeCall))
            {
                return Ops.CallSpecial(call, this, args, kwnames);
            }
        }

        return Construct(args, kwnames);
    }

    /// <summary><c>type.__call__</c>: <c>__new__</c>, then <c>__init__</c> when the result is an
    /// instance of this type.</summary>
    public Value Construct(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        if (ReferenceEquals(this, TypeType) && args.Length == 1 && kwnames is null)
        {
            return args[0].Type;
        }

        Value newMethod = LookupSpecial(SpecialMethod.New);
        if (newMethod.ObjectOrNull is PyStaticMethod staticMethod)
        {
            newMethod = staticMethod.Function;
        }

        Value instance = Ops.CallWithSelf(newMethod, this, args, kwnames);
        PyType instanceType = instance.Type;
        if (!instanceType.IsSubtypeOf(this))
        {
            return instance;
        }

        Value init = instanceType.LookupSpecial(SpecialMethod.Init);
        if (init.Is(ObjectSlots.Init) && !newMethod.Is(ObjectSlots.New))
        {
            // object.__init__ accepts the arguments when __new__ is overridden.
            return instance;
        }

        Value result = Ops.CallSpecial(init, instance, args, kwnames);
        if (!result.IsNone)
        {
            throw PyErr.TypeError($"__init__() should return None, not '{Ops.TypeName(result)}'");
        }

        return instance;
    }

    /// <summary><c>type.__getattribute__</c>: data descriptors of the metatype, then the MRO of this
    /// type (descriptors bound with no instance), then other metatype attributes.</summary>
    public override bool HasGenericGetAttr => false;

    public override bool TryGetAttribute(string name, out Value value)
    {
        PyType meta = Type;
        Value metaAttribute = meta.Lookup(name);
        PyObject? metaDescriptor = metaAttribute.ObjectOrNull;
        if (metaDescriptor is not null && metaDescriptor.IsDataDescriptor)
        {
            value = metaDescriptor.DescriptorGet(this, meta);
            return true;
        }

        Value attribute = Lookup(name);
        if (!attribute.IsUnbound)
        {
            value = attribute.ObjectOrNull is PyObject descriptor ? descriptor.DescriptorGet(default, this) : attribute;
            return true;
        }

        if (!metaAttribute.IsUnbound)
        {
            value = metaDescriptor is not null ? metaDescriptor.DescriptorGet(this, meta) : metaAttribute;
            return true;
        }

        value = default;
        return false;
    }

    public override PyException MissingAttribute(string name) => PyErr.NoAttribute(this, name);

    /// <summary><c>type.__setattr__</c>: refused on built-in types; otherwise a data descriptor of
    /// the metatype or the class dictionary.</summary>
    public override void SetAttribute(string name, Value value)
    {
        Value metaAttribute = Type.Lookup(name);
        if (metaAttribute.ObjectOrNull is PyObject d && d.IsDataDescriptor)
        {
            d.DescriptorSet(this, value);
            return;
        }

        if (IsBuiltin)
        {
            throw PyErr.TypeError($"cannot set '{name}' attribute of immutable type '{Name}'");
        }

        SetMember(name, value);
    }

    public override void DeleteAttribute(string name)
    {
        Value metaAttribute = Type.Lookup(name);
        if (metaAttribute.ObjectOrNull is PyObject d && d.IsDataDescriptor)
        {
            d.DescriptorDelete(this);
            return;
        }

        if (IsBuiltin)
        {
            throw PyErr.TypeError($"cannot set '{name}' attribute of immutable type '{Name}'");
        }

        if (!RemoveMember(name))
        {
            throw PyErr.NoAttribute(this, name);
        }
    }

    /// <summary>Replaces <c>__bases__</c> (recomputing the MRO).</summary>
    public void SetBases(IReadOnlyList<PyType> bases)
    {
        if (IsBuiltin)
        {
            throw PyErr.TypeError($"cannot set '__bases__' attribute of immutable type '{Name}'");
        }

        if (bases.Count == 0)
        {
            throw PyErr.TypeError($"can only assign non-empty tuple to {Name}.__bases__, not ()");
        }

        PyType[] newBases = [.. bases];
        foreach (PyType b in newBases)
        {
            if (b.IsSubtypeOf(this))
            {
                throw PyErr.TypeError("a __bases__ item causes an inheritance cycle");
            }
        }

        PyType[] mro = ComputeMro(this, newBases);
        foreach (PyType old in _bases)
        {
            old.RemoveSubclass(this);
        }

        _bases = newBases;
        _mro = mro;
        Base = BestBase(newBases);
        foreach (PyType b in newBases)
        {
            b.AddSubclass(this);
        }

        InvalidateVersion();
    }

    /// <summary>C3 linearisation, with CPython's error for an inconsistent hierarchy.</summary>
    private static PyType[] ComputeMro(PyType type, PyType[] bases)
    {
        var sequences = new List<List<PyType>>();
        foreach (PyType b in bases)
        {
            sequences.Add([.. b._mro]);
        }

        sequences.Add([.. bases]);
        var result = new List<PyType> { type };
        while (true)
        {
            sequences.RemoveAll(s => s.Count == 0);
            if (sequences.Count == 0)
            {
                return [.. result];
            }

            PyType? candidate = null;
            foreach (List<PyType> sequence in sequences)
            {
                PyType head = sequence[0];
                if (!sequences.Any(s => s.IndexOf(head) > 0))
                {
                    candidate = head;
                    break;
                }
            }

            if (candidate is null)
            {
                var names = new List<string>();
                foreach (List<PyType> sequence in sequences)
                {
                    if (!names.Contains(sequence[0].Name))
                    {
                        names.Add(sequence[0].Name);
                    }
                }

                throw PyErr.TypeError($"Cannot create a consistent method resolution\norder (MRO) for bases {string.Join(", ", names)}");
            }

            result.Add(candidate);
            foreach (List<PyType> sequence in sequences)
            {
                if (sequence[0] == candidate)
                {
                    sequence.RemoveAt(0);
                }
            }
        }
    }

    /// <summary>The base whose instance layout the class extends ("multiple bases have instance
    /// lay-out conflict" when two bases have unrelated layouts).</summary>
    private static PyType BestBase(PyType[] bases)
    {
        PyType? winner = null;
        PyType? best = null;
        foreach (PyType b in bases)
        {
            PyType candidate = b.SolidBase();
            if (winner is null)
            {
                winner = candidate;
                best = b;
            }
            else if (winner.IsSubtypeOf(candidate))
            {
                continue;
            }
            else if (candidate.IsSubtypeOf(winner))
            {
                winner = candidate;
                best = b;
            }
            else
            {
                throw PyErr.TypeError("multiple bases have instance lay-out conflict");
            }
        }

        return best!;
    }

    private PyType SolidBase()
    {
        PyType type = this;
        while ((type.Flags & TypeFlags.Layout) == 0 && type.Base is not null)
        {
            type = type.Base;
        }

        return type;
    }

    private static bool HasDictDescriptor(PyType type)
    {
        foreach (PyType t in type._mro[1..])
        {
            if (t.Members.TryGetValue("__dict__", out Value d) && d.ObjectOrNull is PyGetSetDescriptor)
            {
                return true;
            }
        }

        return false;
    }
}
