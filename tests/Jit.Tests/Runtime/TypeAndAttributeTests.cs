using Jit.Runtime;
using Jit.Runtime.Objects;
using static Jit.Tests.Runtime.H;

namespace Jit.Tests.Runtime;

public class TypeAndAttributeTests
{
    private static string MroNames(PyType type) => string.Join(" ", type.Mro.ToArray().Select(t => t.Name));

    [Fact]
    public void C3Linearisation()
    {
        PyType o = Class("O");
        PyType a = Class("A", [o]);
        PyType b = Class("B", [o]);
        PyType c = Class("C", [o]);
        PyType d = Class("D", [o]);
        PyType e = Class("E", [o]);
        PyType k1 = Class("K1", [a, b, c]);
        PyType k2 = Class("K2", [d, b, e]);
        PyType k3 = Class("K3", [d, a]);
        PyType z = Class("Z", [k1, k2, k3]);
        Assert.Equal("Z K1 K2 K3 D A B C E O object", MroNames(z));
        Assert.Equal("bool int object", MroNames(PyType.Bool));
        Assert.Equal("KeyError LookupError Exception BaseException object", MroNames(PyExc.KeyError));
    }

    [Fact]
    public void InconsistentHierarchiesAreRejected()
    {
        PyType a = Class("A");
        PyType b = Class("B", [a]);
        Assert.Equal("TypeError: Cannot create a consistent method resolution\norder (MRO) for bases A, B", Error(() => Class("C", [a, b])));
        Assert.Equal("TypeError: duplicate base class A", Error(() => Class("C", [a, a])));
        Assert.Equal("TypeError: multiple bases have instance lay-out conflict", Error(() => Class("C", [PyType.Int, PyType.Str])));
        Assert.Equal("TypeError: type 'bool' is not an acceptable base type", Error(() => Class("C", [PyType.Bool])));
    }

    [Fact]
    public void AttributeErrorMessages()
    {
        PyType foo = Class("Foo");
        Value instance = Ops.Call(foo);
        Assert.Equal("AttributeError: 'Foo' object has no attribute 'x'", Error(() => Ops.GetAttr(instance, "x")));
        Assert.Equal("AttributeError: type object 'Foo' has no attribute 'x'", Error(() => Ops.GetAttr(foo, "x")));
        Assert.Equal("AttributeError: 'int' object has no attribute 'x'", Error(() => Ops.GetAttr(I(1), "x")));
        Assert.Equal("AttributeError: 'list' object has no attribute 'x'", Error(() => Ops.SetAttr(new PyList(), "x", I(1))));
        Assert.Equal("AttributeError: 'object' object has no attribute 'x'", Error(() => Ops.SetAttr(Ops.Call(PyType.Object), "x", I(1))));
        Assert.Equal("TypeError: cannot set 'x' attribute of immutable type 'int'", Error(() => Ops.SetAttr(PyType.Int, "x", I(1))));
        Assert.Equal("AttributeError: attribute 'real' of 'int' objects is not writable", Error(() => Ops.SetAttr(I(1), "real", I(2))));
        Assert.Equal("AttributeError: module 'm' has no attribute 'x'", Error(() => Ops.GetAttr(new PyModule("m"), "x")));
        Assert.Equal("AttributeError: 'Foo' object has no attribute 'y'", Error(() => Ops.DelAttr(instance, "y")));
    }

    [Fact]
    public void DataDescriptorsBeatInstanceDictWhichBeatsNonDataDescriptors()
    {
        var property = new PyProperty(PyType.Property) { Getter = Fn(args => S("property")) };
        Value method = Fn(args => S("method"));
        PyType cls = Class("C", ("p", property), ("m", method), ("plain", I(1)));
        Value obj = Ops.Call(cls);
        obj.Object.InstanceDict = new PyDict();
        obj.Object.InstanceDict!.Set("p", S("dict p"));
        obj.Object.InstanceDict!.Set("m", S("dict m"));
        Assert.Equal("'property'", Repr(Ops.GetAttr(obj, "p")));
        Assert.Equal("'dict m'", Repr(Ops.GetAttr(obj, "m")));
        Assert.Equal("1", Repr(Ops.GetAttr(obj, "plain")));
        Assert.Equal("AttributeError: property 'p' of 'C' object has no setter", Error(() => Ops.SetAttr(obj, "p", I(1))));

        Ops.DelAttr(obj, "m");
        Value bound = Ops.GetAttr(obj, "m");
        Assert.IsType<PyBoundMethod>(bound.Object);
        Assert.Equal("'method'", Repr(Ops.Call(bound)));
        Assert.Same(method.Object, Ops.GetAttr(cls, "m").Object);
        Assert.True(Ops.GetMethod(obj, "m", out Value unbound));
        Assert.Same(method.Object, unbound.Object);
    }

    [Fact]
    public void GetAttrHookRunsOnlyForMissingAttributes()
    {
        PyType cls = Class("C", ("a", I(1)), ("__getattr__", Fn(args => Ops.Add(S("hook:"), args[1]))));
        Value obj = Ops.Call(cls);
        Assert.Equal("1", Repr(Ops.GetAttr(obj, "a")));
        Assert.Equal("'hook:zz'", Repr(Ops.GetAttr(obj, "zz")));

        PyType raising = Class("R", ("__getattr__", Fn(args => throw PyErr.AttributeError("custom"))));
        Assert.Equal("AttributeError: custom", Error(() => Ops.GetAttr(Ops.Call(raising), "q")));
        Assert.False(Ops.TryGetAttr(Ops.Call(raising), "q", out _));
    }

    [Fact]
    public void ClassAndStaticMethods()
    {
        Value f = Fn(args => PyTuple.Create(args));
        PyType cls = Class("C", ("c", new PyClassMethod(f)), ("s", new PyStaticMethod(f)));
        Value obj = Ops.Call(cls);
        Assert.Equal("<class '__main__.C'>, 1", Items(Ops.Call(Ops.GetAttr(obj, "c"), I(1))));
        Assert.Equal("1", Items(Ops.Call(Ops.GetAttr(obj, "s"), I(1))));
        Assert.Equal("<class '__main__.C'>", Items(Ops.Call(Ops.GetAttr(cls, "c"))));
    }

    [Fact]
    public void VersionTagChangesWithBaseDictionaries()
    {
        PyType a = Class("A", ("x", I(1)));
        PyType b = Class("B", [a]);
        long before = b.VersionTag;
        Ops.SetAttr(a, "x", I(2));
        Assert.NotEqual(before, b.VersionTag);
        Assert.Equal("2", Repr(Ops.GetAttr(b, "x")));
        Assert.Equal("2", Repr(b.LookupSpecial(SpecialMethod.Init).IsUnbound ? I(0) : Ops.GetAttr(b, "x")));
        long afterSet = b.VersionTag;
        Ops.SetAttr(a, "__len__", Fn(args => I(7)));
        Assert.NotEqual(afterSet, b.VersionTag);
        Assert.Equal(7, Ops.Len(Ops.Call(b)));
    }

    [Fact]
    public void ConstructionProtocol()
    {
        PyType plain = Class("A");
        Assert.Equal("TypeError: A() takes no arguments", Error(() => Ops.Call(plain, I(1))));
        PyType withInit = Class("B", ("__init__", Fn(args =>
        {
            Ops.SetAttr(args[0], "v", args[1]);
            return Value.None;
        })));
        Value b = Ops.Call(withInit, I(42));
        Assert.Equal("42", Repr(Ops.GetAttr(b, "v")));
        PyType badInit = Class("C", ("__init__", Fn(args => I(1))));
        Assert.Equal("TypeError: __init__() should return None, not 'int'", Error(() => Ops.Call(badInit)));
        Assert.Equal("TypeError: object.__new__(int) is not safe, use int.__new__()", Error(() => Ops.Call(Ops.GetAttr(PyType.Object, "__new__"), PyType.Int)));
        Assert.Equal("<class 'int'>", Repr(Ops.Call(PyType.TypeType, I(1))));
        Assert.Equal("TypeError: type() takes 1 or 3 arguments", Error(() => Ops.Call(PyType.TypeType, I(1), I(2))));
        Value made = Ops.Call(PyType.TypeType, S("X"), PyTuple.Create(plain), new PyDict());
        Assert.Equal("X A object", MroNames((PyType)made.Object));
    }

    [Fact]
    public void DefaultReprAndStr()
    {
        PyType foo = Class("Foo");
        Value obj = Ops.Call(foo);
        Assert.StartsWith("<__main__.Foo object at 0x", Repr(obj));
        Assert.Equal(Repr(obj), Ops.Str(obj));
        Assert.Equal("<class '__main__.Foo'>", Repr(foo));
        Assert.Equal("<class 'type'>", Repr(PyType.TypeType));
        Assert.Equal("<method 'split' of 'str' objects>", Repr(PyBuiltinFunction.Method("split", PyType.Str, (a, k) => Value.None)));
        Assert.Equal("<slot wrapper '__add__' of 'int' objects>", Repr(Ops.GetAttr(PyType.Int, "__add__")));
        Assert.Equal("<built-in function len>", Repr(new PyBuiltinFunction("len", (a, k) => Value.None)));
        Assert.Equal("<attribute 'real' of 'int' objects>", Repr(Ops.GetAttr(PyType.Int, "real")));
        Assert.Equal("<module 'm'>", Repr(new PyModule("m")));
    }

    [Fact]
    public void SuperFollowsTheMro()
    {
        PyType a = Class("A", ("who", Fn(args => S("A"))));
        PyType b = Class("B", [a], ("who", Fn(args => S("B"))));
        PyType c = Class("C", [b]);
        Value obj = Ops.Call(c);
        Value viaSuper = Ops.GetAttr(PySuper.Create(b, obj), "who");
        Assert.Equal("'A'", Repr(Ops.Call(viaSuper)));
        Assert.Equal("TypeError: super(type, obj): obj must be an instance or subtype of type", Error(() => PySuper.Create(b, I(1))));

        // super() has its own attribute lookup: obj.method() must not find super's own __init__.
        Value init = Fn(args => S("A.__init__"));
        Ops.SetAttr(a, "__init__", init);
        Assert.False(Ops.GetMethod(PySuper.Create(b, obj), "__init__", out Value bound));
        Assert.Equal("'A.__init__'", Repr(Ops.Call(bound)));
    }

    [Fact]
    public void ClassAttributesAndDunderDict()
    {
        PyType a = Class("A", ("x", I(1)));
        Value obj = Ops.Call(a);
        Ops.SetAttr(obj, "y", I(2));
        Assert.Equal("{'y': 2}", DictRepr((PyDict)Ops.GetAttr(obj, "__dict__").Object));
        Assert.Same(a, Ops.GetAttr(obj, "__class__").Object);
        Assert.Equal("'A'", Repr(Ops.GetAttr(a, "__name__")));
        Assert.Equal("'__main__'", Repr(Ops.GetAttr(a, "__module__")));
        Assert.Equal("'builtins'", Repr(Ops.GetAttr(PyType.Int, "__module__")));
        Assert.Equal("<class 'object'>", Items(Ops.GetAttr(a, "__bases__")));
        Assert.Equal("<class 'bool'>, <class 'int'>, <class 'object'>", Items(Ops.GetAttr(PyType.Bool, "__mro__")));
        Assert.True(Ops.IsInstanceOf(Value.True, PyType.Int));
        Assert.True(Ops.IsSubclassOf(PyExc.KeyError, PyTuple.Create(PyExc.TypeError, PyExc.LookupError)));
    }

    private static string DictRepr(PyDict dict) =>
        "{" + string.Join(", ", dict.KeysArray().Select(k => Repr(k) + ": " + Repr(dict[k]))) + "}";

    [Fact]
    public void GenericAliasesAndUnions()
    {
        Value listOfInt = Ops.GetItem(PyType.List, PyType.Int);
        Assert.Equal("list[int]", Repr(listOfInt));
        Assert.Equal("dict[str, list[int]]", Repr(Ops.GetItem(PyType.Dict, PyTuple.Create(PyType.Str, listOfInt))));
        Assert.Equal("tuple[int, ...]", Repr(Ops.GetItem(PyType.Tuple, PyTuple.Create(PyType.Int, PyEllipsis.Instance))));
        Assert.True(Ops.CompareBool(CompareOp.Eq, listOfInt, Ops.GetItem(PyType.List, PyType.Int)));
        Assert.Equal("int | None", Repr(Ops.Or(PyType.Int, Value.None)));
        Assert.Equal("None | int", Repr(Ops.Or(Value.None, PyType.Int)));
        Assert.Equal("int | str | None", Repr(Ops.Or(Ops.Or(PyType.Int, PyType.Str), Value.None)));
        Assert.Equal("<class 'int'>", Repr(Ops.Or(PyType.Int, PyType.Int)));
        Assert.True(Ops.IsInstanceOf(I(1), Ops.Or(PyType.Str, PyType.Int)));
        Assert.False(Ops.IsInstanceOf(F(1), Ops.Or(PyType.Str, PyType.Int)));
        Assert.Equal("TypeError: unsupported operand type(s) for |: 'type' and 'int'", Error(() => Ops.Or(PyType.Int, I(1))));
        Assert.Equal("TypeError: isinstance() argument 2 cannot be a parameterized generic", Error(() => Ops.IsInstanceOf(new PyList(), listOfInt)));
        PyType user = Class("U");
        Assert.Equal("__main__.U[int]", Repr(PyGenericAlias.Create(user, PyType.Int)));
        Assert.Equal("type[__main__.U]", Repr(Ops.GetItem(PyType.TypeType, user)));
    }

    [Fact]
    public void ClassCellAndMetaclassHelpers()
    {
        var cell = new PyCell();
        var ns = new PyDict();
        ns.Set("__classcell__", cell);
        PyType created = PyType.CreateClass("K", [], ns);
        Assert.Same(created, cell.Contents.Object);
        Assert.False(created.Members.ContainsKey("__classcell__"));
        Assert.Same(PyType.TypeType, PyType.SelectMetaclass(default, [created]).Object);
        Assert.IsType<PyDict>(PyType.PrepareNamespace(PyType.TypeType, "X", PyTuple.Empty, null).Object);
    }

    [Fact]
    public void SlotsRestrictInstanceAttributes()
    {
        PyType point = Class("P", ("__slots__", PyTuple.Create(S("x"), S("__y"))));
        Value p = Ops.Call(point);
        Assert.Equal("AttributeError: 'P' object has no attribute 'x'", Error(() => Ops.GetAttr(p, "x")));
        Ops.SetAttr(p, "x", I(5));
        Assert.Equal("5", Repr(Ops.GetAttr(p, "x")));
        Ops.SetAttr(p, "_P__y", I(6));
        Assert.Equal("AttributeError: 'P' object has no attribute 'z'", Error(() => Ops.SetAttr(p, "z", I(1))));
        Assert.Equal("AttributeError: 'P' object has no attribute '__dict__'", Error(() => Ops.GetAttr(p, "__dict__")));
        Assert.Equal("<member 'x' of 'P' objects>", Repr(Ops.GetAttr(point, "x")));
        Ops.DelAttr(p, "x");
        Assert.Equal("AttributeError: x", Error(() => Ops.DelAttr(p, "x")));
        Assert.Equal("ValueError: 'x' in __slots__ conflicts with class variable", Error(() => Class("Q", ("__slots__", S("x")), ("x", I(1)))));

        PyType child = Class("C", [point]);
        Value c = Ops.Call(child);
        Ops.SetAttr(c, "anything", I(1));
        Assert.Equal("1", Repr(Ops.GetAttr(c, "anything")));
    }

    [Fact]
    public void UserDescriptorsAndSetName()
    {
        var names = new List<string>();
        PyType descriptor = Class(
            "D",
            ("__get__", Fn(args => S(Items(PyTuple.Create(args[1], args[2]))))),
            ("__set__", Fn(args =>
            {
                Ops.SetAttr(args[1], "stored", args[2]);
                return Value.None;
            })),
            ("__set_name__", Fn(args =>
            {
                names.Add(Ops.Str(args[2]));
                return Value.None;
            })));
        PyType owner = Class("Owner", ("attr", Ops.Call(descriptor)));
        Assert.Equal(["attr"], names);
        Value obj = Ops.Call(owner);
        Assert.Equal("\"None, <class '__main__.Owner'>\"", Repr(Ops.GetAttr(owner, "attr")));
        Ops.SetAttr(obj, "attr", I(9));
        Assert.Equal("9", Repr(Ops.GetAttr(obj, "stored")));
        Assert.StartsWith("\"<__main__.Owner object at", Repr(Ops.GetAttr(obj, "attr")), StringComparison.Ordinal);
    }

    [Fact]
    public void InitSubclassReceivesKeywords()
    {
        var seen = new List<string>();
        PyType parent = Class("Parent", ("__init_subclass__", Fn(args =>
        {
            seen.Add(Repr(args[0]));
            return Value.None;
        })));
        Assert.Equal(
            "TypeError: Child.__init_subclass__() takes no keyword arguments",
            Error(() => PyType.CreateClass("Child", [Class("Plain")], new PyDict(), null, Kw("flag", Value.True))));
        PyType.CreateClass("Child", [parent], new PyDict());
        Assert.Equal(["<class 'Child'>"], seen);
    }

    [Fact]
    public void CustomNewAndMetaclassCall()
    {
        PyType singleton = Class("S");
        Value instance = Ops.Call(PyType.Object.Lookup("__new__"), singleton);
        Ops.SetAttr(singleton, "__new__", new PyStaticMethod(Fn(args => instance)));
        Assert.Same(instance.Object, Ops.Call(singleton).Object);

        PyType meta = Class("Meta", [PyType.TypeType], ("__call__", Fn(args => S("intercepted"))));
        var ns = new PyDict();
        PyType withMeta = PyType.CreateClass("W", [], ns, meta);
        Assert.Same(meta, withMeta.Type);
        Assert.Equal("'intercepted'", Repr(Ops.Call(withMeta)));
        PyType derived = PyType.CreateClass("X", [withMeta], new PyDict());
        Assert.Same(meta, derived.Type);
    }

    private static PyDict Kw(string name, Value value)
    {
        var dict = new PyDict();
        dict.Set(name, value);
        return dict;
    }
}
