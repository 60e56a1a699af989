using Jit.Runtime;
using Jit.Runtime.Objects;

namespace Jit.Tests.Runtime;

public class SmokeTests
{
    [Fact]
    public void CoreWorks()
    {
        Assert.Equal(3, Ops.Add(Value.FromInt(1), Value.FromInt(2)).Int);
        Assert.Equal(-4594863902769663758, Ops.Hash(PyStr.From("abc")));
        PyType a = PyType.CreateClass("A", [], new PyDict());
        Value instance = Ops.Call(a);
        Ops.SetAttr(instance, "x", Value.FromInt(5));
        Assert.Equal(5, Ops.GetAttr(instance, "x").Int);
        PyException e = Assert.Throws<PyException>(() => Ops.GetAttr(instance, "y"));
        Assert.Equal("'A' object has no attribute 'y'", Ops.Str(e.Error));
        Assert.Equal("<class 'int'>", Ops.Repr(PyType.Int));
    }
}
