namespace Jit.Runtime;

/// <summary>
/// The state of one running Python program: its standard streams, recursion depth and settings.
/// A program runs on one thread, so the current context is thread-static: several programs can
/// run side by side in one process (the conformance tests do), each with its own streams and
/// modules. The builtins and sys modules and the module cache hang off this object as well
/// (added by the parts of the runtime that define them).
/// </summary>
public sealed partial class PyContext
{
    [ThreadStatic]
    private static PyContext? t_current;

    public PyContext(TextWriter stdout, TextWriter stderr, TextReader stdin)
    {
        Stdout = stdout;
        Stderr = stderr;
        Stdin = stdin;
    }

    /// <summary>The context of the program running on this thread.</summary>
    public static PyContext Current
    {
        get => t_current ?? throw new InvalidOperationException("no Python program is running on this thread");
        set => t_current = value;
    }

    public TextWriter Stdout { get; }

    public TextWriter Stderr { get; }

    public TextReader Stdin { get; }

    /// <summary>Python call depth, checked against <see cref="RecursionLimit"/>.</summary>
    public int Depth { get; set; }

    public int RecursionLimit { get; set; } = 1000;
}
