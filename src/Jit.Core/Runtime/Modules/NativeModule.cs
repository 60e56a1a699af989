using Jit.Runtime.Objects;

namespace Jit.Runtime.Modules;

/// <summary>Builds a built-in module from C# functions.</summary>
internal sealed class NativeModule
{
    public NativeModule(string name)
    {
        Module = new PyModule(name) { IsBuiltin = true };
    }

    public PyModule Module { get; }

    public NativeModule Function(string name, BuiltinBody body)
    {
        Module.Globals.Set(name, new PyBuiltinFunction(name, body, Module.Name));
        return this;
    }

    /// <summary>A one-argument function of a float (math.sin and friends).</summary>
    public NativeModule Function(string name, Func<double, double> body) =>
        Function(name, (args, kwnames) =>
        {
            ArgParser.Exactly(name, args, kwnames, 1);
            return Value.FromFloat(MathModule.Checked(body(Ops.ToDouble(args[0])), Ops.ToDouble(args[0])));
        });

    public NativeModule Constant(string name, Value value)
    {
        Module.Globals.Set(name, value);
        return this;
    }
}

/// <summary>The modules written in C#, by name.</summary>
public static class BuiltinModules
{
    private static readonly Dictionary<string, Func<PyContext, PyModule>> s_factories = new(StringComparer.Ordinal)
    {
        ["math"] = _ => MathModule.Create(),
        ["time"] = _ => TimeModule.Create(),
        ["_random"] = _ => RandomModule.Create(),
        ["os"] = OsModule.Create,
        ["re"] = _ => ReModule.Create(),
        ["_array"] = _ => ArrayModule.Create(),
        ["_io"] = _ => new NativeModule("_io")
            .Constant("UnsupportedOperation", Builtins.PyTextStream.UnsupportedOperation)
            .Constant("TextIOWrapper", Builtins.PyTextStream.TypeObject)
            .Constant("BufferedFile", Builtins.PyBinaryFile.TypeObject).Module,
    };

    public static IReadOnlyCollection<string> Names => s_factories.Keys;

    public static PyModule? TryCreate(PyContext context, string name) =>
        s_factories.TryGetValue(name, out var factory) ? factory(context) : null;
}
