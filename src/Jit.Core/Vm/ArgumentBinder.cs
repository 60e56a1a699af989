using System.Text;
using Jit.Compiling;
using Jit.Runtime;
using Jit.Runtime.Objects;

namespace Jit.Vm;

/// <summary>Binds a call's arguments to a function's parameter registers, with CPython's rules and
/// messages: positional, keyword, defaults, keyword-only, positional-only, *args and **kwargs.</summary>
internal static class ArgumentBinder
{
    /// <summary>Fills <paramref name="registers"/> (the callee's cleared window) from the arguments.</summary>
    public static void Bind(PyFunction function, ReadOnlySpan<Value> args, string[]? kwnames, Span<Value> registers)
    {
        CodeObject code = function.Code;
        int keywordCount = kwnames?.Length ?? 0;
        int positionalCount = args.Length - keywordCount;
        int argCount = code.ArgCount;
        bool hasVarArgs = code.HasFlag(CodeFlags.VarArgs);
        bool hasVarKeywords = code.HasFlag(CodeFlags.VarKeywords);
        int varArgsRegister = argCount + code.KwOnlyArgCount;
        int varKeywordsRegister = varArgsRegister + (hasVarArgs ? 1 : 0);

        int direct = Math.Min(positionalCount, argCount);
        args[..direct].CopyTo(registers);
        if (hasVarArgs)
        {
            registers[varArgsRegister] = positionalCount > argCount ? new PyTuple(args[argCount..positionalCount].ToArray()) : PyTuple.Empty;
        }
        else if (positionalCount > argCount)
        {
            throw TooManyPositional(function, positionalCount, args[positionalCount..], kwnames);
        }

        PyDict? extraKeywords = null;
        if (hasVarKeywords)
        {
            extraKeywords = new PyDict();
            registers[varKeywordsRegister] = extraKeywords;
        }

        List<string>? positionalOnlyAsKeyword = null;
        for (int k = 0; k < keywordCount; k++)
        {
            string name = kwnames![k];
            Value value = args[positionalCount + k];
            int index = ParameterIndex(code, name);
            if (index < 0 || index < code.PosOnlyArgCount)
            {
                if (extraKeywords is not null)
                {
                    extraKeywords.Set(name, value);
                    continue;
                }

                if (index >= 0)
                {
                    (positionalOnlyAsKeyword ??= []).Add(name);
                    continue;
                }

                throw PyErr.TypeError($"{function.QualName}() got an unexpected keyword argument '{name}'");
            }

            if (!registers[index].IsUnbound)
            {
                throw PyErr.TypeError($"{function.QualName}() got multiple values for argument '{name}'");
            }

            registers[index] = value;
        }

        if (positionalOnlyAsKeyword is not null)
        {
            throw PyErr.TypeError($"{function.QualName}() got some positional-only arguments passed as keyword arguments: '{string.Join(", ", positionalOnlyAsKeyword)}'");
        }

        if (positionalCount < argCount)
        {
            FillDefaults(function, registers, positionalCount);
        }

        if (code.KwOnlyArgCount > 0)
        {
            FillKeywordOnly(function, registers);
        }
    }

    private static int ParameterIndex(CodeObject code, string name)
    {
        int count = code.ArgCount + code.KwOnlyArgCount;
        string?[] names = code.RegisterNames;
        for (int i = 0; i < count; i++)
        {
            if (names[i] == name)
            {
                return i;
            }
        }

        return -1;
    }

    private static void FillDefaults(PyFunction function, Span<Value> registers, int positionalCount)
    {
        CodeObject code = function.Code;
        Value[] defaults = function.Defaults;
        int firstDefault = code.ArgCount - defaults.Length;
        List<string>? missing = null;
        for (int i = positionalCount; i < code.ArgCount; i++)
        {
            if (!registers[i].IsUnbound)
            {
                continue;
            }

            if (i >= firstDefault)
            {
                registers[i] = defaults[i - firstDefault];
            }
            else
            {
                (missing ??= []).Add(code.RegisterNames[i]!);
            }
        }

        if (missing is not null)
        {
            throw Missing(function, missing, "positional");
        }
    }

    private static void FillKeywordOnly(PyFunction function, Span<Value> registers)
    {
        CodeObject code = function.Code;
        List<string>? missing = null;
        for (int i = code.ArgCount; i < code.ArgCount + code.KwOnlyArgCount; i++)
        {
            if (!registers[i].IsUnbound)
            {
                continue;
            }

            string name = code.RegisterNames[i]!;
            if (function.KeywordDefaults is not null && function.KeywordDefaults.TryGetValue(name, out Value value))
            {
                registers[i] = value;
            }
            else
            {
                (missing ??= []).Add(name);
            }
        }

        if (missing is not null)
        {
            throw Missing(function, missing, "keyword-only");
        }
    }

    private static PyException Missing(PyFunction function, List<string> names, string kind)
    {
        var text = new StringBuilder();
        for (int i = 0; i < names.Count; i++)
        {
            if (i > 0)
            {
                text.Append(names.Count == 2 ? " and " : i == names.Count - 1 ? ", and " : ", ");
            }

            text.Append('\'').Append(names[i]).Append('\'');
        }

        string plural = names.Count == 1 ? "argument" : "arguments";
        return PyErr.TypeError($"{function.QualName}() missing {names.Count} required {kind} {plural}: {text}");
    }

    private static PyException TooManyPositional(PyFunction function, int given, ReadOnlySpan<Value> keywordValues, string[]? kwnames)
    {
        CodeObject code = function.Code;
        int defaults = function.Defaults.Length;
        int required = code.ArgCount - defaults;
        string takes = defaults > 0
            ? $"from {required} to {code.ArgCount} positional arguments"
            : $"{code.ArgCount} positional argument{(code.ArgCount == 1 ? "" : "s")}";
        int keywordOnlyGiven = 0;
        if (kwnames is not null)
        {
            foreach (string name in kwnames)
            {
                int index = ParameterIndex(code, name);
                if (index >= code.ArgCount)
                {
                    keywordOnlyGiven++;
                }
            }
        }

        string was = given == 1 ? "was" : "were";
        if (keywordOnlyGiven > 0)
        {
            string keywordPart = $"{keywordOnlyGiven} keyword-only argument{(keywordOnlyGiven == 1 ? "" : "s")}";
            return PyErr.TypeError($"{function.QualName}() takes {takes} but {given} positional argument{(given == 1 ? "" : "s")} (and {keywordPart}) were given");
        }

        return PyErr.TypeError($"{function.QualName}() takes {takes} but {given} {was} given");
    }
}
