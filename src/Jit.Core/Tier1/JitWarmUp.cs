using System.Reflection;
using System.Runtime.CompilerServices;
using Jit.Compiling;
using Jit.Runtime;
using Jit.Vm;

namespace Jit.Tier1;

/// <summary>
/// The first tier-up of a process pays for more than its own code: the CLR compiles the methods of
/// <see cref="JitCompiler"/>, <see cref="IlWriter"/>, Reflection.Emit and the <see cref="JitOps"/>
/// helpers on first use (tens of milliseconds, there being no ReadyToRun image). A background thread
/// pays that while the main thread parses and starts the script in tier 0: it translates a small
/// program that touches the common opcodes (the result is thrown away) and prepares the helpers.
/// Only the translation runs there; the program is compiled to bytecode on the calling thread, since
/// the front end shares interning tables that are not thread-safe.
/// </summary>
public static class JitWarmUp
{
    private const string Program = """
        def kernel(items, scale, table):
            total = 0
            acc = 0.5
            for i in range(len(items)):
                x = items[i]
                if x > 3 and i % 2 == 0:
                    total += x * scale - 1
                else:
                    acc = acc * 1.5 + x
                table[x] = table.get(x, 0) + 1
            try:
                word = str(total).strip().lower()
            except (ValueError, KeyError) as error:
                word = None
            with open_nothing() as handle:
                pairs = [(k, v) for k, v in table.items() if v]
            return total, acc, word, pairs, items[1:3], {"n": total}, -total, not acc

        class Point:
            def __init__(self, x, y):
                self.x = x
                self.y = y

            def norm(self):
                return (self.x ** 2 + self.y ** 2) ** 0.5

        for step in range(3):
            point = Point(step, step + 1)
            print(kernel([1, 2, 3], 2, {}), point.norm(), *[step], sep="")
        """;

    private static int s_started;

    /// <summary>Starts the warm-up once per process (later calls do nothing).</summary>
    public static void Start(VmState vm)
    {
        if (Interlocked.Exchange(ref s_started, 1) != 0)
        {
            return;
        }

        List<CodeObject> codes = [];
        Collect(Compiler.CompileModule(Program, "<jit warm-up>"), codes);
        var thread = new Thread(() => Translate(vm, codes)) { IsBackground = true, Name = "jit warm-up" };
        thread.Start();
    }

    private static void Collect(CodeObject code, List<CodeObject> codes)
    {
        codes.Add(code);
        foreach (Value constant in code.Constants)
        {
            if (constant.ObjectOrNull is CodeObject nested)
            {
                Collect(nested, codes);
            }
        }
    }

    private static void Translate(VmState vm, List<CodeObject> codes)
    {
        try
        {
            TranslateAll(vm, codes);
        }
        catch (Exception)
        {
            // Only an optimization: a failure here must not end the user's program (the same
            // translation on the main thread reports its errors where they matter).
        }
    }

    private static void TranslateAll(VmState vm, List<CodeObject> codes)
    {
        foreach (CodeObject code in codes)
        {
            JitCompiler.Compile(code, vm, globals: null, keepListing: false, out _);
        }

        foreach (MethodInfo helper in typeof(JitOps).GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
        {
            if (!helper.ContainsGenericParameters)
            {
                RuntimeHelpers.PrepareMethod(helper.MethodHandle);
            }
        }
    }
}
