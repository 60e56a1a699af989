using Jit.Parsing.Ast;
using Jit.Runtime;
using Jit.Runtime.Objects;
using Jit.Symbols;

using Attribute = Jit.Parsing.Ast.Attribute;
using Constant = Jit.Parsing.Ast.Constant;
using UnaryOp = Jit.Parsing.Ast.UnaryOp;

namespace Jit.Compiling;

internal sealed partial class CodeGen
{
    private void CallInto(Call call, int target)
    {
        bool unpacks = call.Args.Any(a => a is Starred) || call.Keywords.Any(k => k.Arg is null);
        CheckDuplicateKeywords(call.Keywords);
        if (unpacks)
        {
            CallWithUnpacking(call, target);
            return;
        }

        if (call.Func is Attribute method && call.Keywords.Count == 0)
        {
            // obj.m(args): LOAD_METHOD avoids creating a bound method.
            int first = _b.AllocateRegisters(2);
            int obj = method.Value is Name name && BoundLocalRegister(name.Id) is int local and >= 0 ? local : first + 1;
            if (obj == first + 1)
            {
                Into(method.Value, obj);
            }

            SetLine(method);
            _b.Emit(OpCode.LoadMethod, first, obj, _b.Name(method.Attr));
            ArgumentsInto(call.Args);
            SetLine(call);
            _b.Emit(OpCode.CallMethod, target, first, call.Args.Count);
            return;
        }

        int function = _b.AllocateRegister();
        Into(call.Func, function);
        ArgumentsInto(call.Args);
        foreach (Keyword keyword in call.Keywords)
        {
            Into(keyword.Value, _b.AllocateRegister());
        }

        int count = call.Args.Count + call.Keywords.Count;
        SetLine(call);
        if (call.Keywords.Count == 0)
        {
            _b.Emit(OpCode.Call, target, function, count);
            return;
        }

        var names = new PyTuple(call.Keywords.Select(k => (Value)PyStr.From(k.Arg!)).ToArray());
        _b.Emit(OpCode.LoadConst, _b.AllocateRegister(), _b.Constant(names, "kw:" + string.Join(",", call.Keywords.Select(k => k.Arg))));
        _b.Emit(OpCode.CallKw, target, function, count);
    }

    private void ArgumentsInto(IReadOnlyList<Expr> arguments)
    {
        foreach (Expr argument in arguments)
        {
            Into(argument, _b.AllocateRegister());
        }
    }

    private void CheckDuplicateKeywords(IReadOnlyList<Keyword> keywords)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (Keyword keyword in keywords)
        {
            if (keyword.Arg is not null && !seen.Add(keyword.Arg))
            {
                throw Error($"keyword argument repeated: {keyword.Arg}", keyword);
            }
        }
    }

    // f(*args, **kwargs): a tuple of the positional arguments and a dict of the keyword ones.
    private void CallWithUnpacking(Call call, int target)
    {
        int function = _b.AllocateRegister();
        Into(call.Func, function);
        int positional = _b.AllocateRegister();
        SequenceInto(call.Args, OpCode.BuildTuple, positional, function);
        bool hasKeywords = call.Keywords.Count > 0;
        if (hasKeywords)
        {
            int keywords = _b.AllocateRegister();
            _b.Emit(OpCode.BuildMap, keywords, 0, 0);
            bool merged = false;
            foreach (Keyword keyword in call.Keywords)
            {
                int mark = _b.NextRegister;
                if (keyword.Arg is null)
                {
                    int mapping = ToRegister(keyword.Value);
                    SetLine(keyword.Value);
                    _b.Emit(OpCode.DictMerge, keywords, mapping, function);
                    merged = true;
                }
                else if (merged)
                {
                    // After a ** the name may already be there: merge it, so a duplicate is an error.
                    int single = _b.AllocateRegister();
                    _b.Emit(OpCode.BuildMap, single, 0, 0);
                    int value = Operand(keyword.Value);
                    _b.Emit(OpCode.MapAdd, single, ConstantOperand(PyStr.From(keyword.Arg), keyword.Arg), value);
                    SetLine(keyword.Value);
                    _b.Emit(OpCode.DictMerge, keywords, single, function);
                }
                else
                {
                    int value = Operand(keyword.Value);
                    _b.Emit(OpCode.MapAdd, keywords, ConstantOperand(PyStr.From(keyword.Arg), keyword.Arg), value);
                }

                _b.FreeRegistersFrom(mark);
            }
        }

        SetLine(call);
        _b.Emit(OpCode.CallEx, target, function, hasKeywords ? 2 : 1);
    }

    private void FunctionDefinition(Stmt node, string name, Arguments arguments, IReadOnlyList<Stmt> body, IReadOnlyList<Expr> decorators)
    {
        int first = ApplyDecoratorsPrologue(decorators);
        int function = _b.AllocateRegister();
        MakeFunction(node, arguments, name, body, decorators, function);
        int result = ApplyDecorators(decorators, first, function);
        SetLine(node);
        StoreVariable(name, result);
    }

    // Decorators are evaluated first, each into the first of a pair of registers (the second
    // receives the argument when it is called).
    private int ApplyDecoratorsPrologue(IReadOnlyList<Expr> decorators)
    {
        int first = _b.AllocateRegisters(2 * decorators.Count);
        for (int i = 0; i < decorators.Count; i++)
        {
            Into(decorators[i], first + (2 * i));
        }

        return first;
    }

    private int ApplyDecorators(IReadOnlyList<Expr> decorators, int first, int value)
    {
        for (int i = decorators.Count - 1; i >= 0; i--)
        {
            int pair = first + (2 * i);
            SetLine(decorators[i]);
            _b.Emit(OpCode.Move, pair + 1, value);
            _b.Emit(OpCode.Call, pair, pair, 1);
            value = pair;
        }

        return value;
    }

    private string ChildQualName(string name)
    {
        if (_scope.Kind == ScopeKind.Module)
        {
            return name;
        }

        return _scope.Kind == ScopeKind.Class ? $"{Code.QualName}.{name}" : $"{Code.QualName}.<locals>.{name}";
    }

    /// <summary>Compiles a nested function scope and emits MAKE_FUNCTION with its defaults and closure.</summary>
    private void MakeFunction(Node node, Arguments arguments, string name, IReadOnlyList<Stmt> body, IReadOnlyList<Expr> decorators, int target)
    {
        Scope scope = ChildScope(node);
        int firstLine = node is Located located ? located.Lineno : _b.Line;
        if (decorators.Count > 0)
        {
            firstLine = decorators[0].Lineno;
        }

        var generator = new CodeGen(_unit, scope, this, ChildQualName(name), body, firstLine);
        CodeObject code = generator.CompileFunctionBody(body, isLambda: node is Lambda);
        int extras = _b.NextRegister;
        if (arguments.Defaults.Count > 0)
        {
            code.Flags |= CodeFlags.HasDefaults;
            SequenceInto(arguments.Defaults, OpCode.BuildTuple, _b.AllocateRegister());
        }

        if (arguments.KwDefaults.Any(d => d is not null))
        {
            code.Flags |= CodeFlags.HasKeywordDefaults;
            int dict = _b.AllocateRegister();
            int pairs = 0;
            int pairStart = _b.NextRegister;
            for (int i = 0; i < arguments.Kwonlyargs.Count; i++)
            {
                if (arguments.KwDefaults[i] is Expr value)
                {
                    _b.Emit(OpCode.LoadConst, _b.AllocateRegister(), _b.Constant(PyStr.From(arguments.Kwonlyargs[i].Name), arguments.Kwonlyargs[i].Name));
                    Into(value, _b.AllocateRegister());
                    pairs++;
                }
            }

            _b.Emit(OpCode.BuildMap, dict, pairStart, pairs);
            _b.FreeRegistersFrom(dict + 1);
        }

        EmitAnnotations(node, arguments, code);
        EmitClosure(scope, code);
        SetLine((Located)node);
        _b.Emit(OpCode.MakeFunction, target, _b.Constant(code, null), extras);
        _b.FreeRegistersFrom(Math.Max(extras, _b.FirstTemporary));
    }

    /// <summary>The function's <c>__annotations__</c>, evaluated here in the defining scope (after
    /// the defaults, as CPython does), or kept as source text under <c>from __future__ import annotations</c>.</summary>
    private void EmitAnnotations(Node node, Arguments arguments, CodeObject code)
    {
        Expr? returns = node switch { FunctionDef f => f.Returns, AsyncFunctionDef f => f.Returns, _ => null };
        var annotated = arguments.Posonlyargs.Concat(arguments.Args)
            .Concat(arguments.Vararg is Arg vararg ? [vararg] : [])
            .Concat(arguments.Kwonlyargs)
            .Concat(arguments.Kwarg is Arg kwarg ? [kwarg] : [])
            .Where(arg => arg.Annotation is not null)
            .Select(arg => (arg.Name, Annotation: arg.Annotation!))
            .ToList();
        if (returns is not null)
        {
            annotated.Add(("return", returns));
        }

        if (annotated.Count == 0)
        {
            return;
        }

        code.Flags |= CodeFlags.HasAnnotations;
        int dict = _b.AllocateRegister();
        int pairStart = _b.NextRegister;
        foreach ((string name, Expr annotation) in annotated)
        {
            _b.Emit(OpCode.LoadConst, _b.AllocateRegister(), _b.Constant(PyStr.From(name), name));
            if (_unit.StringAnnotations)
            {
                string text = _unit.AnnotationText(annotation);
                _b.Emit(OpCode.LoadConst, _b.AllocateRegister(), _b.Constant(PyStr.From(text), text));
            }
            else
            {
                Into(annotation, _b.AllocateRegister());
            }
        }

        _b.Emit(OpCode.BuildMap, dict, pairStart, annotated.Count);
        _b.FreeRegistersFrom(dict + 1);
    }

    private void EmitClosure(Scope scope, CodeObject code)
    {
        if (scope.FreeVars.Count == 0)
        {
            return;
        }

        code.Flags |= CodeFlags.HasClosure;
        int tuple = _b.AllocateRegister();
        int first = _b.AllocateRegisters(scope.FreeVars.Count);
        for (int i = 0; i < scope.FreeVars.Count; i++)
        {
            _b.Emit(OpCode.Move, first + i, _registers[scope.FreeVars[i]]);
        }

        _b.Emit(OpCode.BuildTuple, tuple, first, scope.FreeVars.Count);
        _b.FreeRegistersFrom(first);
    }

    public CodeObject CompileFunctionBody(IReadOnlyList<Stmt> body, bool isLambda)
    {
        if (!isLambda && body.Count > 0 && body[0] is ExprStmt { Value: Constant { Value: string doc } })
        {
            Code.Doc = PyStr.From(doc);
        }

        Statements(body);
        if (_b.IsReachable)
        {
            _b.Emit(OpCode.Return, 0, NoneConstant());
        }

        return _b.Finish();
    }

    private void ClassDefinition(ClassDef classDef)
    {
        int decorators = ApplyDecoratorsPrologue(classDef.DecoratorList);
        Scope scope = ChildScope(classDef);
        int firstLine = classDef.DecoratorList.Count > 0 ? classDef.DecoratorList[0].Lineno : classDef.Lineno;
        var generator = new CodeGen(_unit, scope, this, ChildQualName(classDef.Name), classDef.Body, firstLine);
        CodeObject body = generator.CompileClassBody(classDef.Body);

        // __build_class__(body_function, name, *bases, **keywords)
        int builder = _b.AllocateRegister();
        SetLine(classDef);
        _b.Emit(OpCode.LoadGlobal, builder, _b.Name("__build_class__"));
        int function = _b.AllocateRegister();
        int extras = _b.NextRegister;
        EmitClosure(scope, body);
        _b.Emit(OpCode.MakeFunction, function, _b.Constant(body, null), extras);
        _b.FreeRegistersFrom(function + 1);
        _b.Emit(OpCode.LoadConst, _b.AllocateRegister(), _b.Constant(PyStr.From(classDef.Name), classDef.Name));
        if (classDef.Bases.Any(b => b is Starred) || classDef.Keywords.Any(k => k.Arg is null))
        {
            throw Error("class definitions with *bases or **keywords are not supported yet", classDef);
        }

        ArgumentsInto(classDef.Bases);
        CheckDuplicateKeywords(classDef.Keywords);
        foreach (Keyword keyword in classDef.Keywords)
        {
            Into(keyword.Value, _b.AllocateRegister());
        }

        int count = 2 + classDef.Bases.Count + classDef.Keywords.Count;
        SetLine(classDef);
        int classRegister = builder;
        if (classDef.Keywords.Count == 0)
        {
            _b.Emit(OpCode.Call, classRegister, builder, count);
        }
        else
        {
            var names = new PyTuple(classDef.Keywords.Select(k => (Value)PyStr.From(k.Arg!)).ToArray());
            _b.Emit(OpCode.LoadConst, _b.AllocateRegister(), _b.Constant(names, null));
            _b.Emit(OpCode.CallKw, classRegister, builder, count);
        }

        int decorated = ApplyDecorators(classDef.DecoratorList, decorators, classRegister);
        StoreVariable(classDef.Name, decorated);
    }

    public CodeObject CompileClassBody(IReadOnlyList<Stmt> body)
    {
        int temporary = _b.AllocateRegister();
        _b.Emit(OpCode.LoadName, temporary, _b.Name("__name__"));
        _b.Emit(OpCode.StoreName, temporary, _b.Name("__module__"));
        _b.Emit(OpCode.LoadConst, temporary, _b.Constant(PyStr.From(Code.QualName), Code.QualName));
        _b.Emit(OpCode.StoreName, temporary, _b.Name("__qualname__"));
        if (body.Count > 0 && body[0] is ExprStmt { Value: Constant { Value: string doc } })
        {
            _b.Emit(OpCode.LoadConst, temporary, _b.Constant(PyStr.From(doc), doc));
            _b.Emit(OpCode.StoreName, temporary, _b.Name("__doc__"));
        }

        _b.FreeRegistersFrom(temporary);
        if (ContainsAnnotations(body))
        {
            _b.Emit(OpCode.Intrinsic, 0, 0, (int)Intrinsic.SetupAnnotations);
        }

        Statements(body);
        if (_scope.CellVars.Contains("__class__"))
        {
            _b.Emit(OpCode.StoreName, _registers["__class__"], _b.Name("__classcell__"));
        }

        _b.Emit(OpCode.Return, 0, NoneConstant());
        return _b.Finish();
    }

    private void ComprehensionInto(Expr e, int target)
    {
        Scope scope = ChildScope(e);
        IReadOnlyList<Comprehension> generators = e switch
        {
            ListComp c => c.Generators,
            SetComp c => c.Generators,
            DictComp c => c.Generators,
            _ => ((GeneratorExp)e).Generators,
        };
        var generator = new CodeGen(_unit, scope, this, ChildQualName(scope.Name), [], e.Lineno);
        CodeObject code = generator.CompileComprehension(e, generators);
        int function = _b.AllocateRegister();
        int extras = _b.NextRegister;
        EmitClosure(scope, code);
        SetLine(e);
        _b.Emit(OpCode.MakeFunction, function, _b.Constant(code, null), extras);
        _b.FreeRegistersFrom(function + 1);
        int iterable = _b.AllocateRegister();
        Into(generators[0].Iter, iterable);
        SetLine(e);
        _b.Emit(OpCode.GetIter, iterable, iterable);
        _b.Emit(OpCode.Call, target, function, 1);
    }

    private CodeObject CompileComprehension(Expr e, IReadOnlyList<Comprehension> generators)
    {
        SetLine(e);
        int result = -1;
        if (e is not GeneratorExp)
        {
            result = _b.AllocateRegister();
            _b.Emit(e switch { ListComp => OpCode.BuildList, SetComp => OpCode.BuildSet, _ => OpCode.BuildMap }, result, 0, 0);
        }

        ComprehensionLoop(e, generators, 0, result);
        SetLine(e);
        _b.Emit(OpCode.Return, 0, result < 0 ? NoneConstant() : result);
        return _b.Finish();
    }

    private void ComprehensionLoop(Expr e, IReadOnlyList<Comprehension> generators, int index, int result)
    {
        Comprehension generator = generators[index];
        int mark = _b.NextRegister;
        int iterator;
        if (index == 0)
        {
            iterator = _registers[".0"];
        }
        else
        {
            iterator = _b.AllocateRegister();
            int source = Operand(generator.Iter);
            SetLine(generator.Iter);
            _b.Emit(OpCode.GetIter, iterator, source);
            _b.FreeRegistersFrom(iterator + 1);
        }

        Label body = new();
        Label next = new();
        bool direct = generator.Target is Name name && Resolve(name.Id).Kind == VariableKind.Register;
        int item = direct ? _registers[((Name)generator.Target).Id] : _b.AllocateRegister();
        _b.EmitJump(OpCode.Jump, next);
        _b.Bind(body);
        if (direct)
        {
            MarkBound(((Name)generator.Target).Id);
        }
        else
        {
            StoreTarget(generator.Target, item);
        }

        foreach (Expr condition in generator.Ifs)
        {
            Branch(condition, next, jumpIf: false);
        }

        if (index + 1 < generators.Count)
        {
            ComprehensionLoop(e, generators, index + 1, result);
        }
        else
        {
            int elementMark = _b.NextRegister;
            switch (e)
            {
                case ListComp list:
                    _b.Emit(OpCode.ListAppend, result, Operand(list.Elt));
                    break;
                case SetComp set:
                    _b.Emit(OpCode.SetAdd, result, Operand(set.Elt));
                    break;
                case DictComp dict:
                {
                    int key = Operand(dict.Key);
                    int value = Operand(dict.Value);
                    _b.Emit(OpCode.MapAdd, result, key, value);
                    break;
                }

                case GeneratorExp genexp:
                {
                    int value = Operand(genexp.Elt);
                    SetLine(genexp.Elt);
                    _b.Emit(OpCode.Yield, _b.AllocateRegister(), value);
                    break;
                }
            }

            _b.FreeRegistersFrom(elementMark);
        }

        _b.Bind(next);
        SetLine(generator.Iter);
        _b.EmitJump(OpCode.ForIter, body, iterator, item);
        _b.FreeRegistersFrom(Math.Max(mark, _b.FirstTemporary));
    }
}
