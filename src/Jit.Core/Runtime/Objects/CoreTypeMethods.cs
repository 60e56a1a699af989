using Jit.Runtime.Formatting;

namespace Jit.Runtime.Objects;

/// <summary>repr() from the C# <c>ToString</c> of objects that define it.</summary>
[PyClass("builtin_function_or_method")]
[PyClass("method_descriptor")]
[PyClass("classmethod_descriptor")]
[PyClass("wrapper_descriptor")]
[PyClass("method-wrapper")]
[PyClass("getset_descriptor")]
[PyClass("member_descriptor")]
[PyClass("method")]
[PyClass("classmethod")]
[PyClass("staticmethod")]
[PyClass("NoneType")]
[PyClass("NotImplementedType")]
[PyClass("ellipsis")]
[PyClass("cell")]
[PyClass("slice")]
[PyClass("module")]
internal static class ToStringRepr
{
    [PyMethod("__repr__")]
    private static Value Repr(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("__repr__", args, kwnames, self: true);
        return PyStr.From(args[0].Object.ToString()!);
    }
}

/// <summary>Singletons that refuse construction arguments and have fixed truth values.</summary>
[PyClass("NoneType")]
[PyClass("NotImplementedType")]
[PyClass("ellipsis")]
internal static class SingletonMethods
{
    [PyMethod("__new__")]
    private static Value New(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        var cls = (PyType)args[0].Object;
        if (args.Length > 1 || kwnames is not null)
        {
            throw PyErr.TypeError($"{cls.Name} takes no arguments");
        }

        return ReferenceEquals(cls, PyType.NoneType) ? Value.None
            : ReferenceEquals(cls, PyType.Ellipsis) ? PyEllipsis.Instance
            : PyNotImplemented.Instance;
    }

    [PyMethod("__bool__")]
    private static Value Bool(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("__bool__", args, kwnames, self: true);
        return Value.FromBool(!args[0].IsNone);
    }
}

/// <summary>Attributes of built-in functions and method descriptors.</summary>
[PyClass("builtin_function_or_method")]
[PyClass("method_descriptor")]
[PyClass("classmethod_descriptor")]
[PyClass("wrapper_descriptor")]
[PyClass("method-wrapper")]
internal static class BuiltinFunctionMethods
{
    [PyGetter("__name__")]
    private static Value Name(Value self) => PyStr.From(((PyBuiltinFunction)self.Object).Name);

    [PyGetter("__qualname__")]
    private static Value QualName(Value self)
    {
        var function = (PyBuiltinFunction)self.Object;
        PyType? owner = function.Owner ?? (function.Self.ObjectOrNull is PyType t ? t : null);
        return PyStr.From(owner is null ? function.Name : $"{owner.Name}.{function.Name}");
    }

    [PyGetter("__self__")]
    private static Value SelfObject(Value self)
    {
        var function = (PyBuiltinFunction)self.Object;
        return function.Self.IsUnbound ? Value.None : function.Self;
    }

    [PyGetter("__module__")]
    private static Value Module(Value self) =>
        ((PyBuiltinFunction)self.Object).ModuleName is string module ? PyStr.From(module) : Value.None;

    [PyGetter("__doc__")]
    private static Value Doc(Value self) => Value.None;

    [PyGetter("__objclass__")]
    private static Value ObjClass(Value self) =>
        ((PyBuiltinFunction)self.Object).Owner is PyType owner ? owner : throw PyErr.NoAttribute(self, "__objclass__");
}

/// <summary>What Python functions and built-in functions share: binding as a descriptor, and
/// <c>__call__</c> (so that <c>callable()</c>-style checks through the type see them).</summary>
[PyClass("function")]
[PyClass("builtin_function_or_method")]
internal static class FunctionProtocolMethods
{
    [PyMethod("__get__")]
    private static Value Get(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        int count = ArgParser.Unpack("__get__", args, kwnames, 1, 2, self: true);
        Value instance = args[1].IsNone ? default : args[1];
        PyType owner = count == 2 && args[2].ObjectOrNull is PyType t ? t : args[1].Type;
        return args[0].Object.DescriptorGet(instance, owner);
    }

    [PyMethod("__call__")]
    private static Value CallFunction(ReadOnlySpan<Value> args, string[]? kwnames) => args[0].Object.Call(args[1..], kwnames);
}

/// <summary>Bound methods: <c>__func__</c>, <c>__self__</c>, equality, and attributes forwarded to
/// the function.</summary>
[PyClass("method")]
internal static class BoundMethodMethods
{
    [PyGetter("__func__")]
    private static Value Func(Value self) => ((PyBoundMethod)self.Object).Function;

    [PyGetter("__self__")]
    private static Value SelfObject(Value self) => ((PyBoundMethod)self.Object).Self;

    [PyMethod("__eq__")]
    private static Value Eq(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        PyInt.SlotArgs(args, kwnames, 1);
        if (args[1].ObjectOrNull is not PyBoundMethod other)
        {
            return PyNotImplemented.Instance;
        }

        var self = (PyBoundMethod)args[0].Object;
        return Value.FromBool(self.Self.Is(other.Self) && Ops.Equals(self.Function, other.Function));
    }

    [PyMethod("__hash__")]
    private static Value Hash(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("method.__hash__", args, kwnames, self: true);
        var self = (PyBoundMethod)args[0].Object;
        long hash = Ops.Id(self.Self) ^ Ops.Hash(self.Function);
        return Value.FromInt(hash == -1 ? -2 : hash);
    }

    [PyMethod("__getattribute__")]
    private static Value GetAttribute(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        PyInt.SlotArgs(args, kwnames, 1);
        string name = args[1].ObjectOrNull is PyStr s ? s.Text : throw PyErr.TypeError("attribute name must be string");
        var self = (PyBoundMethod)args[0].Object;
        return self.TryGetAttribute(name, out Value value) ? value : throw self.MissingAttribute(name);
    }
}

/// <summary>staticmethod and classmethod: construction and <c>__func__</c>.</summary>
[PyClass("staticmethod")]
[PyClass("classmethod")]
internal static class MethodWrapperMethods
{
    [PyMethod("__new__")]
    private static Value New(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        var cls = (PyType)args[0].Object;
        string name = cls.IsSubtypeOf(PyType.StaticMethod) ? "staticmethod" : "classmethod";
        ArgParser.NoKeywords(name, kwnames);
        ArgParser.Unpack(name, args, kwnames, 1, 1, self: true);
        if (cls.IsSubtypeOf(PyType.StaticMethod))
        {
            return new PyStaticMethod(args[1]) { Type = cls };
        }

        return new PyClassMethod(args[1]) { Type = cls };
    }

    [PyMethod("__init__")]
    private static Value Init(ReadOnlySpan<Value> args, string[]? kwnames) => Value.None;

    [PyGetter("__func__")]
    [PyGetter("__wrapped__")]
    private static Value Func(Value self) => self.Object switch
    {
        PyStaticMethod s => s.Function,
        PyClassMethod c => c.Function,
        _ => Value.None,
    };

    [PyGetter("__isabstractmethod__")]
    private static Value IsAbstract(Value self) =>
        Value.FromBool(Ops.TryGetAttr(Func(self), "__isabstractmethod__", out Value flag) && Ops.IsTrue(flag));

    [PyMethod("__get__")]
    private static Value Get(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        int count = ArgParser.Unpack("__get__", args, kwnames, 1, 2, self: true);
        Value instance = args[1].IsNone ? default : args[1];
        PyType owner = count == 2 && args[2].ObjectOrNull is PyType t ? t : args[1].Type;
        return args[0].Object.DescriptorGet(instance, owner);
    }

    [PyMethod("__call__")]
    private static Value CallStatic(ReadOnlySpan<Value> args, string[]? kwnames) =>
        args[0].Object is PyStaticMethod s
            ? Ops.Call(s.Function, args[1..], kwnames)
            : throw PyErr.TypeError("'classmethod' object is not callable");
}

/// <summary>property: construction, fget/fset/fdel, getter/setter/deleter.</summary>
[PyClass("property")]
internal static class PropertyMethods
{
    private static readonly ArgSpec s_init = new("property", ["fget", "fset", "fdel", "doc"]);

    [PyMethod("__new__")]
    private static Value New(ReadOnlySpan<Value> args, string[]? kwnames) => new PyProperty((PyType)args[0].Object);

    [PyMethod("__init__")]
    private static Value Init(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        var self = (PyProperty)args[0].Object;
        var bound = default(ArgBuffer);
        s_init.Bind(args[1..], kwnames, bound);
        self.Getter = bound[0].IsUnbound ? Value.None : bound[0];
        self.Setter = bound[1].IsUnbound ? Value.None : bound[1];
        self.Deleter = bound[2].IsUnbound ? Value.None : bound[2];
        self.Doc = bound[3].IsUnbound ? Value.None : bound[3];
        if (self.Doc.IsNone && !self.Getter.IsNone && Ops.TryGetAttr(self.Getter, "__doc__", out Value doc))
        {
            self.Doc = doc;
        }

        return Value.None;
    }

    [PyGetter("fget")]
    private static Value Fget(Value self) => ((PyProperty)self.Object).Getter;

    [PyGetter("fset")]
    private static Value Fset(Value self) => ((PyProperty)self.Object).Setter;

    [PyGetter("fdel")]
    private static Value Fdel(Value self) => ((PyProperty)self.Object).Deleter;

    [PyGetter("__doc__")]
    private static Value Doc(Value self) => ((PyProperty)self.Object).Doc;

    [PySetter("__doc__")]
    private static void SetDoc(Value self, Value value) => ((PyProperty)self.Object).Doc = value.IsUnbound ? Value.None : value;

    [PyGetter("__isabstractmethod__")]
    private static Value IsAbstract(Value self)
    {
        var p = (PyProperty)self.Object;
        foreach (Value f in (ReadOnlySpan<Value>)[p.Getter, p.Setter, p.Deleter])
        {
            if (Ops.TryGetAttr(f, "__isabstractmethod__", out Value flag) && Ops.IsTrue(flag))
            {
                return Value.True;
            }
        }

        return Value.False;
    }

    [PyMethod("getter")]
    private static Value Getter(ReadOnlySpan<Value> args, string[]? kwnames) => Copy(args, kwnames, 0);

    [PyMethod("setter")]
    private static Value Setter(ReadOnlySpan<Value> args, string[]? kwnames) => Copy(args, kwnames, 1);

    [PyMethod("deleter")]
    private static Value Deleter(ReadOnlySpan<Value> args, string[]? kwnames) => Copy(args, kwnames, 2);

    [PyMethod("__set_name__")]
    private static Value SetName(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("__set_name__", args, kwnames, 2, self: true);
        ((PyProperty)args[0].Object).Name = args[2].ObjectOrNull is PyStr s ? s.Text : null;
        return Value.None;
    }

    [PyMethod("__get__")]
    private static Value Get(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        int count = ArgParser.Unpack("__get__", args, kwnames, 1, 2, self: true);
        Value instance = args[1].IsNone ? default : args[1];
        PyType owner = count == 2 && args[2].ObjectOrNull is PyType t ? t : args[1].Type;
        return args[0].Object.DescriptorGet(instance, owner);
    }

    [PyMethod("__set__")]
    private static Value Set(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("__set__", args, kwnames, 2, self: true);
        args[0].Object.DescriptorSet(args[1], args[2]);
        return Value.None;
    }

    [PyMethod("__delete__")]
    private static Value Delete(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("__delete__", args, kwnames, 1, self: true);
        args[0].Object.DescriptorDelete(args[1]);
        return Value.None;
    }

    private static Value Copy(ReadOnlySpan<Value> args, string[]? kwnames, int slot)
    {
        ArgParser.Exactly(slot == 0 ? "getter" : slot == 1 ? "setter" : "deleter", args, kwnames, 1, self: true);
        var self = (PyProperty)args[0].Object;
        var copy = new PyProperty(self.Type)
        {
            Getter = slot == 0 ? args[1] : self.Getter,
            Setter = slot == 1 ? args[1] : self.Setter,
            Deleter = slot == 2 ? args[1] : self.Deleter,
            Doc = self.Doc,
            Name = self.Name,
        };
        if (slot == 0 && copy.Doc.IsNone && Ops.TryGetAttr(args[1], "__doc__", out Value doc))
        {
            copy.Doc = doc;
        }

        return copy;
    }
}

/// <summary>Closure cells.</summary>
[PyClass("cell")]
internal static class CellMethods
{
    [PyGetter("cell_contents")]
    private static Value Contents(Value self)
    {
        Value contents = ((PyCell)self.Object).Contents;
        return contents.IsUnbound ? throw PyErr.ValueError("Cell is empty") : contents;
    }

    [PySetter("cell_contents")]
    private static void SetContents(Value self, Value value) => ((PyCell)self.Object).Contents = value;
}

/// <summary>Module objects: construction and <c>dir()</c>.</summary>
[PyClass("module")]
internal static class ModuleMethods
{
    private static readonly ArgSpec s_init = new("module", ["name", "doc"], required: 1);

    [PyMethod("__new__")]
    private static Value New(ReadOnlySpan<Value> args, string[]? kwnames) => new PyModule("?") { Type = (PyType)args[0].Object };

    [PyMethod("__init__")]
    private static Value Init(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        var self = (PyModule)args[0].Object;
        var bound = default(ArgBuffer);
        s_init.Bind(args[1..], kwnames, bound);
        if (bound[0].ObjectOrNull is not PyStr name)
        {
            throw PyErr.TypeError($"module.__init__() argument 'name' must be str, not {Ops.TypeName(bound[0])}");
        }

        self.Name = name.Text;
        self.Globals.Set("__name__", name);
        self.Globals.Set("__doc__", bound[1].IsUnbound ? Value.None : bound[1]);
        return Value.None;
    }

    [PyMethod("__dir__")]
    private static Value Dir(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("module.__dir__", args, kwnames, self: true);
        var self = (PyModule)args[0].Object;
        if (self.Globals.TryGetValue("__dir__", out Value dir))
        {
            return Ops.Call(dir);
        }

        return new PyList(self.Globals.KeysArray());
    }

    [PyGetter("__dict__")]
    private static Value Dict(Value self) => ((PyModule)self.Object).Globals;
}

/// <summary>Slice objects.</summary>
[PyClass("slice")]
internal static class SliceMethods
{
    [PyMethod("__new__")]
    private static Value New(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoKeywords("slice", kwnames);
        int count = ArgParser.Unpack("slice", args, kwnames, 1, 3, self: true);
        return count == 1
            ? new PySlice(Value.None, args[1], Value.None)
            : new PySlice(args[1], args[2], count == 3 ? args[3] : Value.None);
    }

    [PyGetter("start")]
    private static Value Start(Value self) => ((PySlice)self.Object).Start;

    [PyGetter("stop")]
    private static Value Stop(Value self) => ((PySlice)self.Object).Stop;

    [PyGetter("step")]
    private static Value Step(Value self) => ((PySlice)self.Object).Step;

    [PyMethod("indices")]
    private static Value Indices(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("slice.indices", args, kwnames, 1, self: true);
        long length = Ops.AsSsize(args[1]);
        if (length < 0)
        {
            throw PyErr.ValueError("length should not be negative");
        }

        ((PySlice)args[0].Object).GetIndices((int)Math.Min(length, int.MaxValue), out int start, out int stop, out int step);
        return PyTuple.Create(Value.FromInt(start), Value.FromInt(stop), Value.FromInt(step));
    }

    [PyTypeInit]
    private static void InitType(PyType type, IDictionary<string, Value> members)
    {
        members["__hash__"] = Value.None;
        foreach (CompareOp op in Enum.GetValues<CompareOp>())
        {
            CompareOp captured = op;
            string name = "__" + op.ToString().ToLowerInvariant() + "__";
            members[name] = PyBuiltinFunction.Method(name, type, (args, kwnames) =>
            {
                PyInt.SlotArgs(args, kwnames, 1);
                if (args[1].ObjectOrNull is not PySlice other)
                {
                    return PyNotImplemented.Instance;
                }

                var self = (PySlice)args[0].Object;
                return Ops.Compare(captured, PyTuple.Create(self.Start, self.Stop, self.Step), PyTuple.Create(other.Start, other.Stop, other.Step));
            });
        }
    }
}

/// <summary>getset and member descriptors: their own <c>__get__</c>/<c>__set__</c>.</summary>
[PyClass("getset_descriptor")]
[PyClass("member_descriptor")]
internal static class GetSetMethods
{
    [PyGetter("__name__")]
    private static Value Name(Value self) => PyStr.From(self.Object is PyGetSetDescriptor g ? g.Name : ((PyMemberDescriptor)self.Object).Name);

    [PyGetter("__objclass__")]
    private static Value ObjClass(Value self) => self.Object is PyGetSetDescriptor g ? g.Owner : ((PyMemberDescriptor)self.Object).Owner;

    [PyMethod("__get__")]
    private static Value Get(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        int count = ArgParser.Unpack("__get__", args, kwnames, 1, 2, self: true);
        Value instance = args[1].IsNone ? default : args[1];
        PyType owner = count == 2 && args[2].ObjectOrNull is PyType t ? t : args[1].Type;
        return args[0].Object.DescriptorGet(instance, owner);
    }

    [PyMethod("__set__")]
    private static Value Set(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("__set__", args, kwnames, 2, self: true);
        args[0].Object.DescriptorSet(args[1], args[2]);
        return Value.None;
    }

    [PyMethod("__delete__")]
    private static Value Delete(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("__delete__", args, kwnames, 1, self: true);
        args[0].Object.DescriptorDelete(args[1]);
        return Value.None;
    }
}

/// <summary>Text of reprs shared by several objects.</summary>
internal static class ReprText
{
    public static string Module(PyModule module)
    {
        if (module.Globals.TryGetValue("__file__", out Value file) && file.ObjectOrNull is PyStr path)
        {
            return $"<module {PyRepr.Str(module.Name)} from {PyRepr.Str(path.Text)}>";
        }

        return module.IsBuiltin ? $"<module {PyRepr.Str(module.Name)} (built-in)>" : $"<module {PyRepr.Str(module.Name)}>";
    }
}
