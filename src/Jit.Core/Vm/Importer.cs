using Jit.Compiling;
using Jit.Runtime;
using Jit.Runtime.Objects;

namespace Jit.Vm;

/// <summary><c>import</c>: sys.modules, then the built-in modules, then <c>NAME.py</c> (or a package's
/// <c>__init__.py</c>) in the directories of <c>sys.path</c>, compiled and run once.</summary>
internal static class Importer
{
    public static Value ImportName(Frame frame, string name, Value fromList, Value level)
    {
        string fullName = Resolve(frame, name, (int)level.Int);
        PyModule module = Import(frame.Vm, fullName);
        bool wantsTop = fromList.IsNone || (fromList.ObjectOrNull is PyTuple { Items.Length: 0 });
        if (wantsTop && level.Int == 0 && fullName.Contains('.'))
        {
            frame.Vm.Context.Modules.TryGetValue(fullName[..fullName.IndexOf('.')], out Value top);
            return top;
        }

        if (!wantsTop && fromList.ObjectOrNull is PyTuple names)
        {
            // `from package import submodule` imports the submodule when it is not an attribute.
            foreach (Value item in names.Items)
            {
                string attribute = ((PyStr)item.Object).Text;
                if (attribute != "*" && !Ops.TryGetAttr(module, attribute, out _) && module.Globals.TryGetValue("__path__", out _))
                {
                    TryImport(frame.Vm, fullName + "." + attribute, out _);
                }
            }
        }

        return module;
    }

    private static string Resolve(Frame frame, string name, int level)
    {
        if (level == 0)
        {
            return name;
        }

        string package = frame.Globals.TryGetValue("__package__", out Value p) && p.ObjectOrNull is PyStr s ? s.Text : string.Empty;
        if (package.Length == 0)
        {
            throw PyErr.ImportError("attempted relative import with no known parent package");
        }

        string[] parts = package.Split('.');
        if (level - 1 >= parts.Length)
        {
            throw PyErr.ImportError("attempted relative import beyond top-level package");
        }

        string basePackage = string.Join('.', parts[..(parts.Length - (level - 1))]);
        return name.Length == 0 ? basePackage : basePackage + "." + name;
    }

    public static PyModule Import(VmState vm, string fullName)
    {
        string[] parts = fullName.Split('.');
        PyModule? module = null;
        for (int i = 0; i < parts.Length; i++)
        {
            string prefix = string.Join('.', parts[..(i + 1)]);
            if (!TryImport(vm, prefix, out PyModule? next))
            {
                throw PyErr.ModuleNotFoundError(prefix);
            }

            if (module is not null)
            {
                module.Globals.Set(parts[i], next!);
            }

            module = next;
        }

        return module!;
    }

    private static bool TryImport(VmState vm, string fullName, out PyModule? module)
    {
        PyContext context = vm.Context;
        if (context.Modules.TryGetValue(fullName, out Value cached))
        {
            module = cached.ObjectOrNull as PyModule ?? throw PyErr.ImportError($"import of {fullName} halted; None in sys.modules");
            return true;
        }

        module = fullName switch
        {
            "sys" => context.Sys,
            "builtins" => context.Builtins,
            _ => Runtime.Modules.BuiltinModules.TryCreate(context, fullName),
        };
        if (module is not null)
        {
            context.Modules.Set(fullName, module);
            return true;
        }

        return TryImportSource(vm, fullName, out module) || TryImportLibrary(vm, fullName, out module);
    }

    private static bool TryImportSource(VmState vm, string fullName, out PyModule? module)
    {
        string relative = fullName.Replace('.', Path.DirectorySeparatorChar);
        foreach (string directory in SearchPath(vm.Context))
        {
            string file = Path.Combine(directory, relative + ".py");
            string package = Path.Combine(directory, relative, "__init__.py");
            bool isPackage = !File.Exists(file) && File.Exists(package);
            if (!isPackage && !File.Exists(file))
            {
                continue;
            }

            string path = isPackage ? package : file;
            module = new PyModule(fullName);
            module.Globals.Set("__file__", PyStr.From(path));
            module.Globals.Set("__builtins__", vm.Context.Builtins);
            module.Globals.Set("__package__", PyStr.From(isPackage ? fullName : fullName.Contains('.') ? fullName[..fullName.LastIndexOf('.')] : string.Empty));
            if (isPackage)
            {
                module.Globals.Set("__path__", new PyList([PyStr.From(Path.GetDirectoryName(path)!)]));
            }

            vm.Context.Modules.Set(fullName, module);
            try
            {
                string source = vm.LoadSource(path);
                CodeObject code = Compiler.CompileModule(source, path);
                Interpreter.RunNamespaceCode(vm, code, null, module.Globals, module.Globals);
            }
            catch
            {
                vm.Context.Modules.Remove(fullName);
                throw;
            }

            return true;
        }

        module = null;
        return false;
    }

    /// <summary>The standard modules written in Python (src/Jit.Core/Lib), embedded in the assembly.</summary>
    private static bool TryImportLibrary(VmState vm, string fullName, out PyModule? module)
    {
        using Stream? stream = typeof(Importer).Assembly.GetManifestResourceStream($"Lib/{fullName.Replace('.', '/')}.py");
        if (stream is null)
        {
            module = null;
            return false;
        }

        string path = $"<jit>/Lib/{fullName.Replace('.', '/')}.py";
        string source = new StreamReader(stream).ReadToEnd();
        vm.Sources[path] = source;
        module = new PyModule(fullName);
        module.Globals.Set("__file__", PyStr.From(path));
        module.Globals.Set("__builtins__", vm.Context.Builtins);
        vm.Context.Modules.Set(fullName, module);
        try
        {
            Interpreter.RunNamespaceCode(vm, Compiler.CompileModule(source, path), null, module.Globals, module.Globals);
        }
        catch
        {
            vm.Context.Modules.Remove(fullName);
            throw;
        }

        return true;
    }

    private static IEnumerable<string> SearchPath(PyContext context)
    {
        if (context.Sys.Globals.TryGetValue("path", out Value path) && path.ObjectOrNull is PyList list)
        {
            foreach (Value entry in list.AsSpan().ToArray())
            {
                if (entry.ObjectOrNull is PyStr directory)
                {
                    yield return directory.Text.Length == 0 ? Directory.GetCurrentDirectory() : directory.Text;
                }
            }
        }
    }

    public static Value ImportFrom(Value module, string name)
    {
        if (Ops.TryGetAttr(module, name, out Value value))
        {
            return value;
        }

        string moduleName = module.ObjectOrNull is PyModule m ? m.Name : "?";
        string location = module.ObjectOrNull is PyModule { Globals: var globals } && globals.TryGetValue("__file__", out Value file) && file.ObjectOrNull is PyStr path
            ? path.Text
            : "unknown location";
        throw PyErr.ImportError($"cannot import name '{name}' from '{moduleName}' ({location})", moduleName);
    }

    public static void ImportStar(Frame frame, Value module)
    {
        PyDict target = frame.Locals ?? frame.Globals;
        if (Ops.TryGetAttr(module, "__all__", out Value all))
        {
            PyIterator names = Ops.GetIter(all);
            while (names.TryNext(out Value name))
            {
                target.Set(name, Ops.GetAttr(module, ((PyStr)name.Object).Text));
            }

            return;
        }

        PyDict source = ((PyModule)module.Object).Globals;
        int position = 0;
        while (source.TryGetEntry(ref position, out Value key, out Value value))
        {
            if (key.ObjectOrNull is PyStr name && !name.Text.StartsWith('_'))
            {
                target.Set(key, value);
            }
        }
    }
}
