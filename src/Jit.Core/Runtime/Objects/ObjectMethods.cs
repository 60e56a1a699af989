namespace Jit.Runtime.Objects;

/// <summary>The methods of <c>object</c>, the defaults every class inherits.</summary>
[PyClass("object")]
internal static class ObjectMethods
{
    /// <summary>Getter of the <c>__dict__</c> descriptor that user classes get.</summary>
    public static Value GetDict(Value self) => self.Object.InstanceDict ??= new PyDict();

    public static void SetDict(Value self, Value value)
    {
        if (value.IsUnbound)
        {
            throw PyErr.TypeError("cannot delete __dict__");
        }

        self.Object.InstanceDict = value.ObjectOrNull as PyDict
            ?? throw PyErr.TypeError($"__dict__ must be set to a dictionary, not a '{Ops.TypeName(value)}'");
    }

    /// <summary>"&lt;module.Name object at 0x...&gt;".</summary>
    public static string DefaultRepr(Value self)
    {
        PyType type = self.Type;
        string module = type.ModuleName;
        string name = module == "builtins" ? type.QualName : $"{module}.{type.QualName}";
        return $"<{name} object at {Ops.IdString(self)}>";
    }

    [PyMethod("__new__")]
    private static Value New(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        if (args.Length == 0)
        {
            throw PyErr.TypeError("object.__new__(): not enough arguments");
        }

        if (args[0].ObjectOrNull is not PyType cls)
        {
            throw PyErr.TypeError($"object.__new__(X): X is not a type object ({Ops.TypeName(args[0])})");
        }

        if (args.Length > 1)
        {
            if (!cls.LookupSpecial(SpecialMethod.New).Is(ObjectSlots.New))
            {
                throw PyErr.TypeError("object.__new__() takes exactly one argument (the type to instantiate)");
            }

            if (cls.LookupSpecial(SpecialMethod.Init).Is(ObjectSlots.Init))
            {
                throw PyErr.TypeError($"{cls.Name}() takes no arguments");
            }
        }

        PyType solid = cls;
        while ((solid.Flags & TypeFlags.Layout) == 0 && solid.Base is not null)
        {
            solid = solid.Base;
        }

        if (solid != PyType.Object)
        {
            throw PyErr.TypeError($"object.__new__({cls.Name}) is not safe, use {solid.Name}.__new__()");
        }

        if (cls.Members.TryGetValue("__abstractmethods__", out Value abstractMethods) && Ops.IsTrue(abstractMethods))
        {
            string[] names = Ops.ToArray(abstractMethods).Select(Ops.Str).Order(StringComparer.Ordinal).ToArray();
            throw PyErr.TypeError($"Can't instantiate abstract class {cls.Name} with abstract method{(names.Length == 1 ? string.Empty : "s")} {string.Join(", ", names)}");
        }

        return new PyInstance(cls);
    }

    [PyMethod("__init__")]
    private static Value Init(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        if (args.Length > 1)
        {
            PyType type = args[0].Type;
            if (!type.LookupSpecial(SpecialMethod.Init).Is(ObjectSlots.Init))
            {
                throw PyErr.TypeError("object.__init__() takes exactly one argument (the instance to initialize)");
            }

            if (type.LookupSpecial(SpecialMethod.New).Is(ObjectSlots.New))
            {
                throw PyErr.TypeError($"{type.Name}() takes no arguments");
            }
        }

        return Value.None;
    }

    [PyMethod("__repr__")]
    private static Value Repr(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("object.__repr__", args, kwnames, self: true);
        Value self = args[0];
        return PyStr.From(self.IsObject && !self.Type.IsHeapType && OverridesToString(self.Object.GetType()) ? self.Object.ToString() : DefaultRepr(self));
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<System.Type, bool> s_overridesToString = new();

    /// <summary>Built-in objects without a <c>__repr__</c> of their own (functions, code objects,
    /// frames, generators) give their repr through the C# ToString override.</summary>
    private static bool OverridesToString(System.Type type) =>
        s_overridesToString.GetOrAdd(type, t => t.GetMethod(nameof(ToString), System.Type.EmptyTypes)!.DeclaringType != typeof(PyObject));

    [PyMethod("__str__")]
    private static Value Str(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("object.__str__", args, kwnames, self: true);
        return PyStr.From(Ops.Repr(args[0]));
    }

    [PyMethod("__hash__")]
    private static Value Hash(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("object.__hash__", args, kwnames, self: true);
        return Value.FromInt(args[0].IsObject ? PyHash.Pointer(args[0].Object) : Ops.Hash(args[0]));
    }

    [PyMethod("__eq__")]
    private static Value Eq(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("object.__eq__", args, kwnames, 1, self: true);
        return args[0].Is(args[1]) ? Value.True : PyNotImplemented.Instance;
    }

    [PyMethod("__ne__")]
    private static Value Ne(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("object.__ne__", args, kwnames, 1, self: true);
        return Ops.ObjectNe(args[0], args[1]);
    }

    [PyMethod("__lt__")]
    [PyMethod("__le__")]
    [PyMethod("__gt__")]
    [PyMethod("__ge__")]
    private static Value Order(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("object.__lt__", args, kwnames, 1, self: true);
        return PyNotImplemented.Instance;
    }

    [PyMethod("__getattribute__")]
    private static Value GetAttribute(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("object.__getattribute__", args, kwnames, 1, self: true);
        string name = AttributeName(args[1]);
        if (Ops.GenericTryGetAttr(args[0], name, out Value value))
        {
            return value;
        }

        throw args[0].ObjectOrNull is PyObject o ? o.MissingAttribute(name) : PyErr.NoAttribute(args[0], name);
    }

    [PyMethod("__setattr__")]
    private static Value SetAttr(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("object.__setattr__", args, kwnames, 2, self: true);
        Ops.GenericSetAttr(args[0], AttributeName(args[1]), args[2]);
        return Value.None;
    }

    [PyMethod("__delattr__")]
    private static Value DelAttr(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("object.__delattr__", args, kwnames, 1, self: true);
        Ops.GenericDelAttr(args[0], AttributeName(args[1]));
        return Value.None;
    }

    [PyMethod("__format__")]
    private static Value Format(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("object.__format__", args, kwnames, 1, self: true);
        if (args[1].ObjectOrNull is not PyStr spec)
        {
            throw PyErr.TypeError($"__format__() argument must be str, not {Ops.TypeName(args[1])}");
        }

        if (spec.Text.Length > 0)
        {
            throw PyErr.TypeError($"unsupported format string passed to {args[0].Type.Name}.__format__");
        }

        return PyStr.From(Ops.Str(args[0]));
    }

    [PyMethod("__dir__")]
    private static Value Dir(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("object.__dir__", args, kwnames, self: true);
        var names = new List<Value>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (args[0].ObjectOrNull?.InstanceDict is PyDict dict)
        {
            foreach ((Value key, _) in dict)
            {
                if (key.ObjectOrNull is PyStr s && seen.Add(s.Text))
                {
                    names.Add(key);
                }
            }
        }

        foreach (PyType type in args[0].Type.Mro)
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

    [PyClassMethod("__init_subclass__")]
    private static Value InitSubclass(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        if (kwnames is not null)
        {
            throw PyErr.TypeError($"{((PyType)args[0].Object).Name}.__init_subclass__() takes no keyword arguments");
        }

        if (args.Length > 1)
        {
            throw PyErr.TypeError($"{((PyType)args[0].Object).Name}.__init_subclass__() takes no arguments ({args.Length - 1} given)");
        }

        return Value.None;
    }

    [PyClassMethod("__subclasshook__")]
    private static Value SubclassHook(ReadOnlySpan<Value> args, string[]? kwnames) => PyNotImplemented.Instance;

    [PyGetter("__class__")]
    private static Value GetClass(Value self) => self.Type;

    [PySetter("__class__")]
    private static void SetClass(Value self, Value value)
    {
        if (value.IsUnbound)
        {
            throw PyErr.TypeError("can't delete __class__ attribute");
        }

        if (value.ObjectOrNull is not PyType newType)
        {
            throw PyErr.TypeError($"__class__ must be set to a class, not '{Ops.TypeName(value)}' object");
        }

        PyType oldType = self.Type;
        if (!oldType.IsHeapType || !newType.IsHeapType || self.ObjectOrNull is null)
        {
            throw PyErr.TypeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
        }

        if (newType.Base is null || oldType.Base is null || SolidBase(newType) != SolidBase(oldType))
        {
            throw PyErr.TypeError($"__class__ assignment: '{newType.Name}' object layout differs from '{oldType.Name}'");
        }

        self.Object.Type = newType;
    }

    private static PyType SolidBase(PyType type)
    {
        while ((type.Flags & TypeFlags.Layout) == 0 && type.Base is not null)
        {
            type = type.Base;
        }

        return type;
    }

    private static string AttributeName(Value name) => name.ObjectOrNull is PyStr s
        ? s.Text
        : throw PyErr.TypeError($"attribute name must be string, not '{Ops.TypeName(name)}'");
}

/// <summary>The default slot methods of object and type, so that fast paths can recognise "not
/// overridden" with one comparison.</summary>
internal static class ObjectSlots
{
    public static readonly Value New = PyType.Object.Members["__new__"];
    public static readonly Value Init = PyType.Object.Members["__init__"];
    public static readonly Value Hash = PyType.Object.Members["__hash__"];
    public static readonly Value Eq = PyType.Object.Members["__eq__"];
    public static readonly Value Ne = PyType.Object.Members["__ne__"];
    public static readonly Value GetAttribute = PyType.Object.Members["__getattribute__"];
    public static readonly Value SetAttr = PyType.Object.Members["__setattr__"];
    public static readonly Value DelAttr = PyType.Object.Members["__delattr__"];
    public static readonly Value TypeGetAttribute = PyType.TypeType.Members["__getattribute__"];
    public static readonly Value TypeSetAttr = PyType.TypeType.Members["__setattr__"];
    public static readonly Value TypeDelAttr = PyType.TypeType.Members["__delattr__"];
    public static readonly Value TypeCall = PyType.TypeType.Members["__call__"];

    private static readonly Value[] s_order =
        [PyType.Object.Members["__lt__"], PyType.Object.Members["__le__"], default, default, PyType.Object.Members["__gt__"], PyType.Object.Members["__ge__"]];

    public static Value Compare(CompareOp op) => s_order[(int)op];
}
