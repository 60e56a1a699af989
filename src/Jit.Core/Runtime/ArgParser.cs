using System.Runtime.CompilerServices;

namespace Jit.Runtime;

/// <summary>Room for up to 8 bound arguments on the stack: <c>var bound = default(ArgBuffer);</c>.</summary>
[InlineArray(8)]
public struct ArgBuffer
{
    private Value _element0;
}

/// <summary>
/// Argument checks for built-ins, in the styles CPython's own built-ins use, each with its exact
/// TypeError text. <paramref name="name"/> is what CPython prints: "len", "list.append", "pop".
/// When <c>self</c> is true, <c>args[0]</c> is the bound object and is not counted.
/// </summary>
public static class ArgParser
{
    /// <summary>METH_NOARGS: "int.bit_length() takes no arguments (1 given)".</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void NoArguments(string name, ReadOnlySpan<Value> args, string[]? kwnames, bool self = false)
    {
        int given = args.Length - (self ? 1 : 0);
        if (given != 0 || kwnames is not null)
        {
            NoKeywords(name, kwnames);
            throw PyErr.TypeError($"{name}() takes no arguments ({given} given)");
        }
    }

    /// <summary>METH_O with one argument: "len() takes exactly one argument (2 given)"; other
    /// counts: "f() takes exactly 2 arguments (1 given)".</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Exactly(string name, ReadOnlySpan<Value> args, string[]? kwnames, int count, bool self = false)
    {
        int given = args.Length - (self ? 1 : 0);
        if (given != count || kwnames is not null)
        {
            NoKeywords(name, kwnames);
            throw PyErr.TypeError(count == 1
                ? $"{name}() takes exactly one argument ({given} given)"
                : $"{name}() takes exactly {count} arguments ({given} given)");
        }
    }

    /// <summary>PyArg_UnpackTuple style: "getattr expected at least 2 arguments, got 1",
    /// "pop expected at most 1 argument, got 2", "divmod expected 2 arguments, got 1"; keywords
    /// are refused with "getattr() takes no keyword arguments". Returns the argument count.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Unpack(string name, ReadOnlySpan<Value> args, string[]? kwnames, int min, int max, bool self = false)
    {
        int given = args.Length - (self ? 1 : 0);
        if (given < min || given > max || kwnames is not null)
        {
            NoKeywords(name, kwnames);
            string bound = min == max ? string.Empty : given < min ? "at least " : "at most ";
            int expected = given < min ? min : max;
            throw PyErr.TypeError($"{name} expected {bound}{expected} argument{(expected == 1 ? string.Empty : "s")}, got {given}");
        }

        return given;
    }

    /// <summary>"len() takes no keyword arguments" when any keyword was passed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void NoKeywords(string name, string[]? kwnames)
    {
        if (kwnames is not null && kwnames.Length > 0)
        {
            throw PyErr.TypeError($"{name}() takes no keyword arguments");
        }
    }

    /// <summary>The number of positional values in a vectorcall argument span.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int PositionalCount(ReadOnlySpan<Value> args, string[]? kwnames) => args.Length - (kwnames?.Length ?? 0);
}

/// <summary>
/// A signature in Argument Clinic style (parameters by name, some positional-only, some
/// keyword-only, the first <c>required</c> mandatory), binding vectorcall arguments with CPython's
/// messages. Create one per function in a static field; <see cref="Bind"/> allocates nothing.
/// </summary>
public sealed class ArgSpec
{
    private readonly string[] _names;
    private readonly int _positionalOnly;
    private readonly int _maxPositional;
    private readonly int _required;

    /// <param name="name">The function name as printed: "split" gives "split() takes ...".</param>
    /// <param name="names">Parameter names in order.</param>
    /// <param name="positionalOnly">How many leading parameters cannot be passed by keyword.</param>
    /// <param name="required">How many leading parameters are mandatory.</param>
    /// <param name="keywordOnly">Index of the first keyword-only parameter (-1: none).</param>
    public ArgSpec(string name, string[] names, int positionalOnly = 0, int required = 0, int keywordOnly = -1)
    {
        Name = name;
        _names = names;
        _positionalOnly = positionalOnly;
        _required = required;
        _maxPositional = keywordOnly < 0 ? names.Length : keywordOnly;
    }

    public string Name { get; }

    public int Count => _names.Length;

    /// <summary>Binds <paramref name="args"/> (positionals, then keyword values named by
    /// <paramref name="kwnames"/>) to the parameters: <paramref name="bound"/>[i] receives the
    /// i-th parameter, <see cref="Value.Unbound"/> when not given (apply the default).
    /// <paramref name="positionalGiven"/> overrides the positional count (for callers that bind
    /// keywords only).</param></summary>
    public void Bind(ReadOnlySpan<Value> args, string[]? kwnames, Span<Value> bound, int positionalGiven = -1)
    {
        int keywords = kwnames?.Length ?? 0;
        int positional = positionalGiven >= 0 ? positionalGiven : args.Length - keywords;
        bound[.._names.Length].Clear();
        if (keywords == 0 && positional >= _required && positional <= _maxPositional)
        {
            args[..positional].CopyTo(bound);
            return;
        }

        if (positional + keywords > _names.Length)
        {
            throw PyErr.TypeError($"{Name}() takes at most {_names.Length} {(positional == 0 ? "keyword " : string.Empty)}argument{(_names.Length == 1 ? string.Empty : "s")} ({positional + keywords} given)");
        }

        if (positional > _maxPositional)
        {
            throw PyErr.TypeError(_maxPositional == 0
                ? $"{Name}() takes no positional arguments"
                : $"{Name}() takes {(_required < _maxPositional ? "at most" : "exactly")} {_maxPositional} positional argument{(_maxPositional == 1 ? string.Empty : "s")} ({positional} given)");
        }

        if (positional < _positionalOnly && positional < _required)
        {
            throw PyErr.TypeError($"{Name}() takes {(_required < _maxPositional ? "at least" : "exactly")} {_required} positional argument{(_required == 1 ? string.Empty : "s")} ({positional} given)");
        }

        args[..positional].CopyTo(bound);
        for (int k = 0; k < keywords; k++)
        {
            string keyword = kwnames![k];
            int index = Array.IndexOf(_names, keyword);
            if (index < _positionalOnly)
            {
                throw PyErr.TypeError($"'{keyword}' is an invalid keyword argument for {Name}()");
            }

            if (index < positional)
            {
                throw PyErr.TypeError($"argument for {Name}() given by name ('{keyword}') and position ({index + 1})");
            }

            bound[index] = args[args.Length - keywords + k];
        }

        for (int i = positional; i < _required; i++)
        {
            if (bound[i].IsUnbound)
            {
                throw PyErr.TypeError($"{Name}() missing required argument '{_names[i]}' (pos {i + 1})");
            }
        }
    }
}
