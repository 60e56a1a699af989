using System.Diagnostics;
using System.Text;
using Jit.Compiling;
using Jit.Runtime;
using Jit.Vm;

namespace Jit.Tier1;

/// <summary>The tiering decision: compile a hot code object, or record why it stays in tier 0.</summary>
public static class TierUp
{
    public static Func<Frame, Value>? TryCompile(VmState vm, CodeObject code)
    {
        if (JitCompiler.Unsupported(code) is string reason)
        {
            code.TierOneSkipReason = reason;
            vm.JitLog.Add((code, reason, 0));
            return null;
        }

        long start = Stopwatch.GetTimestamp();
        Func<Frame, Value> compiled = JitCompiler.Compile(code, vm.DumpIl, out string listing);
        double milliseconds = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        code.Compiled = compiled;
        vm.JitLog.Add((code, null, milliseconds));
        if (vm.DumpIl)
        {
            vm.Context.Stderr.Write($"IL of {code.QualName} ({code.FileName}:{code.FirstLine}), {code.RegisterCount} registers as IL locals:\n{listing}\n");
        }

        return compiled;
    }

    /// <summary>The <c>--jit-stats</c> report.</summary>
    public static string Report(VmState vm)
    {
        var text = new StringBuilder();
        int compiled = vm.JitLog.Count(entry => entry.SkipReason is null);
        text.Append($"jit: {compiled} code objects compiled, {vm.JitLog.Count - compiled} left in tier 0 (threshold {vm.JitThreshold} calls)\n");
        foreach ((CodeObject code, string? reason, double milliseconds) in vm.JitLog)
        {
            text.Append(reason is null
                ? $"  compiled  {code.QualName} ({code.FileName}:{code.FirstLine}) {code.Instructions.Length} instructions in {milliseconds:F2} ms\n"
                : $"  tier 0    {code.QualName} ({code.FileName}:{code.FirstLine}): {reason}\n");
        }

        return text.ToString();
    }
}
