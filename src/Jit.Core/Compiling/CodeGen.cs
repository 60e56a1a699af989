using Jit.Lexing;
using Jit.Parsing.Ast;
using Jit.Runtime;
using Jit.Runtime.Objects;
using Jit.Symbols;

using Attribute = Jit.Parsing.Ast.Attribute;
using Constant = Jit.Parsing.Ast.Constant;
using UnaryOp = Jit.Parsing.Ast.UnaryOp;

namespace Jit.Compiling;

/// <summary>Where a variable lives, as the code generator sees it.</summary>
internal enum VariableKind
{
    /// <summary>A local in a register.</summary>
    Register,
    /// <summary>A cell (own or free) whose register holds the <see cref="PyCell"/>.</summary>
    Cell,
    Global,
    /// <summary>Module and class bodies: the namespace dictionary, then globals, then builtins.</summary>
    Name,
    /// <summary>A class body reading a free variable: the namespace first, then the cell.</summary>
    ClassDeref,
}

internal readonly record struct Variable(VariableKind Kind, int Register, string Name);

/// <summary>Generates the register bytecode of one scope (a module, class body, function or
/// comprehension); nested scopes get their own generator. Split by concern: expressions, calls,
/// statements, exception handling, functions and classes.</summary>
internal sealed partial class CodeGen
{
    private readonly CompilationUnit _unit;
    private readonly Scope _scope;
    private readonly CodeGen? _parent;
    private readonly CodeBuilder _b;
    private readonly Dictionary<string, int> _registers = new(StringComparer.Ordinal);

    // Locals known to be bound at the current point (so reads need no UnboundLocalError check),
    // and locals that some `del` or `except ... as` unbinds, which are always checked.
    private HashSet<string> _bound = new(StringComparer.Ordinal);
    private readonly HashSet<string> _everUnbound = new(StringComparer.Ordinal);

    public CodeGen(CompilationUnit unit, Scope scope, CodeGen? parent, string qualName, IReadOnlyList<Stmt> body, int firstLine)
    {
        _unit = unit;
        _scope = scope;
        _parent = parent;
        _b = new CodeBuilder(new CodeObject(scope.Name, qualName, unit.FileName, firstLine)) { Position = new SourceSpan(firstLine, 0, firstLine, 0) };
        CollectUnbinders(body);
        AllocateVariables();
    }

    private bool IsFunctionLike => _scope.Kind is ScopeKind.Function or ScopeKind.Comprehension;

    private CodeObject Code => _b.Code;

    /// <summary>Parameters and locals first (parameters in co_varnames order), then cells that are not
    /// locals, then free variables; each gets a register for the life of the frame.</summary>
    private void AllocateVariables()
    {
        if (IsFunctionLike)
        {
            foreach (string name in _scope.Locals)
            {
                _registers[name] = _b.AddVariable(name);
            }

            Code.ArgCount = _scope.ArgCount;
            Code.PosOnlyArgCount = _scope.PosOnlyArgCount;
            Code.KwOnlyArgCount = _scope.KwOnlyArgCount;
            Code.Flags |= (_scope.HasVarArgs ? CodeFlags.VarArgs : 0) | (_scope.HasVarKeywords ? CodeFlags.VarKeywords : 0);
            for (int i = 0; i < Code.TotalParameters; i++)
            {
                _bound.Add(_scope.Locals[i]);
            }
        }
        else
        {
            Code.Flags |= CodeFlags.NamespaceScope;
        }

        if (_scope.IsGenerator)
        {
            Code.Flags |= CodeFlags.Generator;
        }

        if (_scope.IsCoroutine)
        {
            Code.Flags |= CodeFlags.Coroutine;
        }

        foreach (string name in _scope.CellVars)
        {
            if (!_registers.ContainsKey(name))
            {
                _registers[name] = _b.AddVariable(name);
            }
        }

        int firstFree = _b.NextRegister;
        foreach (string name in _scope.FreeVars)
        {
            _registers[name] = _b.AddVariable(name);
        }

        if (_scope.FreeVars.Count > 0)
        {
            Code.FirstFreeRegister = firstFree;
            _b.Emit(OpCode.CopyFreeVars, firstFree, _scope.FreeVars.Count);
        }

        foreach (string name in _scope.CellVars)
        {
            _b.Emit(OpCode.MakeCell, _registers[name]);
        }

        if (_registers.TryGetValue("__class__", out int classCell) && (_scope.FreeVars.Contains("__class__") || _scope.Kind == ScopeKind.Class))
        {
            Code.ClassCellRegister = classCell;
        }
    }

    private void CollectUnbinders(IReadOnlyList<Stmt> body)
    {
        if (!IsFunctionLike)
        {
            return;
        }

        foreach (Node node in AstWalker.WithinScope(body))
        {
            switch (node)
            {
                case Delete delete:
                    foreach (Expr target in delete.Targets)
                    {
                        CollectNames(target, _everUnbound);
                    }

                    break;
                case ExceptHandler { Name: string name }:
                    _everUnbound.Add(name);
                    break;
            }
        }
    }

    private static void CollectNames(Expr target, HashSet<string> names)
    {
        switch (target)
        {
            case Name name:
                names.Add(name.Id);
                break;
            case Parsing.Ast.Tuple tuple:
                foreach (Expr element in tuple.Elts)
                {
                    CollectNames(element, names);
                }

                break;
            case Parsing.Ast.List list:
                foreach (Expr element in list.Elts)
                {
                    CollectNames(element, names);
                }

                break;
        }
    }

    private Variable Resolve(string name)
    {
        SymbolKind kind = _scope.Resolve(name);
        switch (_scope.Kind)
        {
            case ScopeKind.Function or ScopeKind.Comprehension:
                return kind switch
                {
                    SymbolKind.Local => new Variable(VariableKind.Register, _registers[name], name),
                    SymbolKind.Cell or SymbolKind.Free => new Variable(VariableKind.Cell, _registers[name], name),
                    _ => new Variable(VariableKind.Global, -1, name),
                };
            case ScopeKind.Class:
                return kind switch
                {
                    SymbolKind.GlobalExplicit => new Variable(VariableKind.Global, -1, name),
                    SymbolKind.Free => new Variable(VariableKind.ClassDeref, _registers[name], name),
                    SymbolKind.Cell => new Variable(VariableKind.Cell, _registers[name], name),
                    _ => new Variable(VariableKind.Name, -1, name),
                };
            default:
                return kind is SymbolKind.Cell or SymbolKind.Free && _registers.TryGetValue(name, out int register)
                    ? new Variable(VariableKind.Cell, register, name)
                    : new Variable(VariableKind.Global, -1, name);
        }
    }

    /// <summary>The register of a local that can be read in place (bound for sure), or -1.</summary>
    private int BoundLocalRegister(string name)
    {
        if (!IsFunctionLike || _scope.Resolve(name) != SymbolKind.Local)
        {
            return -1;
        }

        int register = _registers[name];
        if (!_bound.Contains(name) || _everUnbound.Contains(name))
        {
            _b.Emit(OpCode.CheckBound, register);
            if (!_everUnbound.Contains(name))
            {
                _bound.Add(name);
            }
        }

        return register;
    }

    private void MarkBound(string name)
    {
        if (IsFunctionLike)
        {
            _bound.Add(name);
        }
    }

    private Scope ChildScope(Node node)
    {
        foreach (Scope child in _scope.Children)
        {
            if (ReferenceEquals(child.Node, node))
            {
                return child;
            }
        }

        throw new InvalidOperationException($"no scope for {node.GetType().Name}");
    }

    private void SetLine(Located node) => _b.Position = new SourceSpan(node.Lineno, node.ColOffset, node.EndLineno, node.EndColOffset);

    private SyntaxErrorException Error(string message, Located node) => _unit.Error(message, node);

    private int ConstantOperand(Value value, object? key) => _b.Constant(value, key) | Instruction.ConstantBit;

    private static int ConstantIndex(int operand) => operand & ~Instruction.ConstantBit;

    private int NoneConstant() => ConstantOperand(Value.None, PyNone.Instance);

    /// <summary>Compiles an <c>eval</c> expression: the code returns its value.</summary>
    public CodeObject CompileExpressionBody(Expr expression)
    {
        int result = ToNewRegister(expression);
        _b.Emit(OpCode.Return, 0, result);
        return _b.Finish();
    }

    /// <summary>Compiles a module body: the code returns None at the end.</summary>
    public CodeObject CompileModuleBody(IReadOnlyList<Stmt> body)
    {
        if (ContainsAnnotations(body))
        {
            _b.Emit(OpCode.Intrinsic, 0, 0, (int)Intrinsic.SetupAnnotations);
        }

        Statements(body);
        _b.Emit(OpCode.Return, 0, NoneConstant());
        return _b.Finish();
    }
}
