using Jit.Runtime.Builtins;
using Jit.Runtime.Objects;

namespace Jit.Runtime;

/// <summary>The built-in modules of a program: builtins, sys, and the module table.</summary>
public sealed partial class PyContext
{
    private PyModule? _builtins;
    private PyModule? _sys;
    private PyDict? _modules;

    /// <summary>The <c>builtins</c> module (created on first use); its dictionary is what global
    /// name lookups fall back to.</summary>
    public PyModule Builtins => _builtins ??= CreateModule(BuiltinsModule.Create(this));

    /// <summary>The <c>sys</c> module (created on first use).</summary>
    public PyModule Sys => _sys ??= CreateModule(SysModule.Create(this));

    /// <summary><c>sys.modules</c>: imported modules by name.</summary>
    public PyDict Modules => _modules ??= new PyDict();

    /// <summary><c>sys.argv</c> as the program sees it; set before <see cref="Sys"/> is first used.</summary>
    public IReadOnlyList<string> Argv { get; set; } = [string.Empty];

    /// <summary>Supplies <c>locals()</c> (and <c>vars()</c>, <c>dir()</c> without arguments): the
    /// local namespace of the running Python frame; set by the interpreter.</summary>
    public Func<Value>? CurrentLocals { get; set; }

    /// <summary>Files opened by the program and not closed yet: flushed and closed when it ends.</summary>
    public HashSet<PyObject> OpenFiles { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>Closes every file the program left open (CPython flushes them at exit).</summary>
    public void CloseOpenFiles()
    {
        foreach (PyObject file in OpenFiles.ToArray())
        {
            switch (file)
            {
                case PyTextStream text:
                    text.Close();
                    break;
                case PyBinaryFile binary:
                    binary.Close();
                    break;
            }
        }

        OpenFiles.Clear();
    }

    private PyModule CreateModule(PyModule module)
    {
        Modules.Set(module.Name, module);
        return module;
    }
}
