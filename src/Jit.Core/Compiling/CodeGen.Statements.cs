using Jit.Parsing.Ast;
using Jit.Runtime;
using Jit.Runtime.Objects;

using Attribute = Jit.Parsing.Ast.Attribute;
using Constant = Jit.Parsing.Ast.Constant;
using UnaryOp = Jit.Parsing.Ast.UnaryOp;

namespace Jit.Compiling;

internal sealed partial class CodeGen
{
    private void Statements(IReadOnlyList<Stmt> body)
    {
        foreach (Stmt statement in body)
        {
            Statement(statement);
        }
    }

    private void Statement(Stmt statement)
    {
        SetLine(statement);
        int mark = _b.NextRegister;
        switch (statement)
        {
            case ExprStmt { Value: Constant }:
                break;
            case ExprStmt expression:
                ToNewRegister(expression.Value);
                break;
            case Assign assign:
                AssignStatement(assign);
                break;
            case AugAssign augmented:
                AugmentedAssignment(augmented);
                break;
            case AnnAssign annotated:
                AnnotatedAssignment(annotated);
                break;
            case If conditional:
                IfStatement(conditional);
                break;
            case While loop:
                WhileStatement(loop);
                break;
            case For loop:
                ForStatement(loop.Target, loop.Iter, loop.Body, loop.Orelse, loop);
                break;
            case Break:
                JumpOutOfLoop(statement, isBreak: true);
                break;
            case Continue:
                JumpOutOfLoop(statement, isBreak: false);
                break;
            case Return ret:
                ReturnStatement(ret);
                break;
            case FunctionDef function:
                FunctionDefinition(function, function.Name, function.Args, function.Body, function.DecoratorList);
                break;
            case AsyncFunctionDef function:
                FunctionDefinition(function, function.Name, function.Args, function.Body, function.DecoratorList);
                break;
            case ClassDef classDef:
                ClassDefinition(classDef);
                break;
            case Try tryStatement:
                TryStatement(tryStatement);
                break;
            case With with:
                WithStatement(with.Items, with.Body, 0);
                break;
            case Raise raise:
                RaiseStatement(raise);
                break;
            case Assert assert:
                AssertStatement(assert);
                break;
            case Delete delete:
                foreach (Expr target in delete.Targets)
                {
                    DeleteTarget(target);
                }

                break;
            case Import import:
                ImportStatement(import);
                break;
            case ImportFrom importFrom:
                ImportFromStatement(importFrom);
                break;
            case Match match:
                MatchStatement(match);
                break;
            case Global or Nonlocal or Pass:
                break;
            default:
                throw Error($"{statement.GetType().Name} statements are not supported yet", statement);
        }

        _b.FreeRegistersFrom(Math.Max(mark, _b.FirstTemporary));
    }

    private void AssignStatement(Assign assign)
    {
        if (assign.Targets.Count == 1 && assign.Targets[0] is Name name && Resolve(name.Id).Kind == VariableKind.Register)
        {
            Into(assign.Value, _registers[name.Id]);
            MarkBound(name.Id);
            return;
        }

        // `a, b = b, a`: evaluate every value, then store (no tuple is built).
        if (assign.Targets.Count == 1 && assign.Targets[0] is Parsing.Ast.Tuple or Parsing.Ast.List
            && assign.Value is Parsing.Ast.Tuple or Parsing.Ast.List
            && Elements(assign.Targets[0]) is var targets && Elements(assign.Value) is var values
            && targets.Count == values.Count && !targets.Any(t => t is Starred) && !values.Any(v => v is Starred))
        {
            int first = _b.AllocateRegisters(values.Count);
            for (int i = 0; i < values.Count; i++)
            {
                Into(values[i], first + i);
            }

            for (int i = 0; i < targets.Count; i++)
            {
                StoreTarget(targets[i], first + i);
            }

            return;
        }

        int value = ToRegister(assign.Value);
        foreach (Expr target in assign.Targets)
        {
            StoreTarget(target, value);
        }
    }

    private static IReadOnlyList<Expr> Elements(Expr e) => e is Parsing.Ast.Tuple tuple ? tuple.Elts : ((Parsing.Ast.List)e).Elts;

    /// <summary>Stores the value in <paramref name="value"/> into an assignment target.</summary>
    private void StoreTarget(Expr target, int value)
    {
        SetLine(target);
        int mark = _b.NextRegister;
        switch (target)
        {
            case Name name:
                StoreVariable(name.Id, value);
                break;
            case Attribute attribute:
            {
                int obj = ToRegister(attribute.Value);
                SetLine(target);
                _b.Emit(OpCode.SetAttr, obj, value, _b.Name(attribute.Attr));
                break;
            }

            case Subscript subscript:
            {
                int obj = ToRegister(subscript.Value);
                int key = Operand(subscript.Slice);
                SetLine(target);
                _b.Emit(OpCode.SetItem, obj, key, value);
                break;
            }

            case Parsing.Ast.Tuple or Parsing.Ast.List:
                UnpackInto(Elements(target), value, target);
                break;
            case Starred starred:
                throw Error("starred assignment target must be in a list or tuple", starred);
            default:
                throw Error($"cannot assign to {target.GetType().Name}", target);
        }

        _b.FreeRegistersFrom(Math.Max(mark, _b.FirstTemporary));
    }

    private void UnpackInto(IReadOnlyList<Expr> targets, int value, Expr node)
    {
        int starIndex = -1;
        for (int i = 0; i < targets.Count; i++)
        {
            if (targets[i] is Starred)
            {
                if (starIndex >= 0)
                {
                    throw Error("multiple starred expressions in assignment", node);
                }

                starIndex = i;
            }
        }

        int first = _b.AllocateRegisters(targets.Count);
        SetLine(node);
        if (starIndex < 0)
        {
            _b.Emit(OpCode.UnpackSequence, first, value, targets.Count);
        }
        else
        {
            int after = targets.Count - starIndex - 1;
            if (starIndex > 255 || after > 255)
            {
                throw Error("too many expressions in star-unpacking assignment", node);
            }

            _b.Emit(OpCode.UnpackEx, first, value, starIndex | (after << 8));
        }

        for (int i = 0; i < targets.Count; i++)
        {
            StoreTarget(targets[i] is Starred starred ? starred.Value : targets[i], first + i);
        }
    }

    private void StoreVariable(string name, int value)
    {
        Variable variable = Resolve(name);
        switch (variable.Kind)
        {
            case VariableKind.Register:
                if (variable.Register != value)
                {
                    _b.Emit(OpCode.Move, variable.Register, value);
                }

                MarkBound(name);
                break;
            case VariableKind.Cell:
                _b.Emit(OpCode.StoreDeref, value, variable.Register);
                break;
            case VariableKind.Global:
                _b.Emit(OpCode.StoreGlobal, value, _b.Name(name));
                break;
            default:
                _b.Emit(OpCode.StoreName, value, _b.Name(name));
                break;
        }
    }

    private void DeleteVariable(string name)
    {
        Variable variable = Resolve(name);
        switch (variable.Kind)
        {
            case VariableKind.Register:
                _b.Emit(OpCode.DeleteFast, variable.Register);
                _bound.Remove(name);
                break;
            case VariableKind.Cell:
                _b.Emit(OpCode.DeleteDeref, 0, variable.Register);
                break;
            case VariableKind.Global:
                _b.Emit(OpCode.DeleteGlobal, 0, _b.Name(name));
                break;
            default:
                _b.Emit(OpCode.DeleteName, 0, _b.Name(name));
                break;
        }
    }

    private void DeleteTarget(Expr target)
    {
        SetLine(target);
        int mark = _b.NextRegister;
        switch (target)
        {
            case Name name:
                DeleteVariable(name.Id);
                break;
            case Attribute attribute:
                _b.Emit(OpCode.DelAttr, ToRegister(attribute.Value), 0, _b.Name(attribute.Attr));
                break;
            case Subscript subscript:
            {
                int obj = ToRegister(subscript.Value);
                int key = Operand(subscript.Slice);
                SetLine(target);
                _b.Emit(OpCode.DelItem, obj, key);
                break;
            }

            case Parsing.Ast.Tuple or Parsing.Ast.List:
                foreach (Expr element in Elements(target))
                {
                    DeleteTarget(element);
                }

                break;
        }

        _b.FreeRegistersFrom(Math.Max(mark, _b.FirstTemporary));
    }

    private void AugmentedAssignment(AugAssign augmented)
    {
        int op = (int)RuntimeBinaryOp(augmented.Op);
        switch (augmented.Target)
        {
            case Name name when Resolve(name.Id).Kind == VariableKind.Register:
            {
                int register = BoundLocalRegister(name.Id);
                int value = Operand(augmented.Value);
                SetLine(augmented);
                _b.Emit(OpCode.InPlace, register, value, op);
                break;
            }

            case Name name:
            {
                int current = _b.AllocateRegister();
                LoadName(name.Id, current);
                int value = Operand(augmented.Value);
                SetLine(augmented);
                _b.Emit(OpCode.InPlace, current, value, op);
                StoreVariable(name.Id, current);
                break;
            }

            case Attribute attribute:
            {
                int obj = ToRegister(attribute.Value);
                int current = _b.AllocateRegister();
                int nameIndex = _b.Name(attribute.Attr);
                _b.Emit(OpCode.GetAttr, current, obj, nameIndex);
                int value = Operand(augmented.Value);
                SetLine(augmented);
                _b.Emit(OpCode.InPlace, current, value, op);
                _b.Emit(OpCode.SetAttr, obj, current, nameIndex);
                break;
            }

            case Subscript subscript:
            {
                int obj = ToRegister(subscript.Value);
                int key = Operand(subscript.Slice);
                int current = _b.AllocateRegister();
                _b.Emit(OpCode.GetItem, current, obj, key);
                int value = Operand(augmented.Value);
                SetLine(augmented);
                _b.Emit(OpCode.InPlace, current, value, op);
                _b.Emit(OpCode.SetItem, obj, key, current);
                break;
            }

            default:
                throw Error("illegal expression for augmented assignment", augmented.Target);
        }
    }

    private void AnnotatedAssignment(AnnAssign annotated)
    {
        if (annotated.Value is not null)
        {
            StoreTarget(annotated.Target, ToRegister(annotated.Value));
        }

        if (annotated.Target is Name name && annotated.Simple != 0 && !IsFunctionLike)
        {
            int annotations = _b.AllocateRegister();
            _b.Emit(OpCode.LoadName, annotations, _b.Name("__annotations__"));
            int annotation = _unit.StringAnnotations
                ? ConstantOperand(PyStr.From(_unit.AnnotationText(annotated.Annotation)), _unit.AnnotationText(annotated.Annotation))
                : Operand(annotated.Annotation);
            _b.Emit(OpCode.SetItem, annotations, ConstantOperand(PyStr.From(name.Id), name.Id), annotation);
        }
    }

    private static bool ContainsAnnotations(IReadOnlyList<Stmt> body) =>
        AstWalker.WithinScope(body).Any(node => node is AnnAssign { Simple: not 0 });

    private void IfStatement(If conditional)
    {
        var before = new HashSet<string>(_bound);
        Label orElse = new();
        Branch(conditional.Test, orElse, jumpIf: false);
        Statements(conditional.Body);
        if (conditional.Orelse.Count == 0)
        {
            _b.Bind(orElse);
            _bound = before;
            return;
        }

        Label end = new();
        bool bodyFallsThrough = _b.IsReachable;
        if (bodyFallsThrough)
        {
            _b.EmitJump(OpCode.Jump, end);
        }

        HashSet<string> afterBody = _bound;
        _bound = new HashSet<string>(before);
        _b.Bind(orElse);
        Statements(conditional.Orelse);
        _b.Bind(end);
        _bound.IntersectWith(afterBody);
    }

    private void WhileStatement(While loop)
    {
        var before = new HashSet<string>(_bound);
        Label body = new();
        Label test = new();
        Label exit = new();
        bool forever = TryConstant(loop.Test, out Value value, out _) && Ops.IsTrue(value);
        if (!forever)
        {
            _b.EmitJump(OpCode.Jump, test);
        }

        _b.Bind(body);
        _unwinds.Add(new LoopUnwind(exit, forever ? body : test));
        Statements(loop.Body);
        _unwinds.RemoveAt(_unwinds.Count - 1);
        _bound = new HashSet<string>(before);
        SetLine(loop);
        if (forever)
        {
            _b.EmitJump(OpCode.Jump, body);
        }
        else
        {
            _b.Bind(test);
            Branch(loop.Test, body, jumpIf: true);
            Statements(loop.Orelse);
        }

        _b.Bind(exit);
        _bound = before;
    }

    private void ForStatement(Expr target, Expr iterable, IReadOnlyList<Stmt> body, IReadOnlyList<Stmt> orElse, Stmt node)
    {
        var before = new HashSet<string>(_bound);
        int iterator = _b.AllocateRegister();
        int source = Operand(iterable);
        SetLine(node);
        _b.Emit(OpCode.GetIter, iterator, source);
        _b.FreeRegistersFrom(iterator + 1);

        Label bodyLabel = new();
        Label next = new();
        Label exit = new();
        bool direct = target is Name name && Resolve(name.Id).Kind == VariableKind.Register;
        int item = direct ? _registers[((Name)target).Id] : _b.AllocateRegister();
        _b.EmitJump(OpCode.Jump, next);
        _b.Bind(bodyLabel);
        if (direct)
        {
            MarkBound(((Name)target).Id);
        }
        else
        {
            StoreTarget(target, item);
        }

        _unwinds.Add(new LoopUnwind(exit, next));
        Statements(body);
        _unwinds.RemoveAt(_unwinds.Count - 1);
        _bound = new HashSet<string>(before);
        _b.Bind(next);
        SetLine(node);
        _b.EmitJump(OpCode.ForIter, bodyLabel, iterator, item);
        Statements(orElse);
        _b.Bind(exit);
        _bound = before;
    }

    private void JumpOutOfLoop(Stmt statement, bool isBreak)
    {
        int index = _unwinds.FindLastIndex(entry => entry is LoopUnwind);
        if (index < 0)
        {
            throw Error(isBreak ? "'break' outside loop" : "'continue' not properly in loop", statement);
        }

        var loop = (LoopUnwind)_unwinds[index];
        EmitUnwinds(index + 1);
        SetLine(statement);
        _b.EmitJump(OpCode.Jump, isBreak ? loop.Break : loop.Continue);
    }

    private void ReturnStatement(Return ret)
    {
        if (!IsFunctionLike)
        {
            throw Error("'return' outside function", ret);
        }

        int value = ret.Value is null ? NoneConstant() : Operand(ret.Value);
        if (_unwinds.Any(entry => entry is not LoopUnwind))
        {
            // A finally block may rebind the variable: return the value it had here.
            if (!Instruction.IsConstant(value) && !_b.IsTemporary(value))
            {
                int copy = _b.AllocateRegister();
                _b.Emit(OpCode.Move, copy, value);
                value = copy;
            }

            EmitUnwinds(0);
        }

        SetLine(ret);
        _b.Emit(OpCode.Return, 0, value);
    }

    private void RaiseStatement(Raise raise)
    {
        if (raise.Exc is null)
        {
            _b.Emit(OpCode.Raise, 0, 0, 0);
            return;
        }

        int exception = ToRegister(raise.Exc);
        int cause = raise.Cause is null ? 0 : ToRegister(raise.Cause);
        SetLine(raise);
        _b.Emit(OpCode.Raise, exception, cause, raise.Cause is null ? 1 : 2);
    }

    private void AssertStatement(Assert assert)
    {
        Label end = new();
        Branch(assert.Test, end, jumpIf: true);
        int first = _b.AllocateRegisters(2);
        _b.Emit(OpCode.LoadConst, first, _b.Constant(PyExc.AssertionError, "AssertionError type"));
        if (assert.Msg is not null)
        {
            Into(assert.Msg, first + 1);
            SetLine(assert.Test);
            _b.Emit(OpCode.Call, first, first, 1);
        }

        SetLine(assert.Test);
        _b.Emit(OpCode.Raise, first, 0, 1);
        _b.Bind(end);
    }

    private void ImportStatement(Import import)
    {
        foreach (Alias alias in import.Names)
        {
            int module = _b.AllocateRegister();
            EmitImportName(alias.Name, Value.None, 0, module);
            if (alias.Asname is null)
            {
                StoreVariable(alias.Name.Split('.')[0], module);
            }
            else
            {
                string[] parts = alias.Name.Split('.');
                for (int i = 1; i < parts.Length; i++)
                {
                    _b.Emit(OpCode.ImportFrom, module, module, _b.Name(parts[i]));
                }

                StoreVariable(alias.Asname, module);
            }

            _b.FreeRegistersFrom(module);
        }
    }

    private void ImportFromStatement(ImportFrom importFrom)
    {
        int module = _b.AllocateRegister();
        string moduleName = importFrom.Module ?? string.Empty;
        if (importFrom.Names is [{ Name: "*" }])
        {
            if (IsFunctionLike)
            {
                throw Error("import * only allowed at module level", importFrom);
            }

            EmitImportName(moduleName, new PyTuple([PyStr.From("*")]), importFrom.Level, module);
            _b.Emit(OpCode.Intrinsic, module, module, (int)Intrinsic.ImportStar);
            return;
        }

        var names = importFrom.Names.Select(alias => (Value)PyStr.From(alias.Name)).ToArray();
        EmitImportName(moduleName, new PyTuple(names), importFrom.Level, module);
        int item = _b.AllocateRegister();
        foreach (Alias alias in importFrom.Names)
        {
            _b.Emit(OpCode.ImportFrom, item, module, _b.Name(alias.Name));
            StoreVariable(alias.Asname ?? alias.Name, item);
        }
    }

    private void EmitImportName(string name, Value fromList, int level, int target)
    {
        int arguments = _b.AllocateRegisters(2);
        _b.Emit(OpCode.LoadConst, arguments, _b.Constant(fromList, fromList.IsNone ? PyNone.Instance : null));
        _b.Emit(OpCode.LoadConst, arguments + 1, _b.Constant(Value.FromInt(level), (long)level));
        _b.Emit(OpCode.ImportName, target, _b.Name(name), arguments);
        _b.FreeRegistersFrom(arguments);
    }
}
