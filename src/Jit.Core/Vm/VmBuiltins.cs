using Jit.Compiling;
using Jit.Lexing;
using Jit.Parsing;
using Jit.Runtime;
using Jit.Runtime.Objects;

namespace Jit.Vm;

/// <summary>The builtins that need the interpreter (<c>__build_class__</c>, <c>exec</c>, <c>eval</c>)
/// and the runtime hooks it answers (zero-argument <c>super()</c>, <c>globals()</c>, <c>locals()</c>).</summary>
public static class VmBuiltins
{
    private static readonly ArgSpec CompileSpec = new("compile", ["source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"], required: 3);
    private static readonly ArgSpec ImportSpec = new("__import__", ["name", "globals", "locals", "fromlist", "level"], required: 1);

    public static void Install(VmState vm)
    {
        PyContext context = vm.Context;
        PyDict builtins = vm.Builtins;
        builtins.Set("__build_class__", new PyBuiltinFunction("__build_class__", (args, kwnames) => BuildClass(vm, args, kwnames), "builtins"));
        builtins.Set("exec", new PyBuiltinFunction("exec", (args, kwnames) => Evaluate(vm, args, kwnames, "exec"), "builtins"));
        builtins.Set("eval", new PyBuiltinFunction("eval", (args, kwnames) => Evaluate(vm, args, kwnames, "eval"), "builtins"));
        builtins.Set("compile", new PyBuiltinFunction("compile", (args, kwnames) => CompileBuiltin(args, kwnames), "builtins"));
        builtins.Set("__import__", new PyBuiltinFunction("__import__", (args, kwnames) => ImportBuiltin(vm, args, kwnames), "builtins"));
        PyDict sys = context.Sys.Globals;
        sys.Set("exc_info", new PyBuiltinFunction("exc_info", (args, kwnames) => vm.HandledException is PyBaseException handled
            ? PyTuple.Create(handled.Type, handled, handled.Traceback)
            : PyTuple.Create(Value.None, Value.None, Value.None), "sys"));
        sys.Set("exception", new PyBuiltinFunction("exception", (args, kwnames) => vm.HandledException is PyBaseException handled ? handled : Value.None, "sys"));
        sys.Set("_getframe", new PyBuiltinFunction("_getframe", (args, kwnames) => CallerFrame(vm, args.Length > 0 ? (int)args[0].Int : 0), "sys"));
        PyModule tracebackModule = TracebackModule.Create(vm);
        context.Modules.Set(tracebackModule.Name, tracebackModule);
        context.CurrentGlobals = () => vm.CurrentFrame?.Globals;
        context.CurrentLocals = () => vm.CurrentFrame is Frame frame ? frame.LocalsSnapshot() : Value.None;
        context.ZeroArgumentSuper = () => ZeroArgumentSuper(vm);
    }

    /// <summary>Bases that are not classes but have <c>__mro_entries__(bases)</c> are replaced by
    /// the classes it returns (typing.Generic[T] gives Generic). The same array when nothing changes.</summary>
    private static Value[] ResolveMroEntries(Value[] bases)
    {
        List<Value>? resolved = null;
        var original = new PyTuple(bases);
        for (int i = 0; i < bases.Length; i++)
        {
            Value b = bases[i];
            if (b.ObjectOrNull is not PyType && Ops.TryGetAttr(b, "__mro_entries__", out Value entries))
            {
                resolved ??= [.. bases[..i]];
                Value result = Ops.Call(entries, original);
                if (result.ObjectOrNull is not PyTuple tuple)
                {
                    throw PyErr.TypeError("__mro_entries__ must return a tuple");
                }

                resolved.AddRange(tuple.Items);
            }
            else
            {
                resolved?.Add(b);
            }
        }

        return resolved is null ? bases : [.. resolved];
    }

    /// <summary><c>__build_class__(body, name, *bases, metaclass=None, **kwds)</c>: runs the class body
    /// in a fresh namespace, then calls the metaclass.</summary>
    private static Value BuildClass(VmState vm, ReadOnlySpan<Value> args, string[]? kwnames)
    {
        int keywordCount = kwnames?.Length ?? 0;
        int positional = args.Length - keywordCount;
        if (positional < 2 || args[0].ObjectOrNull is not PyFunction body || args[1].ObjectOrNull is not PyStr name)
        {
            throw PyErr.TypeError("__build_class__: not enough arguments");
        }

        Value[] originalBases = args[2..positional].ToArray();
        Value[] bases = ResolveMroEntries(originalBases);
        Value metaclass = Value.Unbound;
        PyDict? keywords = null;
        for (int i = 0; i < keywordCount; i++)
        {
            if (kwnames![i] == "metaclass")
            {
                metaclass = args[positional + i];
            }
            else
            {
                (keywords ??= new PyDict()).Set(kwnames[i], args[positional + i]);
            }
        }

        var baseTuple = new PyTuple(bases);
        Value meta = PyType.SelectMetaclass(metaclass, bases);
        Value prepared = PyType.PrepareNamespace(meta, name.Text, baseTuple, keywords);
        var ns = prepared.ObjectOrNull as PyDict
            ?? throw PyErr.TypeError($"{Ops.TypeName(meta)}.__prepare__() must return a mapping, not {Ops.TypeName(prepared)}");
        if (!ReferenceEquals(bases, originalBases))
        {
            Ops.SetItem(ns, PyStr.From("__orig_bases__"), new PyTuple(originalBases));
        }

        Interpreter.RunNamespaceCode(vm, body.Code, body, body.Globals, ns);
        var classArgs = new List<Value> { name, baseTuple, ns };
        string[]? classKwnames = null;
        if (keywords is not null)
        {
            var names = new List<string>();
            int position = 0;
            while (keywords.TryGetEntry(ref position, out Value key, out Value value))
            {
                names.Add(((PyStr)key.Object).Text);
                classArgs.Add(value);
            }

            classKwnames = [.. names];
        }

        return Ops.Call(meta, classArgs.ToArray(), classKwnames);
    }

    private static Value CallerFrame(VmState vm, int depth)
    {
        Frame? frame = vm.CurrentFrame;
        for (int i = 0; i < depth && frame is not null; i++)
        {
            frame = frame.Back;
        }

        return frame ?? throw PyErr.ValueError("call stack is not deep enough");
    }

    private static (PyType, Value) ZeroArgumentSuper(VmState vm)
    {
        Frame frame = vm.CurrentFrame ?? throw PyErr.RuntimeError("super(): no current frame");
        CodeObject code = frame.Code;
        if (code.ArgCount == 0 && !code.HasFlag(CodeFlags.VarArgs))
        {
            throw PyErr.RuntimeError("super(): no arguments");
        }

        if (code.ClassCellRegister < 0)
        {
            throw PyErr.RuntimeError("super(): __class__ cell not found");
        }

        Value cellContents = ((PyCell)frame.Register(code.ClassCellRegister).Object).Contents;
        if (cellContents.ObjectOrNull is not PyType type)
        {
            throw PyErr.RuntimeError("super(): empty __class__ cell");
        }

        Value self = frame.Register(0);
        if (self.ObjectOrNull is PyCell cell && code.IsCellRegister(0))
        {
            self = cell.Contents;
        }

        if (self.IsUnbound)
        {
            throw PyErr.RuntimeError("super(): arg[0] deleted");
        }

        return (type, self);
    }

    /// <summary><c>exec(source, globals=None, locals=None)</c> and <c>eval(...)</c> for source strings.</summary>
    private static Value Evaluate(VmState vm, ReadOnlySpan<Value> args, string[]? kwnames, string mode)
    {
        ArgParser.NoKeywords(mode, kwnames);
        if (args.Length is < 1 or > 3)
        {
            throw PyErr.TypeError($"{mode} expected at most 3 arguments, got {args.Length}");
        }

        Frame? caller = vm.CurrentFrame;
        PyDict globals = args.Length > 1 && !args[1].IsNone ? (PyDict)args[1].Object : caller?.Globals ?? new PyDict();
        PyDict locals = args.Length > 2 && !args[2].IsNone ? (PyDict)args[2].Object
            : args.Length > 1 && !args[1].IsNone ? globals : caller?.LocalsSnapshot() ?? globals;
        if (args[0].ObjectOrNull is CodeObject compiled)
        {
            Value compiledResult = Interpreter.RunNamespaceCode(vm, compiled, null, globals, locals);
            return mode == "eval" ? compiledResult : Value.None;
        }

        if (args[0].ObjectOrNull is not PyStr source)
        {
            throw PyErr.TypeError($"{mode}() arg 1 must be a string, bytes or code object");
        }

        if (!globals.TryGetValue("__builtins__", out _))
        {
            globals.Set("__builtins__", vm.Context.Builtins);
        }

        CodeObject code = CompileSource(source.Text, "<string>", mode);
        Value result = Interpreter.RunNamespaceCode(vm, code, null, globals, locals);
        return mode == "eval" ? result : Value.None;
    }

    /// <summary><c>compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)</c>; mode
    /// 'single' compiles like 'exec' (interactive echo of expression values is not supported).</summary>
    private static Value CompileBuiltin(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        var bound = default(ArgBuffer);
        CompileSpec.Bind(args, kwnames, bound);
        if (bound[0].ObjectOrNull is CodeObject already)
        {
            return already;
        }

        string source = bound[0].ObjectOrNull switch
        {
            PyStr text => text.Text,
            PyBytes bytes => System.Text.Encoding.UTF8.GetString(bytes.Data),
            _ => throw PyErr.TypeError("compile() arg 1 must be a string, bytes or AST object"),
        };
        string fileName = bound[1].ObjectOrNull is PyStr name ? name.Text : throw PyErr.TypeError($"compile() argument 'filename' must be str, not {Ops.TypeName(bound[1])}");
        string mode = bound[2].ObjectOrNull is PyStr m ? m.Text : throw PyErr.TypeError($"compile() argument 'mode' must be str, not {Ops.TypeName(bound[2])}");
        if (mode is not ("exec" or "eval" or "single"))
        {
            throw PyErr.ValueError("compile() mode must be 'exec', 'eval' or 'single'");
        }

        return CompileSource(source, fileName, mode);
    }

    private static CodeObject CompileSource(string source, string fileName, string mode)
    {
        try
        {
            return mode == "eval" ? Compiler.CompileExpression(source.TrimStart(' ', '\t'), fileName) : Compiler.CompileModule(source, fileName);
        }
        catch (SyntaxErrorException error)
        {
            throw PyErr.SyntaxError(error.Kind == SyntaxErrorKind.IndentationError ? PyExc.IndentationError : PyExc.SyntaxError, error.Message, error.FileName, error.Line, error.Offset, error.SourceLine, error.EndLine, error.EndOffset);
        }
    }

    /// <summary><c>__import__(name, globals=None, locals=None, fromlist=(), level=0)</c>: the import
    /// statement's machinery, relative to the calling frame.</summary>
    private static Value ImportBuiltin(VmState vm, ReadOnlySpan<Value> args, string[]? kwnames)
    {
        var bound = default(ArgBuffer);
        ImportSpec.Bind(args, kwnames, bound);
        string name = bound[0].ObjectOrNull is PyStr text ? text.Text : throw PyErr.TypeError($"__import__() argument 1 must be str, not {Ops.TypeName(bound[0])}");
        Value fromList = bound[3].IsUnbound || bound[3].IsNone ? PyTuple.Empty : new PyTuple(Ops.ToArray(bound[3]));
        Value level = bound[4].IsUnbound ? Value.FromInt(0) : bound[4];
        Frame frame = vm.CurrentFrame ?? throw PyErr.ImportError("__import__ outside a running frame");
        return Importer.ImportName(frame, name, fromList, level);
    }
}
