using Jit.Runtime;
using Jit.Runtime.Objects;

namespace Jit.Compiling;

[Flags]
public enum CodeFlags
{
    None = 0,
    VarArgs = 1,
    VarKeywords = 2,
    Generator = 4,
    Coroutine = 8,
    /// <summary>Module and class bodies: names live in a dictionary (LOAD_NAME), not in registers.</summary>
    NamespaceScope = 16,
    HasDefaults = 32,
    HasKeywordDefaults = 64,
    HasClosure = 128,

    /// <summary>MAKE_FUNCTION finds a dict of annotations among its extra registers.</summary>
    HasAnnotations = 256,
}

/// <summary>Where an instruction comes from: 1-based lines, 0-based columns (end exclusive), as CPython's positions.</summary>
public readonly record struct SourceSpan(int Line, int Column, int EndLine, int EndColumn);

/// <summary>A range of instructions [Start, End) whose exceptions go to Handler, with the exception
/// object placed in Register. Entries are sorted and do not overlap: the compiler resolves nesting.</summary>
public readonly record struct ExceptionEntry(int Start, int End, int Handler, int Register);

/// <summary>The compiled form of one scope: register bytecode and everything it refers to. The
/// register count is static: a frame never grows.</summary>
public sealed class CodeObject : PyObject
{
    public CodeObject(string name, string qualName, string fileName, int firstLine)
        : base(PyType.Code)
    {
        Name = name;
        QualName = qualName;
        FileName = fileName;
        FirstLine = firstLine;
    }

    public string Name { get; }

    public string QualName { get; }

    public string FileName { get; }

    public int FirstLine { get; }

    public Instruction[] Instructions
    {
        get => _instructions;
        internal set
        {
            _instructions = value;
            Feedback = new Vm.SiteFeedback[value.Length];
        }
    }

    private Instruction[] _instructions = [];

    public Value[] Constants { get; internal set; } = [];

    public PyStr[] Names { get; internal set; } = [];

    /// <summary>The source range of each instruction (for tracebacks' lines and carets).</summary>
    public SourceSpan[] Positions { get; internal set; } = [];

    public ExceptionEntry[] ExceptionTable { get; internal set; } = [];

    public int RegisterCount { get; internal set; }

    /// <summary>The variable each register holds (locals, cells, free variables); null for temporaries.</summary>
    public string?[] RegisterNames { get; internal set; } = [];

    public CodeFlags Flags { get; internal set; }

    /// <summary>Positional parameters (positional-only included); they occupy the first registers,
    /// then the keyword-only ones, then *args, then **kwargs.</summary>
    public int ArgCount { get; internal set; }

    public int PosOnlyArgCount { get; internal set; }

    public int KwOnlyArgCount { get; internal set; }

    /// <summary>Registers from here up to the variables' end hold the closure's cells (free variables).</summary>
    public int FirstFreeRegister { get; internal set; } = int.MaxValue;

    /// <summary>The register of the <c>__class__</c> cell for zero-argument <c>super()</c>, or -1.</summary>
    public int ClassCellRegister { get; internal set; } = -1;

    /// <summary>The docstring (None when there is none).</summary>
    public Value Doc { get; internal set; } = Value.None;

    /// <summary>Calls, counted by the interpreter for tiering.</summary>
    public int CallCount;

    /// <summary>Loop back-edges taken, counted by the interpreter for tiering.</summary>
    public int BackEdgeCount;

    /// <summary>Type feedback per instruction, written by tier 0, read by tier 1.</summary>
    public Vm.SiteFeedback[] Feedback { get; private set; } = [];

    /// <summary>Times compiled code of this object was thrown away after a failed speculation.</summary>
    public int DeoptCount;

    /// <summary>Tier 1's translation, once compiled.</summary>
    public Func<Vm.Frame, Value>? Compiled { get; set; }

    /// <summary>Why tier 1 left this code object in tier 0 (null: not decided, or compiled).</summary>
    public string? TierOneSkipReason { get; set; }

    public int TotalParameters => ArgCount + KwOnlyArgCount + (HasFlag(CodeFlags.VarArgs) ? 1 : 0) + (HasFlag(CodeFlags.VarKeywords) ? 1 : 0);

    /// <summary>Whether the register holds a cell (MAKE_CELL or a free variable); for rare paths such
    /// as <c>locals()</c> and <c>super()</c>.</summary>
    public bool IsCellRegister(int register)
    {
        if (register >= FirstFreeRegister)
        {
            return register < RegisterNames.Length && RegisterNames[register] is not null;
        }

        foreach (Instruction instruction in Instructions)
        {
            if (instruction.Op == OpCode.MakeCell && instruction.A == register)
            {
                return true;
            }
        }

        return false;
    }

    public bool HasFlag(CodeFlags flag) => (Flags & flag) != 0;

    public int LineOf(int pc) => Positions.Length == 0 ? FirstLine : Positions[Math.Clamp(pc, 0, Positions.Length - 1)].Line;

    /// <summary>The handler entry covering <paramref name="pc"/>, by binary search.</summary>
    public bool TryFindHandler(int pc, out ExceptionEntry entry)
    {
        ExceptionEntry[] table = ExceptionTable;
        int low = 0;
        int high = table.Length - 1;
        while (low <= high)
        {
            int middle = (low + high) >> 1;
            ExceptionEntry candidate = table[middle];
            if (pc < candidate.Start)
            {
                high = middle - 1;
            }
            else if (pc >= candidate.End)
            {
                low = middle + 1;
            }
            else
            {
                entry = candidate;
                return true;
            }
        }

        entry = default;
        return false;
    }

    public override bool HasGenericGetAttr => false;

    /// <summary>The <c>co_*</c> attributes that scripts read; names of free and cell variables come
    /// sorted, as CPython lists them.</summary>
    public override bool TryGetAttribute(string name, out Value value)
    {
        IEnumerable<int> named = Enumerable.Range(0, Math.Min(FirstFreeRegister, RegisterNames.Length)).Where(r => RegisterNames[r] is not null);
        value = name switch
        {
            "co_name" => PyStr.From(Name),
            "co_qualname" => PyStr.From(QualName),
            "co_filename" => PyStr.From(FileName),
            "co_firstlineno" => Value.FromInt(FirstLine),
            "co_argcount" => Value.FromInt(ArgCount),
            "co_posonlyargcount" => Value.FromInt(PosOnlyArgCount),
            "co_kwonlyargcount" => Value.FromInt(KwOnlyArgCount),
            "co_varnames" => NameTuple(named.Where(r => r < TotalParameters || !IsCellRegister(r)), sorted: false),
            "co_nlocals" => Value.FromInt(named.Count(r => r < TotalParameters || !IsCellRegister(r))),
            "co_cellvars" => NameTuple(named.Where(IsCellRegister), sorted: true),
            "co_freevars" => NameTuple(Enumerable.Range(FirstFreeRegister, Math.Max(0, RegisterNames.Length - FirstFreeRegister)).Where(r => RegisterNames[r] is not null), sorted: true),
            "co_consts" => new PyTuple(Constants),
            "co_names" => new PyTuple(Names.Select(n => (Value)n).ToArray()),
            "co_flags" => Value.FromInt(CPythonFlags()),
            _ => Value.Unbound,
        };
        return !value.IsUnbound || base.TryGetAttribute(name, out value);
    }

    /// <summary><c>co_flags</c> with CPython's bits: OPTIMIZED|NEWLOCALS (1|2) for functions,
    /// VARARGS 4, VARKEYWORDS 8, GENERATOR 32, COROUTINE 128, ASYNC_GENERATOR 512.</summary>
    private int CPythonFlags()
    {
        if (HasFlag(CodeFlags.NamespaceScope))
        {
            return 0;
        }

        int flags = 1 | 2;
        flags |= HasFlag(CodeFlags.VarArgs) ? 4 : 0;
        flags |= HasFlag(CodeFlags.VarKeywords) ? 8 : 0;
        bool generator = HasFlag(CodeFlags.Generator);
        bool coroutine = HasFlag(CodeFlags.Coroutine);
        flags |= generator && coroutine ? 512 : generator ? 32 : coroutine ? 128 : 0;
        return flags;
    }

    private PyTuple NameTuple(IEnumerable<int> registers, bool sorted)
    {
        IEnumerable<string> names = registers.Select(r => RegisterNames[r]!);
        return new PyTuple((sorted ? names.Order(StringComparer.Ordinal) : names).Select(n => (Value)PyStr.From(n)).ToArray());
    }

    public override string ToString() => $"<code object {Name} at {Ops.IdString(this)}, file \"{FileName}\", line {FirstLine}>";
}
