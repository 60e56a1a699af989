using System.Diagnostics;
using System.Reflection;
using System.Text;

namespace Jit.Tests.Conformance;

/// <summary>How the conformance tests run a Python program under Jit. This file is the only one
/// that knows how Jit is started: if the hosting API differs from what is assumed here, change this
/// file alone.</summary>
public interface IPythonRunner
{
    /// <summary>A short description for failure messages ("in-process", "process: /path/jit").</summary>
    string Description { get; }

    RunResult Run(RunRequest request);
}

/// <summary>One program run. <see cref="Argv"/> is sys.argv as the program sees it (the script's
/// name first); <see cref="JitThreshold"/> null means Jit's default.</summary>
public sealed record RunRequest(string ScriptPath, string[] Argv, string Stdin, bool NoJit, int? JitThreshold, TimeSpan Timeout)
{
    /// <summary>Every speculation in compiled code fails once (<c>--jit-stress-deopt</c>).</summary>
    public bool StressDeopt { get; init; }
}

public sealed record RunResult(int ExitStatus, string Stdout, string Stderr);

/// <summary>The tiers every conformance program runs in, with the settings each one means.</summary>
public enum Tier
{
    /// <summary>Tier 0 only: <c>--no-jit</c>.</summary>
    Interpreter,

    /// <summary>The default: interpreter, then the JIT for hot code.</summary>
    Tiered,

    /// <summary>Everything compiled on first call: <c>--jit-threshold 0</c>.</summary>
    JitAll,

    /// <summary>Everything compiled on first call, and every speculation failing once:
    /// <c>--jit-threshold 0 --jit-stress-deopt</c>.</summary>
    StressDeopt,
}

public static class Tiers
{
    public static string Name(Tier tier) => tier switch
    {
        Tier.Interpreter => "interpreter",
        Tier.Tiered => "tiered",
        Tier.JitAll => "jit-all",
        _ => "stress-deopt",
    };

    public static RunRequest Request(Tier tier, string scriptPath, string[] argv, string stdin, TimeSpan timeout) => tier switch
    {
        Tier.Interpreter => new RunRequest(scriptPath, argv, stdin, NoJit: true, JitThreshold: null, timeout),
        Tier.Tiered => new RunRequest(scriptPath, argv, stdin, NoJit: false, JitThreshold: null, timeout),
        Tier.JitAll => new RunRequest(scriptPath, argv, stdin, NoJit: false, JitThreshold: 0, timeout),
        _ => new RunRequest(scriptPath, argv, stdin, NoJit: false, JitThreshold: 0, timeout) { StressDeopt = true },
    };
}

/// <summary>Chooses the runner: Jit in-process through <c>Jit.Hosting.PythonRunner.Run(string path,
/// string[] argv, TextReader stdin, TextWriter stdout, TextWriter stderr, RunOptions options)</c>
/// when Jit.Core has that type, otherwise the <c>jit</c> executable built from src/Jit.Cli, run as a
/// process. The environment variable JIT_CONFORMANCE_RUNNER=process forces the process runner and
/// JIT_EXE names the executable to use.</summary>
public static class PythonRunners
{
    private static readonly Lazy<IPythonRunner> s_default = new(Choose);

    public static IPythonRunner Default => s_default.Value;

    private static IPythonRunner Choose()
    {
        bool forceProcess = Environment.GetEnvironmentVariable("JIT_CONFORMANCE_RUNNER") == "process";
        Type? hosting = typeof(Jit.Runtime.Value).Assembly.GetType("Jit.Hosting.PythonRunner");
        if (hosting is not null && !forceProcess)
        {
            return new InProcessRunner(hosting);
        }

        return new ProcessRunner(JitExecutable.Find());
    }
}

/// <summary>Calls Jit.Hosting.PythonRunner.Run through reflection, so this project compiles before
/// that API exists. Each run gets its own thread (Jit's program state is thread-static).</summary>
internal sealed class InProcessRunner : IPythonRunner
{
    private readonly MethodInfo _run;
    private readonly Type _optionsType;

    public InProcessRunner(Type hosting)
    {
        _run = hosting.GetMethods(BindingFlags.Public | BindingFlags.Static)
            .SingleOrDefault(m => m.Name == "Run" && m.GetParameters().Length == 6)
            ?? throw new InvalidOperationException("Jit.Hosting.PythonRunner has no static Run(path, argv, stdin, stdout, stderr, options): update tests/Jit.Tests/Conformance/PythonRunnerAdapter.cs");
        _optionsType = _run.GetParameters()[5].ParameterType;
    }

    public string Description => "in-process (Jit.Hosting.PythonRunner)";

    public RunResult Run(RunRequest request)
    {
        object options = Activator.CreateInstance(_optionsType)!;
        Set(options, "NoJit", request.NoJit);
        Set(options, "JitThreshold", request.JitThreshold);
        Set(options, "StressDeopt", request.StressDeopt);

        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        int status = -1;
        Exception? crash = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    object? result = _run.Invoke(null, [request.ScriptPath, request.Argv, new StringReader(request.Stdin), stdout, stderr, options]);
                    status = Convert.ToInt32(result, System.Globalization.CultureInfo.InvariantCulture);
                }
                catch (TargetInvocationException error)
                {
                    crash = error.InnerException ?? error;
                }
            },
            maxStackSize: 256 * 1024 * 1024)
        {
            IsBackground = true,
            Name = "conformance " + Path.GetFileName(request.ScriptPath),
        };
        thread.Start();
        if (!thread.Join(request.Timeout))
        {
            return new RunResult(-1, stdout.ToString(), stderr + $"\n[harness] timed out after {request.Timeout.TotalSeconds} s");
        }

        if (crash is not null)
        {
            return new RunResult(-1, stdout.ToString(), stderr + "\n[harness] Jit threw a .NET exception: " + crash);
        }

        return new RunResult(status, stdout.ToString(), stderr.ToString());
    }

    private static void Set(object options, string name, object? value)
    {
        PropertyInfo property = options.GetType().GetProperty(name)
            ?? throw new InvalidOperationException($"RunOptions has no property {name}: update tests/Jit.Tests/Conformance/PythonRunnerAdapter.cs");
        property.SetValue(options, value);
    }
}

/// <summary>Runs the <c>jit</c> executable: <c>jit [--no-jit | --jit-threshold N] script.py</c> with
/// the script's directory as working directory, as CPython was run for the expectations. A probe
/// (a one-line script) runs first, once: while the executable cannot run scripts at all, every run
/// fails at once with the probe's output instead of starting hundreds of processes.</summary>
internal sealed class ProcessRunner : IPythonRunner
{
    private readonly string _executable;
    private readonly Lazy<string?> _probeFailure;

    public ProcessRunner(string executable)
    {
        _executable = executable;
        _probeFailure = new Lazy<string?>(Probe);
    }

    public string Description => "process: " + _executable;

    public RunResult Run(RunRequest request)
    {
        if (!File.Exists(_executable))
        {
            return new RunResult(-1, "", $"[harness] the jit executable was not found at {_executable}: build src/Jit.Cli (or set JIT_EXE)");
        }

        if (_probeFailure.Value is string failure)
        {
            return new RunResult(-1, "", failure);
        }

        return Start(request);
    }

    private string? Probe()
    {
        string directory = Path.Combine(Path.GetTempPath(), "jit-conformance-probe-" + Environment.ProcessId);
        Directory.CreateDirectory(directory);
        string script = Path.Combine(directory, "probe.py");
        File.WriteAllText(script, "print('probe', 6 * 7)\n");
        try
        {
            RunResult result = Start(new RunRequest(script, ["probe.py"], "", NoJit: true, JitThreshold: null, TimeSpan.FromSeconds(60)));
            return result.Stdout == "probe 42\n" && result.ExitStatus == 0
                ? null
                : $"[harness] {_executable} cannot run a one-line script (`jit --no-jit probe.py` gave exit status {result.ExitStatus}, stderr: {result.Stderr.Trim()})";
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private RunResult Start(RunRequest request)
    {

        var start = new ProcessStartInfo
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
            WorkingDirectory = Path.GetDirectoryName(request.ScriptPath)!,
        };
        if (_executable.EndsWith(".dll", StringComparison.Ordinal))
        {
            start.FileName = "dotnet";
            start.ArgumentList.Add(_executable);
        }
        else
        {
            start.FileName = _executable;
        }

        if (request.NoJit)
        {
            start.ArgumentList.Add("--no-jit");
        }

        if (request.JitThreshold is int threshold)
        {
            start.ArgumentList.Add("--jit-threshold");
            start.ArgumentList.Add(threshold.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (request.StressDeopt)
        {
            start.ArgumentList.Add("--jit-stress-deopt");
        }

        start.ArgumentList.Add(Path.GetFileName(request.ScriptPath));
        foreach (string argument in request.Argv.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PYTHONHASHSEED"] = "0";

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            process.StandardInput.Write(request.Stdin);
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The program exited without reading its input.
        }

        if (!process.WaitForExit(request.Timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return new RunResult(-1, stdout.Result, stderr.Result + $"\n[harness] timed out after {request.Timeout.TotalSeconds} s");
        }

        process.WaitForExit();
        return new RunResult(process.ExitCode, stdout.Result, stderr.Result);
    }
}

/// <summary>Finds the jit executable: JIT_EXE if set, else src/Jit.Cli's build output in the same
/// configuration as this test assembly (Debug or Release), else the other configuration.</summary>
internal static class JitExecutable
{
    public static string Find()
    {
        if (Environment.GetEnvironmentVariable("JIT_EXE") is { Length: > 0 } overridden)
        {
            return overridden;
        }

        string configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        string other = configuration == "Release" ? "Debug" : "Release";
        string apphost = OperatingSystem.IsWindows() ? "jit.exe" : "jit";
        foreach (string config in new[] { configuration, other })
        {
            string folder = RepositoryPaths.Combine("src", "Jit.Cli", "bin", config, "net10.0");
            foreach (string name in new[] { apphost, "jit.dll" })
            {
                string candidate = Path.Combine(folder, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return RepositoryPaths.Combine("src", "Jit.Cli", "bin", configuration, "net10.0", apphost);
    }
}
