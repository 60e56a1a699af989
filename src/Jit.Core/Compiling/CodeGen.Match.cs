using Jit.Parsing.Ast;
using Jit.Runtime;
using Jit.Runtime.Objects;

namespace Jit.Compiling;

internal sealed partial class CodeGen
{
    // match: each case tests its pattern against the subject register; a failing test jumps to the
    // next case. Structural tests call the constant helpers of Runtime/PatternMatching.cs.
    private void MatchStatement(Match match)
    {
        int subject = ToNewRegister(match.Subject);
        Label end = new();
        var before = new HashSet<string>(_bound);
        for (int i = 0; i < match.Cases.Count; i++)
        {
            MatchCase matchCase = match.Cases[i];
            if (IsIrrefutable(matchCase.Pattern) && matchCase.Guard is null && i < match.Cases.Count - 1)
            {
                throw Error(matchCase.Pattern is MatchAs { Name: string name } ? $"name capture '{name}' makes remaining patterns unreachable" : "wildcard makes remaining patterns unreachable", matchCase.Pattern);
            }

            Label next = new();
            int mark = _b.NextRegister;
            Pattern(matchCase.Pattern, subject, next);
            if (matchCase.Guard is not null)
            {
                Branch(matchCase.Guard, next, jumpIf: false);
            }

            _b.FreeRegistersFrom(mark);
            Statements(matchCase.Body);
            if (_b.IsReachable)
            {
                _b.EmitJump(OpCode.Jump, end);
            }

            _b.Bind(next);
            _bound = new HashSet<string>(before);
        }

        _b.Bind(end);
    }

    private static bool IsIrrefutable(Pattern pattern) => pattern switch
    {
        MatchAs { Pattern: null } => true,
        MatchAs { Pattern: Pattern inner } => IsIrrefutable(inner),
        MatchOr or => or.Patterns.Any(IsIrrefutable),
        _ => false,
    };

    /// <summary>Tests <paramref name="subject"/> against the pattern, binding captures; jumps to
    /// <paramref name="fail"/> when it does not match.</summary>
    private void Pattern(Pattern pattern, int subject, Label fail)
    {
        SetLine(pattern);
        switch (pattern)
        {
            case MatchValue value:
            {
                int operand = Operand(value.Value);
                SetLine(pattern);
                _b.EmitJump(OpCode.JumpIfNotEqualTo, fail, subject, operand);
                break;
            }

            case MatchSingleton singleton:
                _b.EmitJump(OpCode.JumpIfIsNot, fail, subject, ConstantOperand(ConstantValue(singleton.Value).Item1, ConstantValue(singleton.Value).Item2));
                break;
            case MatchAs capture:
                if (capture.Pattern is not null)
                {
                    Pattern(capture.Pattern, subject, fail);
                }

                if (capture.Name is not null)
                {
                    StoreVariable(capture.Name, subject);
                }

                break;
            case MatchOr or:
            {
                Label matched = new();
                for (int i = 0; i < or.Patterns.Count; i++)
                {
                    bool last = i == or.Patterns.Count - 1;
                    Label next = last ? fail : new Label();
                    Pattern(or.Patterns[i], subject, next);
                    if (!last)
                    {
                        _b.EmitJump(OpCode.Jump, matched);
                        _b.Bind(next);
                    }
                }

                _b.Bind(matched);
                break;
            }

            case MatchSequence sequence:
            {
                int star = -1;
                for (int i = 0; i < sequence.Patterns.Count; i++)
                {
                    if (sequence.Patterns[i] is MatchStar)
                    {
                        star = i;
                    }
                }

                int items = CallMatchHelper(PatternMatching.Sequence, subject, Value.FromInt(sequence.Patterns.Count), Value.FromInt(star), fail);
                SubPatterns(sequence.Patterns, items, fail);
                break;
            }

            case MatchMapping mapping:
            {
                int keys = _b.AllocateRegister();
                SequenceInto(mapping.Keys, OpCode.BuildTuple, keys);
                int items = CallMatchHelper(PatternMatching.Mapping, subject, keys, Value.FromBool(mapping.Rest is not null), fail);
                SubPatterns(mapping.Patterns, items, fail);
                if (mapping.Rest is not null)
                {
                    int rest = _b.AllocateRegister();
                    _b.Emit(OpCode.GetItem, rest, items, ConstantOperand(Value.FromInt(mapping.Patterns.Count), (long)mapping.Patterns.Count));
                    StoreVariable(mapping.Rest, rest);
                }

                break;
            }

            case MatchClass matchClass:
            {
                int cls = ToRegister(matchClass.Cls);
                var names = new PyTuple(matchClass.KwdAttrs.Select(n => (Value)PyStr.From(n)).ToArray());
                int items = CallMatchHelper(PatternMatching.Class, subject, cls, Value.FromInt(matchClass.Patterns.Count), names, fail);
                SubPatterns([.. matchClass.Patterns, .. matchClass.KwdPatterns], items, fail);
                break;
            }

            case MatchStar star:
                if (star.Name is not null)
                {
                    StoreVariable(star.Name, subject);
                }

                break;
        }
    }

    private void SubPatterns(IReadOnlyList<Pattern> patterns, int items, Label fail)
    {
        for (int i = 0; i < patterns.Count; i++)
        {
            if (patterns[i] is MatchAs { Pattern: null, Name: null })
            {
                continue;
            }

            int item = _b.AllocateRegister();
            _b.Emit(OpCode.GetItem, item, items, ConstantOperand(Value.FromInt(i), (long)i));
            Pattern(patterns[i], item, fail);
        }
    }

    // R := helper(subject, extra...); fail when it returns None.
    private int CallMatchHelper(PyBuiltinFunction helper, int subject, Value a, Value b, Label fail) => CallMatchHelperCore(helper, subject, [a, b], fail);

    private int CallMatchHelper(PyBuiltinFunction helper, int subject, int register, Value b, Label fail) => CallMatchHelperCore(helper, subject, [register, b], fail);

    private int CallMatchHelper(PyBuiltinFunction helper, int subject, int register, Value b, Value c, Label fail) => CallMatchHelperCore(helper, subject, [register, b, c], fail);

    private int CallMatchHelperCore(PyBuiltinFunction helper, int subject, object[] arguments, Label fail)
    {
        int function = _b.AllocateRegister();
        _b.Emit(OpCode.LoadConst, function, _b.Constant(helper, helper));
        _b.Emit(OpCode.Move, _b.AllocateRegister(), subject);
        foreach (object argument in arguments)
        {
            int register = _b.AllocateRegister();
            if (argument is int source)
            {
                _b.Emit(OpCode.Move, register, source);
            }
            else
            {
                _b.Emit(OpCode.LoadConst, register, _b.Constant((Value)argument, null));
            }
        }

        _b.Emit(OpCode.Call, function, function, 1 + arguments.Length);
        _b.FreeRegistersFrom(function + 1);
        _b.EmitJump(OpCode.JumpIfIs, fail, function, NoneConstant());
        return function;
    }
}
