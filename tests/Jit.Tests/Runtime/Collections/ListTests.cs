using Jit.Runtime;
using Jit.Runtime.Objects;
using static Jit.Tests.Runtime.Collections.C;

namespace Jit.Tests.Runtime.Collections;

public class ListTests
{
    public ListTests() => Enter();

    public static TheoryData<string> SliceCases()
    {
        var data = new TheoryData<string>();
        foreach (string line in DataLines("SliceCases.txt"))
        {
            data.Add(line);
        }

        return data;
    }

    public static TheoryData<string, string> SortCases()
    {
        var data = new TheoryData<string, string>();
        string[] lines = DataLines("SortCases.txt");
        for (int i = 0; i + 1 < lines.Length; i += 2)
        {
            data.Add(lines[i], lines[i + 1]);
        }

        return data;
    }

    /// <summary>Get, delete and assign through slices, against CPython (SliceCases.txt).</summary>
    [Theory]
    [MemberData(nameof(SliceCases))]
    public void SlicesMatchCPython(string line)
    {
        string[] fields = line.Split(" | ");
        string[] spec = fields[0].Split(' ');
        int length = int.Parse(spec[0]);
        Value Bound(string text) => text == "N" ? Value.None : I(long.Parse(text));
        Value slice = Slice(Bound(spec[1]), Bound(spec[2]), Bound(spec[3]));
        int k = int.Parse(spec[4]);
        PyList Fresh() => L(Enumerable.Range(0, length).Select(i => (long)i).ToArray());
        string Items(Value list) => string.Join(" ", Ops.ToArray(list).Select(Ops.Repr));

        Assert.Equal(fields[1], Items(Ops.GetItem(Fresh(), slice)));

        PyList deleted = Fresh();
        Ops.DelItem(deleted, slice);
        Assert.Equal(fields[2], Items(deleted));

        PyList assigned = Fresh();
        Value items = L(Enumerable.Range(100, k).Select(i => (long)i).ToArray());
        string error = Error(() => Ops.SetItem(assigned, slice, items));
        Assert.Equal(fields[3], error == "no error" ? Items(assigned) : error);
    }

    /// <summary>sorted() of lists with runs, duplicates and NaNs: the same order as CPython's
    /// TimSort, which depends on the exact comparisons made (SortCases.txt).</summary>
    [Theory]
    [MemberData(nameof(SortCases))]
    public void SortMatchesCPython(string input, string expected)
    {
        Value[] items = input.Length > 2 ? input[2..].Split(' ').Select(Parse).ToArray() : [];
        Value list = List(items);
        if (input[0] == 'R')
        {
            list = CallKw(Builtin("sorted"), [list, Value.True], "reverse");
        }
        else
        {
            list = B("sorted", list);
        }

        Assert.Equal(expected, string.Join(" ", Ops.ToArray(list).Select(Ops.Repr)));
    }

    [Fact]
    public void SortIsStableWithKeyAndReverse()
    {
        PyList pairs = List(
            T(I(1), S("a")), T(I(0), S("b")), T(I(1), S("c")), T(I(0), S("d")), T(I(2), S("e")), T(I(1), S("f")));
        Value first = new TestFunction(args => Ops.GetItem(args[0], I(0)));
        CallKw(Ops.GetAttr(pairs, "sort"), [first], "key");
        Assert.Equal("[(0, 'b'), (0, 'd'), (1, 'a'), (1, 'c'), (1, 'f'), (2, 'e')]", Repr(pairs));
        CallKw(Ops.GetAttr(pairs, "sort"), [first, Value.True], "key", "reverse");
        Assert.Equal("[(2, 'e'), (1, 'a'), (1, 'c'), (1, 'f'), (0, 'b'), (0, 'd')]", Repr(pairs));
    }

    [Fact]
    public void SortDetectsModificationAndKeepsItemsOnError()
    {
        PyList list = L(3, 1, 2);
        Value mutating = new TestFunction(args =>
        {
            list.Append(I(9));
            return args[0];
        });
        Assert.Equal("ValueError: list modified during sort", Error(() => CallKw(Ops.GetAttr(list, "sort"), [mutating], "key")));
        Assert.Equal("[1, 2, 3]", Repr(list));

        PyList mixed = List(I(3), S("a"), I(1));
        Assert.Equal("TypeError: '<' not supported between instances of 'str' and 'int'", Error(() => Call(mixed, "sort")));
        Assert.Equal(3, mixed.Count);
        Assert.Equal("TypeError: sort() takes no positional arguments", Error(() => Call(mixed, "sort", I(1))));
        Assert.Equal("TypeError: 'x' is an invalid keyword argument for sort()", Error(() => CallKw(Ops.GetAttr(mixed, "sort"), [I(1)], "x")));
    }

    [Fact]
    public void Methods()
    {
        PyList list = L(1, 2, 3);
        Call(list, "append", I(4));
        Call(list, "insert", I(0), I(0));
        Call(list, "insert", I(-1), I(9));
        Call(list, "insert", I(100), I(7));
        Assert.Equal("[0, 1, 2, 3, 9, 4, 7]", Repr(list));
        Assert.Equal("7", Repr(Call(list, "pop")));
        Assert.Equal("0", Repr(Call(list, "pop", I(0))));
        Call(list, "remove", I(9));
        Call(list, "extend", T(I(5), I(5)));
        Call(list, "extend", list);
        Assert.Equal("[1, 2, 3, 4, 5, 5, 1, 2, 3, 4, 5, 5]", Repr(list));
        Assert.Equal("4", Repr(Call(list, "count", I(5))));
        Assert.Equal("6", Repr(Call(list, "index", I(1), I(1))));
        Assert.Equal("8", Repr(Call(list, "index", I(3), I(-5), I(100))));
        Call(list, "reverse");
        Assert.Equal("[5, 5, 4, 3, 2, 1, 5, 5, 4, 3, 2, 1]", Repr(list));
        Value copy = Call(list, "copy");
        Call(list, "clear");
        Assert.Equal("[]", Repr(list));
        Assert.Equal(12, Ops.Len(copy));
    }

    [Fact]
    public void ErrorMessages()
    {
        Assert.Equal("ValueError: 4 is not in list", Error(() => Call(L(1), "index", I(4))));
        Assert.Equal("ValueError: 'a' is not in list", Error(() => Call(L(1), "index", S("a"))));
        Assert.Equal("TypeError: index expected at least 1 argument, got 0", Error(() => Call(L(1), "index")));
        Assert.Equal("TypeError: slice indices must be integers or have an __index__ method", Error(() => Call(L(1), "index", I(1), S("a"))));
        Assert.Equal("TypeError: insert expected 2 arguments, got 1", Error(() => Call(L(1), "insert", I(1))));
        Assert.Equal("TypeError: 'str' object cannot be interpreted as an integer", Error(() => Call(L(1), "pop", S("a"))));
        Assert.Equal("TypeError: pop expected at most 1 argument, got 2", Error(() => Call(L(1), "pop", I(1), I(2))));
        Assert.Equal("IndexError: pop from empty list", Error(() => Call(L(), "pop")));
        Assert.Equal("IndexError: pop index out of range", Error(() => Call(L(1), "pop", I(5))));
        Assert.Equal("ValueError: list.remove(x): x not in list", Error(() => Call(L(1), "remove", I(3))));
        Assert.Equal("TypeError: list.count() takes exactly one argument (0 given)", Error(() => Call(L(1), "count")));
        Assert.Equal("TypeError: list.append() takes exactly one argument (2 given)", Error(() => Call(L(1), "append", I(1), I(2))));
        Assert.Equal("TypeError: 'int' object is not iterable", Error(() => Call(L(1), "extend", I(1))));
        Assert.Equal("TypeError: list indices must be integers or slices, not str", Error(() => Ops.GetItem(L(1), S("a"))));
        Assert.Equal("IndexError: list index out of range", Error(() => Ops.GetItem(L(1), I(5))));
        Assert.Equal("IndexError: cannot fit 'int' into an index-sized integer", Error(() => Ops.GetItem(L(1), Ops.Power(I(10), I(20)))));
        Assert.Equal("TypeError: can't multiply sequence by non-int of type 'str'", Error(() => Ops.Multiply(L(1), S("a"))));
        Assert.Equal("OverflowError: cannot fit 'int' into an index-sized integer", Error(() => Ops.Multiply(L(1), Ops.Power(I(10), I(20)))));
        Assert.Equal("TypeError: can only concatenate list (not \"tuple\") to list", Error(() => Ops.Add(L(1), T(I(1)))));
        Assert.Equal("TypeError: list expected at most 1 argument, got 2", Error(() => Ops.Call(PyType.List, I(1), I(2))));
        Assert.Equal("TypeError: list() takes no keyword arguments", Error(() => CallKw(PyType.List, [I(1)], "a")));
        Assert.Equal("TypeError: 'int' object is not iterable", Error(() => Ops.Call(PyType.List, I(1))));
        Assert.Equal("TypeError: can only assign an iterable", Error(() => Ops.SetItem(L(1, 2, 3), Slice(I(0), I(1), Value.None), I(5))));
        Assert.Equal("TypeError: must assign iterable to extended slice", Error(() => Ops.SetItem(L(1, 2, 3), Slice(Value.None, Value.None, I(2)), I(5))));
        Assert.Equal("IndexError: list assignment index out of range", Error(() => Ops.SetItem(L(1, 2, 3), I(5), I(5))));
        Assert.Equal("IndexError: list assignment index out of range", Error(() => Ops.DelItem(L(1, 2, 3), I(5))));
        Assert.Equal("ValueError: slice step cannot be zero", Error(() => Ops.SetItem(L(1, 2, 3), Slice(I(1), I(2), I(0)), L())));
        Assert.Equal("TypeError: '<' not supported between instances of 'int' and 'str'", Error(() => Ops.Compare(CompareOp.Lt, L(1, 2), List(I(1), S("a")))));
        Assert.Equal("TypeError: '<' not supported between instances of 'list' and 'tuple'", Error(() => Ops.Compare(CompareOp.Lt, L(), T())));
        Assert.Equal("TypeError: slice indices must be integers or None or have an __index__ method", Error(() => Ops.GetItem(L(1, 2, 3), Slice(F(1.5), Value.None, Value.None))));
        Assert.Equal("TypeError: unhashable type: 'list'", Error(() => Ops.Hash(L())));
    }

    [Fact]
    public void OperatorsAndComparisons()
    {
        PyList a = L(1, 2);
        Assert.Equal("[1, 2, 1, 2]", Repr(Ops.Add(a, a)));
        Assert.Equal("[1, 2, 1, 2, 1, 2]", Repr(Ops.Multiply(I(3), a)));
        Assert.Equal("[]", Repr(Ops.Multiply(a, I(-1))));
        Value same = Ops.InPlace(BinaryOp.Add, a, T(I(3)));
        Assert.Same(a, same.Object);
        Ops.InPlace(BinaryOp.Multiply, a, I(2));
        Assert.Equal("[1, 2, 3, 1, 2, 3]", Repr(a));
        Assert.True(Ops.CompareBool(CompareOp.Lt, L(1, 2), L(1, 3)));
        Assert.True(Ops.CompareBool(CompareOp.Lt, L(1, 2), L(1, 2, 0)));
        Assert.False(Ops.CompareBool(CompareOp.Lt, L(1, 2), L(1)));
        Assert.True(Ops.CompareBool(CompareOp.Eq, List(F(1.0), I(2)), L(1, 2)));
        Assert.True(Ops.Contains(L(1, 2), F(2.0)));
        Value nan = F(double.NaN);
        Assert.True(Ops.Contains(List(nan), nan));
    }

    [Fact]
    public void ReprGuardsRecursion()
    {
        PyList list = L(1);
        list.Append(list);
        Assert.Equal("[1, [...]]", Repr(list));
        PyTuple tuple = T(list);
        list.Append(tuple);
        Assert.Equal("[1, [...], ([...],)]", Repr(list));
    }

    [Fact]
    public void IteratorsSeeChanges()
    {
        PyList list = L(1, 2);
        PyIterator iterator = Ops.GetIter(list);
        Assert.Equal("list_iterator", iterator.Type.Name);
        Assert.True(iterator.TryNext(out _));
        list.Append(I(3));
        Assert.Equal("[2, 3]", Repr(List(Ops.ToArray(iterator))));
        Assert.Equal("[3, 2, 1]", Repr(B("list", B("reversed", list))));
        Assert.Equal("3", Repr(Ops.CallMethod(Ops.GetIter(list), "__length_hint__")));
    }

    [Fact]
    public void SubclassesKeepTheirType()
    {
        PyType sub = H.Class("L", [PyType.List]);
        Value instance = Ops.Call(sub, T(I(1), I(2)));
        Assert.Same(sub, instance.Type);
        Assert.Equal("[1, 2]", Repr(instance));
        Assert.Same(PyType.List, Ops.GetItem(instance, Slice(Value.None, Value.None, Value.None)).Type);
        Assert.Same(PyType.List, Ops.Add(instance, instance).Type);
    }
}
