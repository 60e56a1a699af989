namespace Jit.Symbols;

public sealed partial class SymbolTable
{
    /// <summary>CPython's analyze_block: resolves every name of <paramref name="scope"/> given the names
    /// bound by enclosing function scopes (<paramref name="bound"/>) and the names declared global
    /// around it; returns the free names the scope and its children need from outside.</summary>
    private void Analyze(Scope root) => AnalyzeBlock(root, [], []);

    private HashSet<string> AnalyzeBlock(Scope scope, HashSet<string> bound, HashSet<string> global)
    {
        var local = new HashSet<string>(StringComparer.Ordinal);
        var free = new HashSet<string>(StringComparer.Ordinal);
        foreach (string name in scope.Order)
        {
            AnalyzeName(scope, name, bound, local, free, global);
        }

        var newBound = new HashSet<string>(bound, StringComparer.Ordinal);
        var newGlobal = new HashSet<string>(global, StringComparer.Ordinal);
        if (scope.Kind == ScopeKind.Class)
        {
            newBound.Add("__class__");
        }
        else
        {
            if (scope.IsFunctionLike)
            {
                newBound.UnionWith(local);
            }

            foreach (string name in scope.Order)
            {
                if (scope.Kinds[name] == SymbolKind.GlobalExplicit)
                {
                    newGlobal.Add(name);
                }
                else if (local.Contains(name))
                {
                    newGlobal.Remove(name);
                }
            }
        }

        var childFree = new HashSet<string>(StringComparer.Ordinal);
        foreach (Scope child in scope.Children)
        {
            // Each child gets its own copies: a child's `global x` must not leak into its siblings.
            var childBound = new HashSet<string>(newBound, StringComparer.Ordinal);
            var childGlobal = new HashSet<string>(newGlobal, StringComparer.Ordinal);
            childFree.UnionWith(AnalyzeBlock(child, childBound, childGlobal));
        }

        if (scope.IsFunctionLike)
        {
            // Locals that children capture become cells.
            foreach (string name in childFree.ToList())
            {
                if (scope.Kinds.TryGetValue(name, out SymbolKind kind) && kind == SymbolKind.Local)
                {
                    scope.Kinds[name] = SymbolKind.Cell;
                    childFree.Remove(name);
                }
            }
        }
        else if (scope.Kind == ScopeKind.Class && childFree.Remove("__class__"))
        {
            scope.NeedsClassClosure = true;
        }

        // Free names of children that this scope neither binds nor declares pass through it.
        foreach (string name in childFree)
        {
            if (scope.Kinds.TryGetValue(name, out SymbolKind kind))
            {
                if (scope.Kind == ScopeKind.Class && kind != SymbolKind.Free)
                {
                    scope.Flags[name] |= SymbolFlags.FreeClass;
                }

                continue;
            }

            if (bound.Contains(name))
            {
                scope.Add(name, SymbolFlags.None);
                scope.Kinds[name] = SymbolKind.Free;
            }
        }

        free.UnionWith(childFree);
        Finish(scope);
        return free;
    }

    private void AnalyzeName(Scope scope, string name, HashSet<string> bound, HashSet<string> local, HashSet<string> free, HashSet<string> global)
    {
        SymbolFlags flags = scope.Flags[name];
        if ((flags & SymbolFlags.Global) != 0)
        {
            if ((flags & SymbolFlags.Nonlocal) != 0)
            {
                throw Error($"name '{name}' is nonlocal and global", scope.Directives[name]);
            }

            scope.Kinds[name] = SymbolKind.GlobalExplicit;
            global.Add(name);
            bound.Remove(name);
        }
        else if ((flags & SymbolFlags.Nonlocal) != 0)
        {
            if (!bound.Contains(name))
            {
                throw Error($"no binding for nonlocal '{name}' found", scope.Directives[name]);
            }

            scope.Kinds[name] = SymbolKind.Free;
            free.Add(name);
        }
        else if ((flags & SymbolFlags.Bound) != 0)
        {
            scope.Kinds[name] = SymbolKind.Local;
            local.Add(name);
            global.Remove(name);
        }
        else if (bound.Contains(name))
        {
            scope.Kinds[name] = SymbolKind.Free;
            free.Add(name);
        }
        else
        {
            scope.Kinds[name] = global.Contains(name) ? SymbolKind.GlobalExplicit : SymbolKind.GlobalImplicit;
        }
    }

    // The register-facing lists: locals (parameters first), cells and free names, sorted as CPython's.
    private static void Finish(Scope scope)
    {
        if (scope.IsFunctionLike)
        {
            var locals = new List<string>();
            foreach (string name in scope.Order)
            {
                if ((scope.Flags[name] & SymbolFlags.Parameter) != 0)
                {
                    locals.Add(name);
                }
            }

            foreach (string name in scope.Order)
            {
                if ((scope.Flags[name] & SymbolFlags.Parameter) == 0 && scope.Kinds[name] == SymbolKind.Local)
                {
                    locals.Add(name);
                }
            }

            scope.Locals = locals;
        }

        var cells = scope.Order.Where(name => scope.Kinds[name] == SymbolKind.Cell).ToList();
        if (scope.NeedsClassClosure)
        {
            cells.Add("__class__");
        }

        cells.Sort(StringComparer.Ordinal);
        scope.CellVars = cells;
        var frees = scope.Order.Where(name => scope.Kinds[name] == SymbolKind.Free || (scope.Flags[name] & SymbolFlags.FreeClass) != 0).ToList();
        frees.Sort(StringComparer.Ordinal);
        scope.FreeVars = frees;
    }
}
