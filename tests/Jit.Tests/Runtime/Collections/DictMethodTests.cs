using Jit.Runtime;
using Jit.Runtime.Objects;
using static Jit.Tests.Runtime.Collections.C;

namespace Jit.Tests.Runtime.Collections;

/// <summary>dict methods, views and iterators; expected texts from CPython 3.11 (PYTHONHASHSEED=0).</summary>
public class DictMethodTests
{
    public DictMethodTests() => Enter();

    private static PyDict Abc()
    {
        var dict = new PyDict();
        dict.Set("a", I(1));
        dict.Set("b", I(2));
        dict.Set("c", I(3));
        return dict;
    }

    private static PySet Set(params Value[] items) => PySet.From(List(items));

    [Fact]
    public void ConstructionAndUpdate()
    {
        Assert.Equal("{1: 2, 'a': 3}", Repr(CallKw(PyType.Dict, [List(T(I(1), I(2))), I(3)], "a")));
        Assert.Equal("{'a': 1}", Repr(CallKw(PyType.Dict, [I(1)], "a")));
        Assert.Equal("{'a': 'b'}", Repr(Ops.Call(PyType.Dict, List(S("ab")))));
        Assert.Equal("{'a': 0, 'b': 0, 'c': 0}", Repr(Ops.CallMethod(PyType.Dict, "fromkeys", S("abc"), I(0))));
        Assert.Equal("{1: None}", Repr(Ops.CallMethod(PyType.Dict, "fromkeys", L(1))));
        PyDict d = Abc();
        Call(d, "update", List(T(S("d"), I(4))));
        CallKw(Ops.GetAttr(d, "update"), [I(5)], "e");
        Assert.Equal("{'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5}", Repr(d));
        Assert.Equal("TypeError: update expected at most 1 argument, got 2", Error(() => Call(d, "update", I(1), I(2))));
        Assert.Equal("TypeError: dict expected at most 1 argument, got 2", Error(() => Ops.Call(PyType.Dict, I(1), I(2))));
        Assert.Equal("ValueError: dictionary update sequence element #0 has length 3; 2 is required", Error(() => Ops.Call(PyType.Dict, List(T(I(1), I(2), I(3))))));
        Assert.Equal("TypeError: cannot convert dictionary update sequence element #0 to a sequence", Error(() => Ops.Call(PyType.Dict, L(1))));
        Assert.Equal("TypeError: 'int' object is not iterable", Error(() => Ops.Call(PyType.Dict, I(1))));
    }

    [Fact]
    public void AccessMethods()
    {
        PyDict d = Abc();
        Assert.Equal("1", Repr(Call(d, "get", S("a"))));
        Assert.Equal("None", Repr(Call(d, "get", S("z"))));
        Assert.Equal("'x'", Repr(Call(d, "get", S("z"), S("x"))));
        Assert.Equal("[]", Repr(Call(d, "setdefault", S("k"), List())));
        Assert.Equal("[]", Repr(Call(d, "setdefault", S("k"), I(5))));
        Assert.Equal("2", Repr(Call(d, "pop", S("b"))));
        Assert.Equal("0", Repr(Call(d, "pop", S("b"), I(0))));
        Assert.Equal("('k', [])", Repr(Call(d, "popitem")));
        Assert.Equal("{'a': 1, 'c': 3}", Repr(d));
        Assert.Equal("{'a': 1, 'c': 3}", Repr(Call(d, "copy")));
        Call(d, "clear");
        Assert.Equal("{}", Repr(d));
        Assert.Equal("TypeError: get expected at least 1 argument, got 0", Error(() => Call(d, "get")));
        Assert.Equal("TypeError: pop expected at least 1 argument, got 0", Error(() => Call(d, "pop")));
        Assert.Equal("TypeError: setdefault expected at least 1 argument, got 0", Error(() => Call(d, "setdefault")));
        Assert.Equal("TypeError: fromkeys expected at least 1 argument, got 0", Error(() => Call(PyType.Dict, "fromkeys")));
        Assert.Equal("KeyError: 'popitem(): dictionary is empty'", Error(() => Call(d, "popitem")));
        Assert.Equal("KeyError: 'k'", Error(() => Ops.GetItem(d, S("k"))));
        Assert.Equal("KeyError: (1, 2)", Error(() => Ops.GetItem(d, T(I(1), I(2)))));
        Assert.Equal("KeyError: 'k'", Error(() => Call(d, "pop", S("k"))));
        Assert.Equal("TypeError: unhashable type: 'list'", Error(() => Ops.GetItem(d, List())));
    }

    [Fact]
    public void IterationDetectsChanges()
    {
        PyDict grows = new();
        grows.Set(I(1), I(1));
        Assert.Equal("RuntimeError: dictionary changed size during iteration", Error(() =>
        {
            PyIterator iterator = Ops.GetIter(grows);
            while (iterator.TryNext(out Value key))
            {
                grows.Set(Ops.Add(key, I(1)), I(1));
            }
        }));

        PyDict replaced = new();
        replaced.Set(I(1), I(1));
        replaced.Set(I(2), I(2));
        Assert.Equal("RuntimeError: dictionary keys changed during iteration", Error(() =>
        {
            PyIterator iterator = Ops.GetIter(replaced);
            while (iterator.TryNext(out Value key))
            {
                replaced.Remove(key);
                replaced.Set(Ops.Add(key, I(10)), I(1));
            }
        }));
    }

    [Fact]
    public void Views()
    {
        PyDict d = Abc();
        Value keys = Call(d, "keys");
        Assert.Equal("dict_keys(['a', 'b', 'c'])", Repr(keys));
        Assert.Equal("dict_values([1, 2, 3])", Repr(Call(d, "values")));
        Assert.Equal("dict_items([('a', 1), ('b', 2), ('c', 3)])", Repr(Call(d, "items")));
        d.Set("d", I(4));
        Assert.Equal(4, Ops.Len(keys));
        Assert.True(Ops.Contains(Call(d, "items"), T(S("d"), I(4))));
        Assert.False(Ops.Contains(Call(d, "items"), T(S("d"), I(5))));
        Assert.True(Ops.Contains(Call(d, "values"), I(4)));
        Assert.Equal("[('d', 4), ('c', 3), ('b', 2), ('a', 1)]", Repr(B("list", B("reversed", Call(d, "items")))));
        Assert.Equal("TypeError: unhashable type: 'dict_keys'", Error(() => Ops.Hash(keys)));
        Assert.Equal("1", Repr(Ops.GetItem(Ops.GetAttr(keys, "mapping"), S("a"))));
    }

    [Fact]
    public void SetOperationsOnViewsMatchCPython()
    {
        PyDict d = Abc();
        Value keys = Call(d, "keys");
        Value items = Call(d, "items");
        Assert.Equal("{'c', 'a'}", Repr(Ops.And(keys, Set(S("a"), S("c"), S("z")))));
        Assert.Equal("{'y', 'x', 'b', 'c', 'a'}", Repr(Ops.Or(keys, List(S("x"), S("y")))));
        Assert.Equal("{'c', 'b'}", Repr(Ops.Subtract(keys, Set(S("a")))));
        Assert.Equal("{'q', 'c', 'b'}", Repr(Ops.Xor(keys, Set(S("a"), S("q")))));
        Assert.Equal("{('c', 3), ('b', 5), ('b', 2)}", Repr(Ops.Xor(items, Set(T(S("a"), I(1)), T(S("b"), I(5))))));
        Assert.Equal("{'a'}", Repr(Ops.And(Set(S("z"), S("a")), keys)));
        Assert.Equal("{'q', 'a', 'c', 'b'}", Repr(Ops.Or(List(S("q")), keys)));
        Assert.Equal("{'q'}", Repr(Ops.Subtract(Set(S("a"), S("q")), keys)));
        Assert.Equal("{'c', 'a', 'b'}", Repr(Ops.And(keys, keys)));

        // A keys view of an exact dict becomes a set through the dict, pre-sized as CPython does.
        Value big = Ops.CallMethod(PyType.Dict, "fromkeys", L(5, 37, 69, 101, 133, 165));
        Assert.Equal("{5, 37, 69, 101, 133, 165}", Repr(Ops.Or(Call(big, "keys"), new PySet())));
        Assert.Equal("{101, 37, 69, 5, 133, 165}", Repr(PySet.From(B("list", big))));

        Assert.True(Ops.CompareBool(CompareOp.Eq, Call(Ops.Call(PyType.Dict, List(T(I(1), I(2)))), "keys"), Set(I(1))));
        Assert.True(Ops.CompareBool(CompareOp.Lt, Call(Ops.Call(PyType.Dict, List(T(I(1), I(2)))), "keys"), Set(I(1), I(2))));
        Assert.True(Ops.CompareBool(CompareOp.Le, Call(Ops.Call(PyType.Dict, List(T(I(1), I(2)))), "items"), Set(T(I(1), I(2)))));
        Assert.Equal("True", Repr(Call(Call(new PyDict(), "keys"), "isdisjoint", L(1))));
    }

    [Fact]
    public void OperatorsAndRepr()
    {
        var a = new PyDict();
        a.Set(I(1), S("a"));
        var b = new PyDict();
        b.Set(I(2), S("b"));
        Assert.Equal("{1: 'a', 2: 'b'}", Repr(Ops.Or(a, b)));
        Assert.Equal("TypeError: unsupported operand type(s) for |: 'dict' and 'list'", Error(() => Ops.Or(a, List(T(I(1), I(2))))));
        Value same = Ops.InPlace(BinaryOp.Or, a, List(T(I(3), I(4))));
        Assert.Same(a, same.Object);
        Assert.Equal("{1: 'a', 3: 4}", Repr(a));
        Assert.True(Ops.CompareBool(CompareOp.Eq, Ops.Call(PyType.Dict, List(T(I(1), F(1.0)))), Ops.Call(PyType.Dict, List(T(F(1.0), I(1))))));
        var self = new PyDict();
        self.Set("self", self);
        Assert.Equal("{'self': {...}}", Repr(self));
        Assert.Equal("TypeError: '<' not supported between instances of 'dict' and 'dict'", Error(() => Ops.Compare(CompareOp.Lt, a, b)));
    }

    [Fact]
    public void MissingHookOfSubclasses()
    {
        PyType counter = H.Class("Counter", [PyType.Dict], ("__missing__", H.Fn(args => I(0))));
        Value instance = Ops.Call(counter, []);
        Assert.Equal("0", Repr(Ops.GetItem(instance, S("x"))));
        Assert.Equal("Counter", instance.Type.Name);
        Assert.Same(PyType.Dict, Call(instance, "copy").Type);
    }
}
