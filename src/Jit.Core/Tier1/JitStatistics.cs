using System.Text;
using Jit.Compiling;

namespace Jit.Tier1;

/// <summary>Why compiled code handed a frame back to tier 0 before it finished.</summary>
public enum DeoptReason
{
    NotAnInt,
    NotAFloat,
    IntOverflow,
    ZeroDivisor,
    GlobalChanged,

    /// <summary><c>--jit-stress-deopt</c>: every guard fails once.</summary>
    Stress,
}

/// <summary>What tier 1 did in one run, for <c>--jit-stats</c>. It keeps names and numbers, never
/// code objects, so compiled code stays collectable, and it caps the per-code-object detail so that
/// compiling without end (exec in a loop) does not grow it without end.</summary>
public sealed class JitStatistics
{
    private const int MaxDetailed = 1000;

    private readonly List<string> _compiled = [];
    private readonly List<string> _keptInTierZero = [];
    private readonly List<double> _compileMilliseconds = [];
    private readonly Dictionary<(string Where, DeoptReason Reason), int> _deopts = [];

    public int CompiledCount { get; private set; }

    public int OsrCount { get; private set; }

    public int KeptInTierZeroCount { get; private set; }

    public int RecompileCount { get; private set; }

    /// <summary>Instructions run by compiled code; counted only when <see cref="CountInstructions"/> is on.</summary>
    public readonly System.Runtime.CompilerServices.StrongBox<long> TierOneInstructions = new();

    /// <summary>Compiled code counts the instructions it runs (<c>--jit-stats</c>).</summary>
    public bool CountInstructions { get; set; }

    /// <summary>Every guard fails the first time it runs (<c>--jit-stress-deopt</c>).</summary>
    public bool StressDeopt { get; set; }

    /// <summary><c>--dump-il</c>: null for off, empty for every code object, else a name to match.</summary>
    public string? DumpIlFilter { get; set; }

    public bool ShouldDump(CodeObject code) =>
        DumpIlFilter is string filter && (filter.Length == 0 || code.Name == filter || code.QualName == filter);

    public void RecordCompiled(CodeObject code, double milliseconds, bool osr, bool recompile)
    {
        CompiledCount++;
        OsrCount += osr ? 1 : 0;
        RecompileCount += recompile ? 1 : 0;
        if (_compileMilliseconds.Count < 100 * MaxDetailed)
        {
            _compileMilliseconds.Add(milliseconds);
        }

        if (_compiled.Count < MaxDetailed)
        {
            _compiled.Add($"{Describe(code)} {code.Instructions.Length} instructions in {milliseconds:F2} ms{(osr ? ", entered by OSR" : string.Empty)}{(recompile ? ", recompiled after a deopt" : string.Empty)}");
        }
    }

    public void RecordKeptInTierZero(CodeObject code, string reason)
    {
        KeptInTierZeroCount++;
        if (_keptInTierZero.Count < MaxDetailed)
        {
            _keptInTierZero.Add($"{Describe(code)}: {reason}");
        }
    }

    public void RecordDeopt(CodeObject code, int pc, DeoptReason reason)
    {
        var key = ($"{code.QualName} ({code.FileName}:{code.LineOf(pc)})", reason);
        if (_deopts.Count < MaxDetailed || _deopts.ContainsKey(key))
        {
            _deopts[key] = _deopts.GetValueOrDefault(key) + 1;
        }
    }

    /// <summary>The <c>--jit-stats</c> report; <paramref name="tierZeroInstructions"/> when counted.</summary>
    public string Report(int threshold, long? tierZeroInstructions)
    {
        var text = new StringBuilder();
        text.Append($"jit: {CompiledCount} compilations ({OsrCount} entered by OSR, {RecompileCount} after a deopt), {KeptInTierZeroCount} code objects kept in tier 0; threshold {threshold} calls\n");
        if (_compileMilliseconds.Count > 0)
        {
            double[] sorted = [.. _compileMilliseconds.Order()];
            text.Append($"compile time: total {sorted.Sum():F2} ms, median {sorted[sorted.Length / 2]:F3} ms, max {sorted[^1]:F3} ms per code object\n");
        }

        if (tierZeroInstructions is long tierZero)
        {
            text.Append($"instructions executed: tier 0 {tierZero:N0}, tier 1 {TierOneInstructions.Value:N0}\n");
        }

        text.Append($"deopts: {_deopts.Values.Sum()}\n");
        foreach (((string where, DeoptReason reason), int count) in _deopts.OrderByDescending(entry => entry.Value).ThenBy(entry => entry.Key.Where, StringComparer.Ordinal))
        {
            text.Append($"  {count,6}  {ReasonText(reason),-28} {where}\n");
        }

        foreach (string line in _compiled)
        {
            text.Append("  compiled  ").Append(line).Append('\n');
        }

        foreach (string line in _keptInTierZero)
        {
            text.Append("  tier 0    ").Append(line).Append('\n');
        }

        int hidden = CompiledCount - _compiled.Count + KeptInTierZeroCount - _keptInTierZero.Count;
        if (hidden > 0)
        {
            text.Append($"  ... and {hidden} more\n");
        }

        return text.ToString();
    }

    public static string ReasonText(DeoptReason reason) => reason switch
    {
        DeoptReason.NotAnInt => "operand not an int",
        DeoptReason.NotAFloat => "operand not a float",
        DeoptReason.IntOverflow => "int result past 64 bits",
        DeoptReason.ZeroDivisor => "division by zero",
        DeoptReason.GlobalChanged => "global added or removed",
        _ => "stress (--jit-stress-deopt)",
    };

    private static string Describe(CodeObject code) => $"{code.QualName} ({code.FileName}:{code.FirstLine})";
}
