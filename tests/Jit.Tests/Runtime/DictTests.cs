using Jit.Runtime;
using Jit.Runtime.Objects;
using static Jit.Tests.Runtime.H;

namespace Jit.Tests.Runtime;

public class DictTests
{
    private static string Keys(PyDict dict) => string.Join(" ", dict.KeysArray().Select(Ops.Repr));

    [Fact]
    public void KeepsInsertionOrderAcrossDeletionAndResize()
    {
        var dict = new PyDict();
        for (int i = 0; i < 100; i++)
        {
            dict.Set(I(i), I(i * i));
        }

        for (int i = 0; i < 100; i += 2)
        {
            Assert.True(dict.Remove(I(i)));
        }

        dict.Set(I(0), S("again"));
        dict.Set(I(1), S("replaced"));
        Assert.Equal(51, dict.Count);
        Assert.StartsWith("1 3 5 ", Keys(dict), StringComparison.Ordinal);
        Assert.EndsWith("97 99 0", Keys(dict), StringComparison.Ordinal);
        Assert.Equal("'replaced'", Repr(dict[I(1)]));
        Assert.Equal("9", Repr(dict[I(3)]));
        Assert.False(dict.ContainsKey(I(2)));
    }

    [Fact]
    public void EqualKeysOfDifferentTypesCollide()
    {
        var dict = new PyDict();
        dict.Set(I(1), S("int"));
        dict.Set(F(1.0), S("float"));
        dict.Set(Value.True, S("bool"));
        Assert.Equal(1, dict.Count);
        Assert.Equal("1", Keys(dict));
        Assert.Equal("'bool'", Repr(dict[F(1.0)]));
        dict.Set(Ops.Power(I(2), I(100)), S("big"));
        Assert.Equal("'big'", Repr(dict[Ops.Multiply(Ops.Power(I(2), I(50)), Ops.Power(I(2), I(50)))]));
        dict.Set(PyTuple.Create(I(1), S("a")), S("tuple"));
        Assert.Equal("'tuple'", Repr(dict[PyTuple.Create(F(1.0), S("a"))]));
    }

    [Fact]
    public void StringKeysFromAllOverloads()
    {
        var dict = new PyDict();
        dict.Set("name", I(1));
        Assert.True(dict.TryGetValue(S("name"), out Value a));
        Assert.True(dict.TryGetValue("name", out Value b));
        Assert.True(dict.TryGetValue((PyStr)new PyStr("name"), out Value c));
        Assert.Equal(1, a.Int + b.Int + c.Int - 2);
        Assert.False(dict.TryGetValue("other", out _));
        Assert.True(dict.Remove("name"));
        Assert.Equal(0, dict.Count);
    }

    [Fact]
    public void MissingKeysAndUnhashableKeys()
    {
        var dict = new PyDict();
        Assert.Equal("KeyError: 'k'", Error(() => dict[S("k")]));
        Assert.Equal("KeyError: 2.5", Error(() => Ops.GetItem(dict, F(2.5))));
        Assert.Equal("TypeError: unhashable type: 'list'", Error(() => dict.Set(new PyList(), I(1))));
        Assert.Equal("KeyError: 1", Error(() => Ops.DelItem(dict, I(1))));
    }

    [Fact]
    public void VersionAndIterationByPosition()
    {
        var dict = new PyDict();
        long v0 = dict.Version;
        dict.Set(S("a"), I(1));
        long v1 = dict.Version;
        dict.Set(S("a"), I(2));
        Assert.True(v0 < v1 && v1 < dict.Version);

        dict.Set(S("b"), I(3));
        int position = 0;
        var seen = new List<string>();
        while (dict.TryGetEntry(ref position, out Value key, out Value value))
        {
            seen.Add($"{Ops.Str(key)}={Ops.Str(value)}");
        }

        Assert.Equal(["a=2", "b=3"], seen);
        Assert.True(dict.TryPopLast(out Value lastKey, out _));
        Assert.Equal("'b'", Repr(lastKey));
        PyDict copy = dict.Copy();
        dict.Clear();
        Assert.Equal("'a'", Keys(copy));
    }

    [Fact]
    public void UserKeysUseEqAndHash()
    {
        PyType key = Class(
            "K",
            ("__hash__", Fn(args => I(42))),
            ("__eq__", Fn(args => Value.FromBool(args[1].ObjectOrNull is PyInstance || (args[1].IsInt && args[1].Int == 42)))));
        var dict = new PyDict();
        dict.Set(Ops.Call(key), S("first"));
        dict.Set(Ops.Call(key), S("second"));
        Assert.Equal(1, dict.Count);
        Assert.Equal("'second'", Repr(dict[I(42)]));
    }

    [Fact]
    public void IndexHintsForInlineCaches()
    {
        var dict = new PyDict();
        dict.Set("a", I(1));
        dict.Set("b", I(2));
        int hint = dict.IndexOf("b");
        Assert.True(dict.TryGetValueAt(hint, "b", out Value value));
        Assert.Equal(2, value.Int);
        dict.Remove("b");
        Assert.False(dict.TryGetValueAt(hint, "b", out _));
        Assert.Equal(-1, dict.IndexOf("b"));
        Assert.False(dict.TryGetValueAt(99, "a", out _));
    }
}
