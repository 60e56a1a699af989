using System.Diagnostics;
using Jit.Compiling;
using Jit.Runtime;
using Jit.Vm;

namespace Jit.Tier1;

/// <summary>The tiering decisions: compile a hot code object or record why it stays in tier 0, and,
/// after a failed speculation, drop the compiled code so that it is recompiled without it.</summary>
public static class TierUp
{
    /// <summary>Deopts (not counting <c>--jit-stress-deopt</c>'s) after which a code object stays in tier 0.</summary>
    public const int MaxDeopts = 8;

    /// <summary>Compiles <paramref name="frame"/>'s code object, speculating on its globals as they
    /// are now (not for module and class bodies, which bind names as they go).</summary>
    public static Func<Frame, Value>? TryCompile(Frame frame, bool osr)
    {
        VmState vm = frame.Vm;
        CodeObject code = frame.Code;
        if (JitCompiler.Unsupported(code) is string reason)
        {
            KeepInTierZero(vm, code, reason);
            return null;
        }

        long start = Stopwatch.GetTimestamp();
        bool dump = vm.JitStats.ShouldDump(code);
        Func<Frame, Value> compiled = JitCompiler.Compile(code, vm, code.HasFlag(CodeFlags.NamespaceScope) ? null : frame.Globals, dump, out string listing);
        double milliseconds = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        code.Compiled = compiled;
        bool recompile = code.Feedback.Any(site => (site & (SiteFeedback.Deoptimized | SiteFeedback.StressFired)) != 0);
        vm.JitStats.RecordCompiled(code, milliseconds, osr, recompile);
        vm.CompiledForSaving?.Add(code);
        if (dump)
        {
            vm.Context.Stderr.Write($"IL of {code.QualName} ({code.FileName}:{code.FirstLine}), {code.RegisterCount} registers as IL locals:\n{listing}\n");
        }

        return compiled;
    }

    /// <summary>The deopt policy. The site that failed is not speculated on again (for a global,
    /// after its second failure, no global of the code object is); the compiled code is
    /// dropped, so the next call or loop that gets hot recompiles with what tier 0 has learned.
    /// After <see cref="MaxDeopts"/> deopts the code object stays in tier 0, since its types do not
    /// settle. Frames already running the old code finish in it (its guards still hold them).</summary>
    public static void Deoptimized(VmState vm, JitClosure closure, int pc, DeoptReason reason)
    {
        CodeObject code = closure.Code;
        vm.JitStats.RecordDeopt(code, pc, reason);
        switch (reason)
        {
            case DeoptReason.Stress:
                code.Feedback[pc] |= SiteFeedback.StressFired;
                break;
            case DeoptReason.GlobalChanged when (code.Feedback[pc] & SiteFeedback.GuardFailedOnce) == 0:
                // Names are still being defined (a module runs its defs after a call): recompile
                // against the new keys once.
                code.Feedback[pc] |= SiteFeedback.GuardFailedOnce;
                break;
            case DeoptReason.GlobalChanged:
                // The module keeps adding and removing names: stop speculating on its globals.
                for (int i = 0; i < code.Instructions.Length; i++)
                {
                    if (code.Instructions[i].Op == OpCode.LoadGlobal)
                    {
                        code.Feedback[i] |= SiteFeedback.Deoptimized;
                    }
                }

                break;
            default:
                code.Feedback[pc] |= SiteFeedback.Deoptimized;
                break;
        }

        if (code.Compiled?.Target != closure)
        {
            return;
        }

        code.Compiled = null;
        code.CallCount = 0;
        code.BackEdgeCount = 0;
        if (reason != DeoptReason.Stress && ++code.DeoptCount >= MaxDeopts)
        {
            KeepInTierZero(vm, code, $"deoptimized {code.DeoptCount} times; its types do not settle");
        }
    }

    private static void KeepInTierZero(VmState vm, CodeObject code, string reason)
    {
        code.TierOneSkipReason = reason;
        vm.JitStats.RecordKeptInTierZero(code, reason);
    }
}
