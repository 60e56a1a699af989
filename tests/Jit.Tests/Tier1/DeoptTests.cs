using System.Runtime.CompilerServices;
using Jit.Compiling;
using Jit.Hosting;
using Jit.Runtime;
using Jit.Tier1;
using Jit.Vm;

namespace Jit.Tests.Tier1;

/// <summary>Speculation in compiled code: guards that fail leave for tier 0 at the right instruction,
/// are reported by <c>--jit-stats</c>, and feed the recompile policy.</summary>
public sealed class DeoptTests
{
    private static (string Stdout, string Stderr) Run(string source, bool stress = false)
    {
        var options = new RunOptions { JitThreshold = 0, JitStats = true, StressDeopt = stress };
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        int status = PythonRunner.RunSource(source, "<string>", ["-c"], new StringReader(""), stdout, stderr, options);
        Assert.True(status == 0, stderr.ToString());
        return (stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void AnIntOverflowingInACompiledLoopDeoptsAndStaysExact()
    {
        (string stdout, string stderr) = Run("def grow(n):\n    x = 1\n    for i in range(n):\n        x = x * 3\n    return x\nprint(grow(10))\nprint(grow(50))\n");
        Assert.Equal("59049\n717897987691852588770249\n", stdout);
        Assert.Contains("int result past 64 bits", stderr);
        Assert.Contains("grow (<string>:4)", stderr);
    }

    [Fact]
    public void ALoopVariableTurningFromIntToFloatDeoptsOnce()
    {
        (string stdout, string stderr) = Run("def total(xs):\n    t = 0\n    for x in xs:\n        t = t + x\n    return t\nprint(total([1, 2, 3]))\nprint(total([1, 2.5, 3]))\n");
        Assert.Equal("6\n6.5\n", stdout);
        Assert.Contains("operand not an int", stderr);
    }

    [Fact]
    public void AddingAGlobalInvalidatesGlobalLoads()
    {
        (string stdout, string stderr) = Run("def f():\n    return len([1])\nprint(f())\ndef len(x):\n    return 42\nprint(f())\n");
        Assert.Equal("1\n42\n", stdout);
        Assert.Contains("global added or removed", stderr);
    }

    [Fact]
    public void ACodeObjectWhoseTypesNeverSettleEndsInTierZero()
    {
        // Call k passes a float in parameter k only: each call fails a different int speculation.
        string parameters = string.Join(", ", Enumerable.Range(0, 10).Select(i => $"v{i}"));
        string sums = string.Join(" + ", Enumerable.Range(0, 10).Select(i => $"(v{i} + {i})"));
        string calls = string.Join("\n", Enumerable.Range(0, 10).Select(k =>
            $"print(f({string.Join(", ", Enumerable.Range(0, 10).Select(i => i == k ? "0.5" : "1"))}))"));
        (string stdout, string stderr) = Run($"def f({parameters}):\n    return {sums}\nprint(f({string.Join(", ", Enumerable.Repeat("1", 10))}))\n{calls}\n");
        Assert.Equal(string.Concat(Enumerable.Repeat("55\n", 1)) + string.Concat(Enumerable.Repeat("54.5\n", 10)), stdout);
        Assert.Contains($"deoptimized {TierUp.MaxDeopts} times", stderr);
    }

    [Fact]
    public void StressModeTakesEveryDeoptExitAndKeepsResults()
    {
        (string stdout, string stderr) = Run("def f(a, b):\n    return a * b + a - b < 100\nfor i in range(5):\n    print(f(i, 7), f(i * 1.5, 2.0))\n", stress: true);
        Assert.Equal("True True\nTrue True\nTrue True\nTrue True\nTrue True\n", stdout);
        Assert.Contains("stress (--jit-stress-deopt)", stderr);
        Assert.Contains("after a deopt", stderr);
    }

    [Fact]
    public void CompiledCodeOfUnreachableCodeObjectsIsCollected()
    {
        var vm = new VmState(new PyContext(TextWriter.Null, TextWriter.Null, TextReader.Null)) { JitEnabled = true };
        vm.JitStats.CountInstructions = true;
        WeakReference[] compiled = CompileMany(vm, 200);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        Assert.Equal(200, vm.JitStats.CompiledCount);
        Assert.True(compiled.Count(reference => reference.IsAlive) < 10, "compiled methods outlive their code objects");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference[] CompileMany(VmState vm, int count)
    {
        var references = new WeakReference[count];
        for (int i = 0; i < count; i++)
        {
            CodeObject module = Compiler.CompileModule($"def f{i}(x):\n    return x + {i}\n", "<exec>");
            CodeObject function = module.Constants.Select(c => c.ObjectOrNull).OfType<CodeObject>().Single();
            Func<Frame, Value> method = JitCompiler.Compile(function, vm, new Jit.Runtime.Objects.PyDict(), keepListing: false, out _);
            vm.JitStats.RecordCompiled(function, 0.1, osr: false, recompile: false);
            references[i] = new WeakReference(method);
        }

        return references;
    }
}
