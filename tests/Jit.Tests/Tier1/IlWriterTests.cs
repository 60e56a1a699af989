using System.Reflection.Emit;
using Jit.Tier1;

namespace Jit.Tests.Tier1;

/// <summary>The IL writer's own checking (we have no ILVerify): stack underflow and labels reached
/// with different stack depths fail when the IL is written, not when it first runs.</summary>
public sealed class IlWriterTests
{
    private static IlWriter NewWriter() =>
        new(new DynamicMethod("test", typeof(int), [], typeof(IlWriterTests).Module).GetILGenerator(), keepListing: true);

    [Fact]
    public void AnUnderflowFailsAtOnce()
    {
        IlWriter il = NewWriter();
        var error = Assert.Throws<InvalidOperationException>(() => il.Emit(OpCodes.Pop));
        Assert.Contains("underflow", error.Message);
    }

    [Fact]
    public void ALabelReachedWithTwoDepthsFails()
    {
        IlWriter il = NewWriter();
        Label join = il.DefineLabel("JOIN");
        il.Emit(OpCodes.Ldc_I4, 1);
        il.Emit(OpCodes.Brtrue, join);
        il.Emit(OpCodes.Ldc_I4, 2);
        Assert.Throws<InvalidOperationException>(() => il.Mark(join));
    }

    [Fact]
    public void BalancedCodeIsAcceptedAndListed()
    {
        IlWriter il = NewWriter();
        Label end = il.DefineLabel("END");
        il.Emit(OpCodes.Ldc_I4, 1);
        il.Emit(OpCodes.Brfalse, end);
        il.Mark(end);
        il.Emit(OpCodes.Ldc_I4, 7);
        il.Emit(OpCodes.Ret);
        Assert.Contains("brfalse END", il.Listing);
    }
}
