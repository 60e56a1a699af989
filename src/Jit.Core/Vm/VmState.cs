using Jit.Compiling;
using Jit.Runtime;
using Jit.Runtime.Objects;

namespace Jit.Vm;

/// <summary>The interpreter's per-program state: the register stack that frames slide over, the
/// running frame, the exception being handled, and the execution statistics.</summary>
public sealed class VmState
{
    private const int InitialStackSize = 1 << 16;

    public VmState(PyContext context)
    {
        Context = context;
        Builtins = context.Builtins.Globals;
    }

    public PyContext Context { get; }

    public PyDict Builtins { get; }

    /// <summary>The register stack: a frame's registers are a window [Base, Base + RegisterCount).
    /// When a window does not fit, a new segment replaces it for the callee's lifetime.</summary>
    public Value[] Stack { get; set; } = new Value[InitialStackSize];

    /// <summary>The first free slot of <see cref="Stack"/> above every running frame's window.</summary>
    public int StackTop { get; set; }

    public Frame? CurrentFrame { get; set; }

    /// <summary>The exception being handled (what a bare <c>raise</c> re-raises, <c>sys.exc_info()</c>).</summary>
    public PyBaseException? HandledException { get; set; }

    /// <summary>Tier 1 is on (<c>--no-jit</c> turns it off).</summary>
    public bool JitEnabled { get; set; }

    /// <summary>Calls before a code object is compiled; 0 compiles everything before its first run.</summary>
    public int JitThreshold { get; set; } = DefaultJitThreshold;

    /// <summary>The default threshold (see docs/jit.md for how it was chosen).</summary>
    public const int DefaultJitThreshold = 2;

    /// <summary>Loop back-edges after which a running frame moves to compiled code (OSR).</summary>
    public const int OsrThreshold = 200;

    /// <summary>What tier 1 did (<c>--jit-stats</c>) and its options (<c>--dump-il</c>, <c>--jit-stress-deopt</c>).</summary>
    public Tier1.JitStatistics JitStats { get; } = new();

    /// <summary>Compiled code objects, kept only for <c>--save-il</c> (null otherwise, so that compiled
    /// code stays collectable).</summary>
    public List<CodeObject>? CompiledForSaving { get; set; }

    /// <summary>Executed instructions per opcode, when statistics are on (<c>--stats</c>).</summary>
    public long[]? InstructionCounts { get; set; }

    /// <summary>Source text by file name, for the source lines that tracebacks show.</summary>
    public Dictionary<string, string> Sources { get; } = new(StringComparer.Ordinal);

    /// <summary>Reads a source file (decoded as CPython does) and remembers it for tracebacks.</summary>
    public string LoadSource(string path)
    {
        string source = Lexing.SourceDecoder.Decode(File.ReadAllBytes(path), path);
        Sources[path] = source;
        return source;
    }

    public static VmState Of(PyContext context) => context.Vm ??= new VmState(context);

    /// <summary>Reserves a window of <paramref name="size"/> registers at the top of the stack,
    /// cleared; returns its base and the array (a new segment when the current one is full).</summary>
    public (Value[] Stack, int Base) PushWindow(int size)
    {
        int top = StackTop;
        if (top + size > Stack.Length)
        {
            // Frames keep their own array reference, so a fresh segment leaves callers untouched.
            Stack = new Value[Math.Max(InitialStackSize, 2 * size)];
            top = 0;
        }

        StackTop = top + size;
        Array.Clear(Stack, top, size);
        return (Stack, top);
    }
}
