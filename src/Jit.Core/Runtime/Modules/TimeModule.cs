using System.Diagnostics;
using Jit.Runtime.Objects;

namespace Jit.Runtime.Modules;

/// <summary>The <c>time</c> module: clocks and sleep.</summary>
internal static class TimeModule
{
    private static readonly long s_processStart = Stopwatch.GetTimestamp();

    public static PyModule Create()
    {
        var m = new NativeModule("time");
        m.Function("time", (args, kwnames) => Value.FromFloat((DateTime.UtcNow - DateTime.UnixEpoch).TotalSeconds))
            .Function("time_ns", (args, kwnames) => Value.FromInt((DateTime.UtcNow.Ticks - DateTime.UnixEpoch.Ticks) * 100))
            .Function("perf_counter", (args, kwnames) => Value.FromFloat(Stopwatch.GetTimestamp() / (double)Stopwatch.Frequency))
            .Function("perf_counter_ns", (args, kwnames) => Value.FromInt((long)(Stopwatch.GetTimestamp() * (1e9 / Stopwatch.Frequency))))
            .Function("monotonic", (args, kwnames) => Value.FromFloat(Stopwatch.GetTimestamp() / (double)Stopwatch.Frequency))
            .Function("monotonic_ns", (args, kwnames) => Value.FromInt((long)(Stopwatch.GetTimestamp() * (1e9 / Stopwatch.Frequency))))
            .Function("process_time", (args, kwnames) => Value.FromFloat(Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds))
            .Function("sleep", Sleep)
            .Function("_utcoffset", (args, kwnames) =>
            {
                // The local zone's offset from UTC, in seconds, at a POSIX timestamp (for datetime).
                DateTime utc = DateTime.UnixEpoch.AddSeconds(Ops.ToDouble(args[0]));
                return Value.FromInt((long)TimeZoneInfo.Local.GetUtcOffset(utc).TotalSeconds);
            });
        return m.Module;
    }

    private static Value Sleep(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("sleep", args, kwnames, 1);
        double seconds = Ops.ToDouble(args[0]);
        if (seconds < 0)
        {
            throw PyErr.ValueError("sleep length must be non-negative");
        }

        PyContext.CurrentOrNull?.Stdout.Flush();
        Thread.Sleep(TimeSpan.FromSeconds(seconds));
        return Value.None;
    }
}
