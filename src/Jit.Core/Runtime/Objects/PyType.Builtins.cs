namespace Jit.Runtime.Objects;

/// <summary>The built-in type singletons. Order matters: a base is declared before its subclasses.</summary>
public sealed partial class PyType
{
    private const TypeFlags Sealed = TypeFlags.Builtin;
    private const TypeFlags Open = TypeFlags.Builtin | TypeFlags.BaseType;
    private const TypeFlags OpenLayout = TypeFlags.Builtin | TypeFlags.BaseType | TypeFlags.Layout;
    private const TypeFlags SealedLayout = TypeFlags.Builtin | TypeFlags.Layout;

    public static readonly PyType TypeType = new(null, "type", [], OpenLayout);
    public static readonly PyType Object = new(TypeType, "object", [], OpenLayout);

    public static readonly PyType Int = Builtin("int", OpenLayout);
    public static readonly PyType Bool = Builtin("bool", Sealed, Int);
    public static readonly PyType Float = Builtin("float", OpenLayout);
    public static readonly PyType Complex = Builtin("complex", OpenLayout);
    public static readonly PyType NoneType = Builtin("NoneType", Sealed);
    public static readonly PyType NotImplementedType = Builtin("NotImplementedType", Sealed);
    public static readonly PyType Ellipsis = Builtin("ellipsis", Sealed);

    public static readonly PyType Str = Builtin("str", OpenLayout);
    public static readonly PyType Bytes = Builtin("bytes", OpenLayout);
    public static readonly PyType ByteArray = Builtin("bytearray", OpenLayout);
    public static readonly PyType List = Builtin("list", OpenLayout);
    public static readonly PyType Tuple = Builtin("tuple", OpenLayout);
    public static readonly PyType Dict = Builtin("dict", OpenLayout);
    public static readonly PyType Set = Builtin("set", OpenLayout);
    public static readonly PyType FrozenSet = Builtin("frozenset", OpenLayout);
    public static readonly PyType Range = Builtin("range", SealedLayout);
    public static readonly PyType Slice = Builtin("slice", SealedLayout);
    public static readonly PyType DictKeys = Builtin("dict_keys", SealedLayout);
    public static readonly PyType DictValues = Builtin("dict_values", SealedLayout);
    public static readonly PyType DictItems = Builtin("dict_items", SealedLayout);
    public static readonly PyType MappingProxy = Builtin("mappingproxy", SealedLayout);

    public static readonly PyType Function = Builtin("function", SealedLayout);
    public static readonly PyType BuiltinFunction = Builtin("builtin_function_or_method", SealedLayout);
    public static readonly PyType MethodDescriptor = Builtin("method_descriptor", SealedLayout);
    public static readonly PyType ClassMethodDescriptor = Builtin("classmethod_descriptor", SealedLayout);
    public static readonly PyType WrapperDescriptor = Builtin("wrapper_descriptor", SealedLayout);
    public static readonly PyType MethodWrapper = Builtin("method-wrapper", SealedLayout);
    public static readonly PyType GetSetDescriptor = Builtin("getset_descriptor", SealedLayout);
    public static readonly PyType Method = Builtin("method", SealedLayout);
    public static readonly PyType Property = Builtin("property", OpenLayout);
    public static readonly PyType ClassMethod = Builtin("classmethod", OpenLayout);
    public static readonly PyType StaticMethod = Builtin("staticmethod", OpenLayout);
    public static readonly PyType Super = Builtin("super", OpenLayout);
    public static readonly PyType Module = Builtin("module", OpenLayout);
    public static readonly PyType Cell = Builtin("cell", SealedLayout);
    public static readonly PyType Code = Builtin("code", SealedLayout);
    public static readonly PyType Frame = Builtin("frame", SealedLayout);
    public static readonly PyType Traceback = Builtin("traceback", SealedLayout);
    public static readonly PyType Generator = Builtin("generator", SealedLayout | TypeFlags.Iterator);

    // Iterator types: __iter__ and __next__ come from PyIterator (see TypeFlags handling in
    // PyType.Registration.cs), their C# classes live with the collections they iterate.
    public static readonly PyType ListIterator = Iterator("list_iterator");
    public static readonly PyType ListReverseIterator = Iterator("list_reverseiterator");
    public static readonly PyType TupleIterator = Iterator("tuple_iterator");
    public static readonly PyType RangeIterator = Iterator("range_iterator");
    public static readonly PyType LongRangeIterator = Iterator("longrange_iterator");
    public static readonly PyType StrAsciiIterator = Iterator("str_ascii_iterator");
    public static readonly PyType StrIterator = Iterator("str_iterator");
    public static readonly PyType BytesIterator = Iterator("bytes_iterator");
    public static readonly PyType ByteArrayIterator = Iterator("bytearray_iterator");
    public static readonly PyType DictKeyIterator = Iterator("dict_keyiterator");
    public static readonly PyType DictValueIterator = Iterator("dict_valueiterator");
    public static readonly PyType DictItemIterator = Iterator("dict_itemiterator");
    public static readonly PyType DictReverseKeyIterator = Iterator("dict_reversekeyiterator");
    public static readonly PyType DictReverseValueIterator = Iterator("dict_reversevalueiterator");
    public static readonly PyType DictReverseItemIterator = Iterator("dict_reverseitemiterator");
    public static readonly PyType SetIterator = Iterator("set_iterator");
    public static readonly PyType SeqIterator = Iterator("iterator");
    public static readonly PyType CallableIterator = Iterator("callable_iterator");

    private readonly string? _builtinModule;

    static PyType()
    {
        // `type` was created before `object` existed: give it its base now.
        TypeType._bases = [Object];
        TypeType.Base = Object;
        TypeType._mro = [TypeType, Object];
        Object.AddSubclass(TypeType);
    }

    private PyType(string name, PyType baseType, TypeFlags flags, string? module)
        : this(TypeType, name, [baseType], flags)
    {
        _builtinModule = module;
        Base = baseType;
        var mro = new PyType[baseType._mro.Length + 1];
        mro[0] = this;
        baseType._mro.CopyTo(mro, 1);
        _mro = mro;
        baseType.AddSubclass(this);
    }

    /// <summary>Creates a built-in (C#-defined) type. Its methods are the static methods marked with
    /// <see cref="PyMethodAttribute"/> etc. in classes marked <c>[PyClass(key)]</c>, where key is
    /// <paramref name="name"/> or, for a type living in a module, "module.name".</summary>
    public static PyType Builtin(string name, TypeFlags flags, PyType? baseType = null, string? module = null) =>
        new(name, baseType ?? Object, flags | TypeFlags.Builtin, module);

    /// <summary>A built-in type with several bases (ExceptionGroup).</summary>
    public static PyType Builtin(string name, TypeFlags flags, PyType[] bases)
    {
        var type = new PyType(name, bases[0], flags | TypeFlags.Builtin, null);
        type._bases = bases;
        type._mro = ComputeMro(type, bases);
        foreach (PyType b in bases[1..])
        {
            b.AddSubclass(type);
        }

        return type;
    }

    /// <summary>A built-in iterator type: <c>__iter__</c> returns self and <c>__next__</c> calls
    /// <see cref="PyIterator.TryNext"/>; add further methods with <c>[PyClass(name)]</c>.</summary>
    public static PyType Iterator(string name, string? module = null) =>
        new(name, Object, TypeFlags.Builtin | TypeFlags.Layout | TypeFlags.Iterator, module);
}
