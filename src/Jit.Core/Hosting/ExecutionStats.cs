using System.Text;
using Jit.Compiling;

namespace Jit.Hosting;

/// <summary>The <c>--stats</c> report: executed VM instructions in total and per opcode.</summary>
public static class ExecutionStats
{
    public static string Format(long[] counts)
    {
        var text = new StringBuilder();
        long total = counts.Sum();
        text.Append($"executed instructions: {total}\n");
        foreach ((OpCode op, long count) in counts.Select((count, op) => ((OpCode)op, count)).Where(pair => pair.count > 0).OrderByDescending(pair => pair.count))
        {
            text.Append($"  {OpCodes.Info(op).Name,-24} {count,14} {100.0 * count / Math.Max(total, 1),6:F2}%\n");
        }

        return text.ToString();
    }
}
