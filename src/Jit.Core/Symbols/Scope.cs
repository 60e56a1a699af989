using Jit.Parsing.Ast;

namespace Jit.Symbols;

public enum ScopeKind
{
    Module,
    Class,
    /// <summary>def, async def and lambda.</summary>
    Function,
    /// <summary>List, set and dict comprehensions and generator expressions: function-like scopes.</summary>
    Comprehension,
}

/// <summary>How a name resolves in a scope (CPython's symtable scopes).</summary>
public enum SymbolKind
{
    Local,
    /// <summary>A local captured by an inner scope: it lives in a cell.</summary>
    Cell,
    /// <summary>A variable of an enclosing function scope, reached through a closure cell.</summary>
    Free,
    GlobalExplicit,
    GlobalImplicit,
}

[Flags]
internal enum SymbolFlags
{
    None = 0,
    Global = 1,
    Nonlocal = 2,
    Local = 4,
    Parameter = 8,
    Use = 16,
    Import = 32,
    Annotated = 64,
    /// <summary>A class-body name that an inner scope also takes from an enclosing function.</summary>
    FreeClass = 128,
    Bound = Local | Parameter | Import,
}

/// <summary>One scope of the program: its names and how each resolves, with its nested scopes.</summary>
public sealed class Scope
{
    internal readonly Dictionary<string, SymbolFlags> Flags = new(StringComparer.Ordinal);
    internal readonly Dictionary<string, SymbolKind> Kinds = new(StringComparer.Ordinal);
    internal readonly List<string> Order = [];
    internal readonly Dictionary<string, Located> Directives = new(StringComparer.Ordinal);
    private readonly List<Scope> _children = [];

    internal Scope(ScopeKind kind, string name, Scope? parent, Node node)
    {
        Kind = kind;
        Name = name;
        Parent = parent;
        Node = node;
        parent?._children.Add(this);
    }

    public ScopeKind Kind { get; }

    public string Name { get; }

    public Scope? Parent { get; }

    public Node Node { get; }

    public IReadOnlyList<Scope> Children => _children;

    /// <summary>Function scopes: parameters in co_varnames order, then the other locals in order of first mention.</summary>
    public IReadOnlyList<string> Locals { get; internal set; } = [];

    /// <summary>Captured locals, sorted (co_cellvars); a class that needs <c>__class__</c> has it here.</summary>
    public IReadOnlyList<string> CellVars { get; internal set; } = [];

    /// <summary>Names taken from enclosing function scopes, sorted (co_freevars), pass-throughs included.</summary>
    public IReadOnlyList<string> FreeVars { get; internal set; } = [];

    public int ArgCount { get; internal set; }

    public int PosOnlyArgCount { get; internal set; }

    public int KwOnlyArgCount { get; internal set; }

    public bool HasVarArgs { get; internal set; }

    public bool HasVarKeywords { get; internal set; }

    public bool IsGenerator { get; internal set; }

    public bool IsCoroutine { get; internal set; }

    public bool IsAsyncGenerator => IsGenerator && IsCoroutine;

    /// <summary>A class whose methods use <c>super()</c> or <c>__class__</c>: it has a <c>__class__</c> cell.</summary>
    public bool NeedsClassClosure { get; internal set; }

    internal bool IsFunctionLike => Kind is ScopeKind.Function or ScopeKind.Comprehension;

    /// <summary>How <paramref name="name"/> resolves here (a name not mentioned here is an implicit global).</summary>
    public SymbolKind Resolve(string name) => Kinds.TryGetValue(name, out SymbolKind kind) ? kind : SymbolKind.GlobalImplicit;

    internal SymbolFlags FlagsOf(string name) => Flags.TryGetValue(name, out SymbolFlags flags) ? flags : SymbolFlags.None;

    internal void Add(string name, SymbolFlags flags)
    {
        if (Flags.TryGetValue(name, out SymbolFlags existing))
        {
            Flags[name] = existing | flags;
        }
        else
        {
            Flags[name] = flags;
            Order.Add(name);
        }
    }

    public override string ToString() => $"{Kind} {Name}";
}
