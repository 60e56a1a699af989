namespace Jit.Runtime.Objects;

/// <summary>The methods of <c>type</c>, the metaclass of every class.</summary>
[PyClass("type")]
internal static class TypeMethods
{
    private static readonly ArgSpec s_new = new("type", ["name", "bases", "dict"], positionalOnly: 3, required: 3);

    [PyMethod("__new__")]
    private static Value New(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        if (args.Length == 0 || args[0].ObjectOrNull is not PyType metatype)
        {
            throw PyErr.TypeError("type.__new__(X): X is not a type object");
        }

        int positional = ArgParser.PositionalCount(args, kwnames) - 1;
        if (ReferenceEquals(metatype, PyType.TypeType) && positional == 1 && kwnames is null)
        {
            return args[1].Type;
        }

        if (positional != 3)
        {
            throw PyErr.TypeError(ReferenceEquals(metatype, PyType.TypeType)
                ? "type() takes 1 or 3 arguments"
                : $"type.__new__() takes exactly 3 arguments ({positional} given)");
        }

        var bound = default(ArgBuffer);
        s_new.Bind(args.Slice(1, 3), null, bound);
        string name = bound[0].ObjectOrNull is PyStr s
            ? s.Text
            : throw PyErr.TypeError($"type.__new__() argument 1 must be str, not {Ops.TypeName(bound[0])}");
        if (bound[1].ObjectOrNull is not PyTuple bases)
        {
            throw PyErr.TypeError($"type.__new__() argument 2 must be tuple, not {Ops.TypeName(bound[1])}");
        }

        if (bound[2].ObjectOrNull is not PyDict ns)
        {
            throw PyErr.TypeError($"type.__new__() argument 3 must be dict, not {Ops.TypeName(bound[2])}");
        }

        var baseTypes = new PyType[bases.Count];
        for (int i = 0; i < baseTypes.Length; i++)
        {
            // CPython settles the metaclass first, and the type of a base that is not a class is not a metaclass.
            baseTypes[i] = bases[i].ObjectOrNull as PyType
                ?? throw PyErr.TypeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
        }

        PyType winner = PyType.CalculateMetaclass(metatype, baseTypes);
        Value winnerNew = winner.LookupSpecial(SpecialMethod.New);
        if (!ReferenceEquals(winner, metatype) && !winnerNew.Is(PyType.TypeType.Members["__new__"]))
        {
            // A more derived metaclass with its own __new__ takes over, as in CPython.
            Value function = winnerNew.ObjectOrNull is PyStaticMethod staticNew ? staticNew.Function : winnerNew;
            return Ops.Call(function, [winner, .. args[1..]], kwnames);
        }

        if (!ns.ContainsKey(PyStr.From("__module__")) &&
            PyContext.CurrentOrNull?.CurrentGlobals?.Invoke() is PyDict globals && globals.TryGetValue("__name__", out Value module))
        {
            ns = ns.Copy();
            ns.Set("__module__", module);
        }

        PyDict? kwargs = null;
        if (kwnames is not null)
        {
            kwargs = new PyDict();
            for (int i = 0; i < kwnames.Length; i++)
            {
                kwargs.Set(kwnames[i], args[args.Length - kwnames.Length + i]);
            }
        }

        return PyType.CreateClass(name, baseTypes, ns, winner, kwargs);
    }

    [PyMethod("__init__")]
    private static Value Init(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        int positional = ArgParser.PositionalCount(args, kwnames) - 1;
        if (positional != 1 && positional != 3)
        {
            throw PyErr.TypeError("type.__init__() takes 1 or 3 arguments");
        }

        return Value.None;
    }

    [PyMethod("__call__")]
    private static Value CallType(ReadOnlySpan<Value> args, string[]? kwnames) =>
        ((PyType)args[0].Object).Construct(args[1..], kwnames);

    [PyMethod("__repr__")]
    private static Value Repr(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("type.__repr__", args, kwnames, self: true);
        return PyStr.From(args[0].Object.ToString()!);
    }

    [PyMethod("__getattribute__")]
    private static Value GetAttribute(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("type.__getattribute__", args, kwnames, 1, self: true);
        var type = (PyType)args[0].Object;
        string name = AttributeName(args[1]);
        return type.TryGetAttribute(name, out Value value) ? value : throw type.MissingAttribute(name);
    }

    [PyMethod("__setattr__")]
    private static Value SetAttr(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("type.__setattr__", args, kwnames, 2, self: true);
        ((PyType)args[0].Object).SetAttribute(AttributeName(args[1]), args[2]);
        return Value.None;
    }

    [PyMethod("__delattr__")]
    private static Value DelAttr(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("type.__delattr__", args, kwnames, 1, self: true);
        ((PyType)args[0].Object).DeleteAttribute(AttributeName(args[1]));
        return Value.None;
    }

    [PyMethod("mro")]
    private static Value Mro(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("type.mro", args, kwnames, self: true);
        return new PyList(((PyType)args[0].Object).Mro.ToArray().Select(t => (Value)t).ToArray());
    }

    [PyMethod("__subclasses__")]
    private static Value Subclasses(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("type.__subclasses__", args, kwnames, self: true);
        return new PyList(((PyType)args[0].Object).Subclasses().Select(t => (Value)t).ToArray());
    }

    [PyMethod("__instancecheck__")]
    private static Value InstanceCheck(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("type.__instancecheck__", args, kwnames, 1, self: true);
        return Value.FromBool(Ops.RealIsInstance(args[1], (PyType)args[0].Object));
    }

    [PyMethod("__subclasscheck__")]
    private static Value SubclassCheck(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("type.__subclasscheck__", args, kwnames, 1, self: true);
        return Value.FromBool(Ops.RealIsSubclass(args[1], (PyType)args[0].Object));
    }

    [PyClassMethod("__prepare__")]
    private static Value Prepare(ReadOnlySpan<Value> args, string[]? kwnames) => new PyDict();

    [PyMethod("__dir__")]
    private static Value Dir(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("type.__dir__", args, kwnames, self: true);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var names = new List<Value>();
        foreach (PyType type in ((PyType)args[0].Object).Mro)
        {
            foreach (string key in type.Members.Keys)
            {
                if (seen.Add(key))
                {
                    names.Add(PyStr.From(key));
                }
            }
        }

        return new PyList([.. names]);
    }

    [PyGetter("__name__")]
    private static Value GetName(Value self) => PyStr.From(((PyType)self.Object).Name);

    [PySetter("__name__")]
    private static void SetName(Value self, Value value)
    {
        var type = (PyType)self.Object;
        CheckMutable(type, "__name__");
        type.Name = value.ObjectOrNull is PyStr s
            ? s.Text
            : throw PyErr.TypeError($"can only assign string to {type.Name}.__name__, not '{Ops.TypeName(value)}'");
    }

    [PyGetter("__qualname__")]
    private static Value GetQualName(Value self) => PyStr.From(((PyType)self.Object).QualName);

    [PySetter("__qualname__")]
    private static void SetQualName(Value self, Value value)
    {
        var type = (PyType)self.Object;
        CheckMutable(type, "__qualname__");
        type.QualName = value.ObjectOrNull is PyStr s
            ? s.Text
            : throw PyErr.TypeError($"can only assign string to {type.Name}.__qualname__, not '{Ops.TypeName(value)}'");
    }

    [PyGetter("__module__")]
    private static Value GetModule(Value self)
    {
        var type = (PyType)self.Object;
        return type.IsHeapType && type.Members.TryGetValue("__module__", out Value module) ? module : PyStr.From(type.ModuleName);
    }

    [PySetter("__module__")]
    private static void SetModule(Value self, Value value)
    {
        var type = (PyType)self.Object;
        CheckMutable(type, "__module__");
        type.SetMember("__module__", value);
    }

    [PyGetter("__doc__")]
    private static Value GetDoc(Value self)
    {
        var type = (PyType)self.Object;
        if (!type.Members.TryGetValue("__doc__", out Value doc))
        {
            return Value.None;
        }

        return doc.ObjectOrNull is PyObject d ? d.DescriptorGet(default, type) : doc;
    }

    [PySetter("__doc__")]
    private static void SetDoc(Value self, Value value)
    {
        var type = (PyType)self.Object;
        CheckMutable(type, "__doc__");
        type.SetMember("__doc__", value);
    }

    [PyGetter("__mro__")]
    private static Value GetMro(Value self) => new PyTuple(((PyType)self.Object).Mro.ToArray().Select(t => (Value)t).ToArray());

    [PyGetter("__bases__")]
    private static Value GetBases(Value self) => new PyTuple(((PyType)self.Object).Bases.Select(t => (Value)t).ToArray());

    [PySetter("__bases__")]
    private static void SetBases(Value self, Value value)
    {
        var type = (PyType)self.Object;
        if (value.ObjectOrNull is not PyTuple tuple)
        {
            throw PyErr.TypeError($"can only assign tuple to {type.Name}.__bases__, not {Ops.TypeName(value)}");
        }

        type.SetBases(tuple.Items.Select(v => v.ObjectOrNull as PyType
            ?? throw PyErr.TypeError($"{type.Name}.__bases__ must be tuple of classes, not '{Ops.TypeName(v)}'")).ToArray());
    }

    [PyGetter("__base__")]
    private static Value GetBase(Value self) => ((PyType)self.Object).Base is PyType b ? b : Value.None;

    [PyGetter("__dict__")]
    private static Value GetTypeDict(Value self) => new PyMappingProxy((PyType)self.Object);

    private static void CheckMutable(PyType type, string name)
    {
        if (type.IsBuiltin)
        {
            throw PyErr.TypeError($"cannot set '{name}' attribute of immutable type '{type.Name}'");
        }
    }

    private static string AttributeName(Value name) => name.ObjectOrNull is PyStr s
        ? s.Text
        : throw PyErr.TypeError($"attribute name must be string, not '{Ops.TypeName(name)}'");
}
