using System.Numerics;
using Jit.Parsing.Ast;
using Jit.Runtime;
using Jit.Runtime.Objects;

using Attribute = Jit.Parsing.Ast.Attribute;
using Constant = Jit.Parsing.Ast.Constant;
using UnaryOp = Jit.Parsing.Ast.UnaryOp;

namespace Jit.Compiling;

internal sealed partial class CodeGen
{
    /// <summary>The value of <paramref name="e"/> as a register-or-constant operand: a bound local or
    /// a constant costs no instruction. Temporaries it allocates stay allocated until the caller frees
    /// them (<see cref="CodeBuilder.FreeRegistersFrom"/>).</summary>
    private int Operand(Expr e)
    {
        if (TryConstant(e, out Value value, out object? key))
        {
            int index = _b.Constant(value, key);
            if (index <= Instruction.MaxIndex)
            {
                return index | Instruction.ConstantBit;
            }
        }

        return ToRegister(e);
    }

    /// <summary>The value of <paramref name="e"/> in a register (a local's own register when it can be).</summary>
    private int ToRegister(Expr e)
    {
        if (e is Name name && BoundLocalRegister(name.Id) is int register and >= 0)
        {
            return register;
        }

        int target = _b.AllocateRegister();
        Into(e, target);
        return target;
    }

    /// <summary>The value of <paramref name="e"/> in a fresh temporary.</summary>
    private int ToNewRegister(Expr e)
    {
        int target = _b.AllocateRegister();
        Into(e, target);
        return target;
    }

    /// <summary>Computes <paramref name="e"/> into <paramref name="target"/>, writing it only with the last
    /// instruction (expressions that write in several steps go through a temporary when the target is
    /// a variable, so a failure half-way leaves the variable untouched).</summary>
    private void Into(Expr e, int target)
    {
        SetLine(e);
        int mark = _b.NextRegister;
        switch (e)
        {
            case Constant or UnaryOp when TryConstant(e, out Value value, out object? key):
                _b.Emit(OpCode.LoadConst, target, _b.Constant(value, key));
                break;
            case Parsing.Ast.Tuple tuple when TryConstant(tuple, out Value value, out object? key):
                _b.Emit(OpCode.LoadConst, target, _b.Constant(value, key));
                break;
            case Name name:
                LoadName(name.Id, target);
                break;
            case BinOp binary:
            {
                int left = Operand(binary.Left);
                int right = Operand(binary.Right);
                SetLine(e);
                _b.Emit(BinaryOpCode(binary.Op), target, left, right);
                break;
            }

            case UnaryOp unary:
            {
                int operand = Operand(unary.Operand);
                SetLine(e);
                _b.Emit(UnaryOpCode(unary.Op), target, operand);
                break;
            }

            case BoolOp or IfExp or NamedExpr or Compare { Ops.Count: > 1 } when !_b.IsTemporary(target):
            {
                int temporary = ToNewRegister(e);
                _b.Emit(OpCode.Move, target, temporary);
                break;
            }

            case BoolOp boolOp:
                BoolOpInto(boolOp, target);
                break;
            case IfExp conditional:
            {
                Label orElse = new();
                Label end = new();
                Branch(conditional.Test, orElse, jumpIf: false);
                Into(conditional.Body, target);
                _b.EmitJump(OpCode.Jump, end);
                _b.Bind(orElse);
                Into(conditional.Orelse, target);
                _b.Bind(end);
                break;
            }

            case NamedExpr named:
                Into(named.Value, target);
                StoreVariable(((Name)named.Target).Id, target);
                break;
            case Compare compare:
                CompareInto(compare, target);
                break;
            case Attribute attribute:
            {
                int obj = ToRegister(attribute.Value);
                SetLine(e);
                _b.Emit(OpCode.GetAttr, target, obj, _b.Name(attribute.Attr));
                break;
            }

            case Subscript subscript:
            {
                int obj = ToRegister(subscript.Value);
                int key = Operand(subscript.Slice);
                SetLine(e);
                _b.Emit(OpCode.GetItem, target, obj, key);
                break;
            }

            case Slice slice:
                SliceInto(slice, target);
                break;
            case Call call:
                CallInto(call, target);
                break;
            case Parsing.Ast.Tuple tuple:
                SequenceInto(tuple.Elts, OpCode.BuildTuple, target);
                break;
            case Parsing.Ast.List list:
                SequenceInto(list.Elts, OpCode.BuildList, target);
                break;
            case Parsing.Ast.Set set:
                SequenceInto(set.Elts, OpCode.BuildSet, target);
                break;
            case Dict dict:
                DictInto(dict, target);
                break;
            case JoinedStr joined:
                JoinedStrInto(joined, target);
                break;
            case FormattedValue formatted:
                FormattedValueInto(formatted, target);
                break;
            case Lambda lambda:
                MakeFunction(lambda, lambda.Args, "<lambda>", [new Return(lambda.Body) { Lineno = lambda.Body.Lineno, ColOffset = lambda.Body.ColOffset, EndLineno = lambda.Body.EndLineno, EndColOffset = lambda.Body.EndColOffset }], [], target);
                break;
            case ListComp or SetComp or DictComp or GeneratorExp:
                ComprehensionInto(e, target);
                break;
            case Yield yield:
                CheckInFunction(e, "'yield' outside function");
                _b.Emit(OpCode.Yield, target, yield.Value is null ? NoneConstant() : Operand(yield.Value));
                break;
            case YieldFrom yieldFrom:
                CheckInFunction(e, "'yield' outside function");
                YieldFromInto(yieldFrom.Value, target, await: false);
                break;
            case Await awaitExpr:
                CheckInFunction(e, "'await' outside function");
                YieldFromInto(awaitExpr.Value, target, await: true);
                break;
            case Starred starred:
                throw Error("can't use starred expression here", starred);
            default:
                throw Error($"{e.GetType().Name} is not supported yet", e);
        }

        _b.FreeRegistersFrom(Math.Max(mark, _b.FirstTemporary));
    }

    private void CheckInFunction(Expr e, string message)
    {
        if (_scope.Kind is Symbols.ScopeKind.Module or Symbols.ScopeKind.Class)
        {
            throw Error(message, e);
        }
    }

    private void LoadName(string name, int target)
    {
        Variable variable = Resolve(name);
        switch (variable.Kind)
        {
            case VariableKind.Register:
                int register = BoundLocalRegister(name);
                if (register != target)
                {
                    _b.Emit(OpCode.Move, target, register);
                }

                break;
            case VariableKind.Cell:
                _b.Emit(OpCode.LoadDeref, target, variable.Register);
                break;
            case VariableKind.Global:
                _b.Emit(OpCode.LoadGlobal, target, _b.Name(name));
                break;
            case VariableKind.Name:
                _b.Emit(OpCode.LoadName, target, _b.Name(name));
                break;
            case VariableKind.ClassDeref:
                _b.Emit(OpCode.LoadClassDeref, target, variable.Register, _b.Name(name));
                break;
        }
    }

    private void BoolOpInto(BoolOp boolOp, int target)
    {
        Label end = new();
        OpCode exit = boolOp.Op == BoolOperator.And ? OpCode.JumpIfFalse : OpCode.JumpIfTrue;
        for (int i = 0; i < boolOp.Values.Count - 1; i++)
        {
            Into(boolOp.Values[i], target);
            _b.EmitJump(exit, end, target);
        }

        Into(boolOp.Values[^1], target);
        _b.Bind(end);
    }

    private void CompareInto(Compare compare, int target)
    {
        Label end = new();
        int left = compare.Ops.Count > 1 ? ToRegister(compare.Left) : Operand(compare.Left);
        for (int i = 0; i < compare.Ops.Count; i++)
        {
            bool last = i == compare.Ops.Count - 1;
            int right = last ? Operand(compare.Comparators[i]) : ToRegister(compare.Comparators[i]);
            SetLine(compare);
            _b.Emit(CompareOpCode(compare.Ops[i]), target, left, right);
            if (!last)
            {
                _b.EmitJump(OpCode.JumpIfFalse, end, target);
            }

            left = right;
        }

        _b.Bind(end);
    }

    /// <summary>Jumps to <paramref name="target"/> when the truth of <paramref name="e"/> is
    /// <paramref name="jumpIf"/>, else falls through. Comparisons fuse with the jump.</summary>
    private void Branch(Expr e, Label target, bool jumpIf)
    {
        SetLine(e);
        int mark = _b.NextRegister;
        switch (e)
        {
            case UnaryOp { Op: UnaryOperator.Not } not:
                Branch(not.Operand, target, !jumpIf);
                break;
            case BoolOp boolOp:
            {
                bool isAnd = boolOp.Op == BoolOperator.And;
                if (isAnd != jumpIf)
                {
                    // `a and b` jumping when false (or `a or b` jumping when true): any operand decides.
                    foreach (Expr value in boolOp.Values)
                    {
                        Branch(value, target, jumpIf);
                    }
                }
                else
                {
                    Label skip = new();
                    for (int i = 0; i < boolOp.Values.Count - 1; i++)
                    {
                        Branch(boolOp.Values[i], skip, !jumpIf);
                    }

                    Branch(boolOp.Values[^1], target, jumpIf);
                    _b.Bind(skip);
                }

                break;
            }

            case Compare compare:
            {
                Label skip = new();
                int left = compare.Ops.Count > 1 ? ToRegister(compare.Left) : Operand(compare.Left);
                for (int i = 0; i < compare.Ops.Count; i++)
                {
                    bool last = i == compare.Ops.Count - 1;
                    int right = last ? Operand(compare.Comparators[i]) : ToRegister(compare.Comparators[i]);
                    SetLine(compare);
                    if (last)
                    {
                        _b.EmitJump(BranchOpCode(compare.Ops[i], jumpIf), target, left, right);
                    }
                    else
                    {
                        // A false link ends the chain: it decides when jumping on false, else skips.
                        _b.EmitJump(BranchOpCode(compare.Ops[i], false), jumpIf ? skip : target, left, right);
                    }

                    left = right;
                }

                _b.Bind(skip);
                break;
            }

            case Constant when TryConstant(e, out Value value, out _):
                if (Ops.IsTrue(value) == jumpIf)
                {
                    _b.EmitJump(OpCode.Jump, target);
                }

                break;
            default:
            {
                int operand = Operand(e);
                SetLine(e);
                _b.EmitJump(jumpIf ? OpCode.JumpIfTrue : OpCode.JumpIfFalse, target, operand);
                break;
            }
        }

        _b.FreeRegistersFrom(Math.Max(mark, _b.FirstTemporary));
    }

    private void SliceInto(Slice slice, int target)
    {
        int count = slice.Step is null ? 2 : 3;
        int first = _b.AllocateRegisters(count);
        OptionalInto(slice.Lower, first);
        OptionalInto(slice.Upper, first + 1);
        if (slice.Step is not null)
        {
            Into(slice.Step, first + 2);
        }

        _b.Emit(OpCode.BuildSlice, target, first, count);
    }

    private void OptionalInto(Expr? e, int target)
    {
        if (e is null)
        {
            _b.Emit(OpCode.LoadConst, target, ConstantIndex(NoneConstant()));
        }
        else
        {
            Into(e, target);
        }
    }

    /// <summary>A display (or the positional arguments of <paramref name="callee"/>'s call, for
    /// the error message of a bad *argument).</summary>
    private void SequenceInto(IReadOnlyList<Expr> elements, OpCode build, int target, int callee = -1)
    {
        int mark = _b.NextRegister;
        SequenceIntoCore(elements, build, target, callee);
        _b.FreeRegistersFrom(Math.Max(mark, _b.FirstTemporary));
    }

    private void SequenceIntoCore(IReadOnlyList<Expr> elements, OpCode build, int target, int callee)
    {
        if (elements.Any(element => element is Starred))
        {
            bool isSet = build == OpCode.BuildSet;
            int accumulator = _b.AllocateRegister();
            _b.Emit(isSet ? OpCode.BuildSet : OpCode.BuildList, accumulator, 0, 0);
            foreach (Expr element in elements)
            {
                int mark = _b.NextRegister;
                if (element is Starred starred)
                {
                    int value = ToRegister(starred.Value);
                    SetLine(element);
                    _b.Emit(isSet ? OpCode.SetUpdate : OpCode.ListExtend, accumulator, value, isSet ? 0 : callee < 0 ? accumulator : callee);
                }
                else
                {
                    _b.Emit(isSet ? OpCode.SetAdd : OpCode.ListAppend, accumulator, Operand(element));
                }

                _b.FreeRegistersFrom(mark);
            }

            if (build == OpCode.BuildTuple)
            {
                _b.Emit(OpCode.Intrinsic, target, accumulator, (int)Intrinsic.ListToTuple);
            }
            else
            {
                _b.Emit(OpCode.Move, target, accumulator);
            }

            return;
        }

        int first = _b.AllocateRegisters(elements.Count);
        for (int i = 0; i < elements.Count; i++)
        {
            Into(elements[i], first + i);
        }

        _b.Emit(build, target, first, elements.Count);
    }

    private void DictInto(Dict dict, int target)
    {
        if (dict.Keys.Any(key => key is null))
        {
            int accumulator = _b.AllocateRegister();
            _b.Emit(OpCode.BuildMap, accumulator, 0, 0);
            for (int i = 0; i < dict.Keys.Count; i++)
            {
                int mark = _b.NextRegister;
                if (dict.Keys[i] is Expr key)
                {
                    int k = Operand(key);
                    int v = Operand(dict.Values[i]);
                    _b.Emit(OpCode.MapAdd, accumulator, k, v);
                }
                else
                {
                    int v = ToRegister(dict.Values[i]);
                    SetLine(dict.Values[i]);
                    _b.Emit(OpCode.DictUpdate, accumulator, v);
                }

                _b.FreeRegistersFrom(mark);
            }

            _b.Emit(OpCode.Move, target, accumulator);
            return;
        }

        int first = _b.AllocateRegisters(2 * dict.Keys.Count);
        for (int i = 0; i < dict.Keys.Count; i++)
        {
            Into(dict.Keys[i]!, first + (2 * i));
            Into(dict.Values[i], first + (2 * i) + 1);
        }

        SetLine(dict);
        _b.Emit(OpCode.BuildMap, target, first, dict.Keys.Count);
    }

    private void JoinedStrInto(JoinedStr joined, int target)
    {
        if (joined.Values.Count == 1 && joined.Values[0] is FormattedValue only)
        {
            FormattedValueInto(only, target);
            return;
        }

        int first = _b.AllocateRegisters(joined.Values.Count);
        for (int i = 0; i < joined.Values.Count; i++)
        {
            Into(joined.Values[i], first + i);
        }

        _b.Emit(OpCode.BuildString, target, first, joined.Values.Count);
    }

    private void FormattedValueInto(FormattedValue formatted, int target)
    {
        int value = _b.AllocateRegisters(formatted.FormatSpec is null ? 1 : 2);
        Into(formatted.Value, value);
        if (formatted.FormatSpec is not null)
        {
            Into(formatted.FormatSpec, value + 1);
        }

        int conversion = formatted.Conversion switch
        {
            's' => 1,
            'r' => 2,
            'a' => 3,
            _ => 0,
        };
        SetLine(formatted);
        _b.Emit(OpCode.FormatValue, target, value, conversion | (formatted.FormatSpec is null ? 0 : 4));
    }

    private void YieldFromInto(Expr source, int target, bool await)
    {
        int iterator = _b.AllocateRegister();
        int value = Operand(source);
        SetLine(source);
        if (await)
        {
            _b.Emit(OpCode.Intrinsic, iterator, value, (int)Intrinsic.GetAwaitable);
        }
        else
        {
            _b.Emit(OpCode.GetIter, iterator, value);
        }

        int result = _b.AllocateRegister();
        _b.Emit(OpCode.LoadConst, result, ConstantIndex(NoneConstant()));
        _b.Emit(OpCode.YieldFrom, result, iterator);
        _b.Emit(OpCode.Move, target, result);
    }

    /// <summary>Constants and constant-folded expressions (negative numbers, tuples of constants).</summary>
    private static bool TryConstant(Expr e, out Value value, out object? key)
    {
        switch (e)
        {
            case Constant constant:
                (value, key) = ConstantValue(constant.Value);
                return true;
            case UnaryOp { Op: UnaryOperator.USub, Operand: Constant { Value: long or double or BigInteger } operand }:
                (value, key) = operand.Value switch
                {
                    long l when l != long.MinValue => (Value.FromInt(-l), -l),
                    long l => ConstantValue(-(BigInteger)l),
                    BigInteger big => ConstantValue(-big),
                    _ => ConstantValue(-(double)operand.Value!),
                };
                return true;
            case Parsing.Ast.Tuple tuple when tuple.Elts.Count > 0 && tuple.Elts.All(element => element is Constant || (element is UnaryOp { Op: UnaryOperator.USub, Operand: Constant { Value: long or double or BigInteger } })):
            {
                var items = new Value[tuple.Elts.Count];
                for (int i = 0; i < items.Length; i++)
                {
                    TryConstant(tuple.Elts[i], out items[i], out _);
                }

                value = new PyTuple(items);
                key = null;
                return true;
            }

            default:
                value = default;
                key = null;
                return false;
        }
    }

    /// <summary>The value of an AST constant and the key that deduplicates it (1, 1.0 and True are
    /// equal in Python but distinct constants; so are 0.0 and -0.0).</summary>
    private static (Value, object?) ConstantValue(object? constant) => constant switch
    {
        null => (Value.None, PyNone.Instance),
        bool b => (Value.FromBool(b), b),
        long l => (Value.FromInt(l), l),
        BigInteger big => (PyInt.Make(big), big),
        double d => (Value.FromFloat(d), ("float", BitConverter.DoubleToInt64Bits(d))),
        Complex z => (new PyComplex(z), ("complex", BitConverter.DoubleToInt64Bits(z.Real), BitConverter.DoubleToInt64Bits(z.Imaginary))),
        string s => (PyStr.From(s), s),
        byte[] bytes => (new PyBytes(bytes), ("bytes", Convert.ToHexString(bytes))),
        EllipsisValue => (PyEllipsis.Instance, PyEllipsis.Instance),
        _ => throw new InvalidOperationException($"unexpected constant {constant.GetType().Name}"),
    };

    private static OpCode BinaryOpCode(Operator op) => op switch
    {
        Operator.Add => OpCode.Add,
        Operator.Sub => OpCode.Subtract,
        Operator.Mult => OpCode.Multiply,
        Operator.Div => OpCode.TrueDivide,
        Operator.FloorDiv => OpCode.FloorDivide,
        Operator.Mod => OpCode.Remainder,
        Operator.Pow => OpCode.Power,
        Operator.LShift => OpCode.LeftShift,
        Operator.RShift => OpCode.RightShift,
        Operator.BitAnd => OpCode.BitAnd,
        Operator.BitOr => OpCode.BitOr,
        Operator.BitXor => OpCode.BitXor,
        _ => OpCode.MatrixMultiply,
    };

    internal static BinaryOp RuntimeBinaryOp(Operator op) => op switch
    {
        Operator.Add => BinaryOp.Add,
        Operator.Sub => BinaryOp.Subtract,
        Operator.Mult => BinaryOp.Multiply,
        Operator.Div => BinaryOp.TrueDivide,
        Operator.FloorDiv => BinaryOp.FloorDivide,
        Operator.Mod => BinaryOp.Remainder,
        Operator.Pow => BinaryOp.Power,
        Operator.LShift => BinaryOp.LeftShift,
        Operator.RShift => BinaryOp.RightShift,
        Operator.BitAnd => BinaryOp.And,
        Operator.BitOr => BinaryOp.Or,
        Operator.BitXor => BinaryOp.Xor,
        _ => BinaryOp.MatrixMultiply,
    };

    private static OpCode UnaryOpCode(UnaryOperator op) => op switch
    {
        UnaryOperator.USub => OpCode.Negative,
        UnaryOperator.UAdd => OpCode.Positive,
        UnaryOperator.Invert => OpCode.Invert,
        _ => OpCode.Not,
    };

    private static OpCode CompareOpCode(CmpOperator op) => op switch
    {
        CmpOperator.Lt => OpCode.Less,
        CmpOperator.LtE => OpCode.LessEqual,
        CmpOperator.Eq => OpCode.Equal,
        CmpOperator.NotEq => OpCode.NotEqual,
        CmpOperator.Gt => OpCode.Greater,
        CmpOperator.GtE => OpCode.GreaterEqual,
        CmpOperator.Is => OpCode.Is,
        CmpOperator.IsNot => OpCode.IsNot,
        CmpOperator.In => OpCode.In,
        _ => OpCode.NotIn,
    };

    private static OpCode BranchOpCode(CmpOperator op, bool jumpIf) => (op, jumpIf) switch
    {
        (CmpOperator.Lt, true) => OpCode.JumpIfLess,
        (CmpOperator.LtE, true) => OpCode.JumpIfLessEqual,
        (CmpOperator.Eq, true) => OpCode.JumpIfEqual,
        (CmpOperator.NotEq, true) => OpCode.JumpIfNotEqual,
        (CmpOperator.Gt, true) => OpCode.JumpIfGreater,
        (CmpOperator.GtE, true) => OpCode.JumpIfGreaterEqual,
        (CmpOperator.Lt, false) => OpCode.JumpIfNotLess,
        (CmpOperator.LtE, false) => OpCode.JumpIfNotLessEqual,
        (CmpOperator.Eq, false) => OpCode.JumpIfNotEqualTo,
        (CmpOperator.NotEq, false) => OpCode.JumpIfNotNotEqual,
        (CmpOperator.Gt, false) => OpCode.JumpIfNotGreater,
        (CmpOperator.GtE, false) => OpCode.JumpIfNotGreaterEqual,
        (CmpOperator.Is, true) or (CmpOperator.IsNot, false) => OpCode.JumpIfIs,
        (CmpOperator.IsNot, true) or (CmpOperator.Is, false) => OpCode.JumpIfIsNot,
        (CmpOperator.In, true) or (CmpOperator.NotIn, false) => OpCode.JumpIfIn,
        _ => OpCode.JumpIfNotIn,
    };
}
