using Jit.Runtime;
using Jit.Runtime.Objects;
using static Jit.Tests.Runtime.Collections.C;

namespace Jit.Tests.Runtime.Collections;

/// <summary>set and frozenset methods, operators and reprs; expected texts from CPython 3.11
/// (PYTHONHASHSEED=0).</summary>
public class SetTests
{
    public SetTests() => Enter();

    private static PySet Set(params long[] items) => PySet.From(L(items));

    private static Value Frozen(params long[] items) => Ops.Call(PyType.FrozenSet, L(items));

    [Fact]
    public void MethodsAndErrors()
    {
        PySet s = Set(1, 2, 3);
        Assert.Equal("KeyError: 5", Error(() => Call(s, "remove", I(5))));
        Assert.Equal("KeyError: (1, 2)", Error(() => Call(s, "remove", T(I(1), I(2)))));
        Assert.Equal("KeyError: 'pop from an empty set'", Error(() => Call(new PySet(), "pop")));
        Assert.Equal("TypeError: unhashable type: 'list'", Error(() => Call(s, "add", List())));
        Assert.Equal("TypeError: unsupported operand type(s) for |: 'set' and 'list'", Error(() => Ops.Or(s, L(2))));
        Assert.Equal("TypeError: unsupported operand type(s) for -: 'set' and 'list'", Error(() => Ops.Subtract(s, L(2))));
        Assert.Equal("TypeError: '<=' not supported between instances of 'set' and 'list'", Error(() => Ops.Compare(CompareOp.Le, s, L(1))));
        Assert.Equal("TypeError: unhashable type: 'set'", Error(() => Ops.Hash(s)));
        Assert.Equal("TypeError: set.add() takes exactly one argument (0 given)", Error(() => Call(s, "add")));
        Assert.Equal("TypeError: frozenset.isdisjoint() takes exactly one argument (0 given)", Error(() => Call(Frozen(), "isdisjoint")));
        Assert.Equal("TypeError: set.union() takes no keyword arguments", Error(() => CallKw(Ops.GetAttr(s, "union"), [I(1)], "a")));
        Assert.Equal("TypeError: set expected at most 1 argument, got 2", Error(() => Ops.Call(PyType.Set, I(1), I(2))));
        Assert.Equal("TypeError: set() takes no keyword arguments", Error(() => CallKw(PyType.Set, [I(2)], "a")));
        Assert.Equal("TypeError: frozenset() takes no keyword arguments", Error(() => CallKw(PyType.FrozenSet, [I(2)], "a")));
        Assert.Equal("TypeError: set.__new__(int): int is not a subtype of set", Error(() => Call(PyType.Set, "__new__", PyType.Int)));

        Assert.Equal("True", Repr(Call(Set(1), "issubset", L(1, 2))));
        Assert.Equal("{1, 2, 3, 4}", Repr(Call(Set(1), "union", L(2), T(I(3)), Ops.CallMethod(PyType.Dict, "fromkeys", L(4)))));
        Assert.Equal("{3}", Repr(Call(Set(1, 2, 3), "intersection", L(2, 3, 4), Set(3))));
        Assert.Equal("{1}", Repr(Call(Set(1, 2, 3), "difference", L(2), Set(3))));
        Assert.Equal("{1, 2, 4}", Repr(Call(Set(1, 2, 3), "symmetric_difference", L(3, 4))));
        Assert.Equal("True", Repr(Call(Set(1, 2), "isdisjoint", L(3))));
        Assert.Equal("False", Repr(Call(Set(1), "__contains__", Set(1))));
        Assert.Equal("True", Repr(Call(PySet.From(List(Frozen(1))), "__contains__", Set(1))));
        Call(s, "discard", I(9));
        Call(s, "discard", Set(1));
        Call(s, "intersection_update", L(1, 2), L(2));
        Assert.Equal("{2}", Repr(s));
    }

    [Fact]
    public void ReprsAndTypes()
    {
        Assert.Equal("frozenset({1, 2, 3})", Repr(Ops.Or(Frozen(1, 2), Set(3))));
        Assert.Equal("{1, 2, 3}", Repr(Ops.Or(Set(3), Frozen(1, 2))));
        Assert.Equal("frozenset()", Repr(Frozen()));
        Assert.Equal("frozenset({1})", Repr(Frozen(1)));
        Assert.Equal("set()", Repr(new PySet()));
        Assert.Equal("{frozenset(), frozenset({1})}", Repr(PySet.From(List(Frozen(1), Frozen()))));
        Assert.Equal("{'e', 'h', 'l', 'o'}", Repr(Ops.Call(PyType.Set, S("hello"))));
        Assert.Equal("{True}", Repr(PySet.From(List(Value.True, I(1), F(1.0)))));
        Assert.Equal("{-0.5, 1.5, 2.5, inf}", Repr(PySet.From(List(F(1.5), F(2.5), F(-0.5), F(double.PositiveInfinity)))));

        PyType sub = H.Class("S", [PyType.Set]);
        Assert.Equal("S({3, 4})", Repr(Ops.Call(sub, L(3, 4))));
        Assert.Equal("S()", Repr(Ops.Call(sub, [])));
        Assert.Equal("{1}", Repr(Call(Ops.Call(sub, L(1)), "copy")));
        Assert.Same(PyType.Set, Ops.Or(Ops.Call(sub, L(1)), Set(2)).Type);

        Value frozen = Frozen(1, 2);
        Assert.Same(frozen.Object, Ops.Call(PyType.FrozenSet, frozen).Object);
        Assert.Same(frozen.Object, Call(frozen, "copy").Object);
    }

    [Fact]
    public void ComparisonsAndHashes()
    {
        Assert.True(Ops.CompareBool(CompareOp.Eq, Set(1), Frozen(1)));
        Assert.True(Ops.CompareBool(CompareOp.Lt, Set(1), Set(1, 2)));
        Assert.False(Ops.CompareBool(CompareOp.Gt, Set(1, 2), Set(1, 2)));
        Assert.True(Ops.CompareBool(CompareOp.Ge, Set(1, 2), Set(1, 2)));
        Assert.Equal(-272375401224217160, Ops.Hash(Frozen(1, 2, 3)));
        Assert.Equal(133146708735736, Ops.Hash(Frozen()));
        Assert.Equal(1679668661828516449, Ops.Hash(Ops.Call(PyType.FrozenSet, List(S("a"), S("b")))));
        Assert.Equal(-8636068477419413726, Ops.Hash(Ops.Call(PyType.FrozenSet, List(T(I(1), I(2)), I(0)))));
    }

    [Fact]
    public void IterationDetectsSizeChanges()
    {
        PySet s = Set(1);
        Assert.Equal("RuntimeError: Set changed size during iteration", Error(() =>
        {
            PyIterator iterator = Ops.GetIter(s);
            while (iterator.TryNext(out Value item))
            {
                s.Add(Ops.Add(item, I(1)));
            }
        }));
        Assert.Equal("set_iterator", Ops.GetIter(s).Type.Name);
    }

    [Fact]
    public void InPlaceOperatorsReturnTheSameSet()
    {
        PySet s = Set(1, 2, 3);
        Assert.Same(s, Ops.InPlace(BinaryOp.Or, s, Set(4)).Object);
        Assert.Same(s, Ops.InPlace(BinaryOp.And, s, Set(1, 2, 4)).Object);
        Assert.Same(s, Ops.InPlace(BinaryOp.Subtract, s, Set(1)).Object);
        Assert.Same(s, Ops.InPlace(BinaryOp.Xor, s, Set(2, 5)).Object);
        Assert.Equal("{4, 5}", Repr(s));
        Assert.Equal("TypeError: unsupported operand type(s) for |=: 'set' and 'list'", Error(() => Ops.InPlace(BinaryOp.Or, s, L(1))));
        Value frozen = Frozen(1);
        Value result = Ops.InPlace(BinaryOp.Or, frozen, Set(2));
        Assert.NotSame(frozen.Object, result.Object);
        Assert.Equal("frozenset({1, 2})", Repr(result));
    }
}
