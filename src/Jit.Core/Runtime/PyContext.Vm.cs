using Jit.Vm;

namespace Jit.Runtime;

/// <summary>The interpreter's state hangs off the program's context.</summary>
public sealed partial class PyContext
{
    public VmState? Vm { get; set; }
}
