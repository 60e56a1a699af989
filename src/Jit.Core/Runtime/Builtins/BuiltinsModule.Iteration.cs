using Jit.Runtime.Objects;

namespace Jit.Runtime.Builtins;

/// <summary>Builtins that consume iterables: iter, next, sorted, min, max, sum, any, all.</summary>
public static partial class BuiltinsModule
{
    private static readonly BuiltinBody s_iteratorNext = PyIterator.Next;

    [BuiltinFunction("iter")]
    private static Value Iter(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        int count = ArgParser.Unpack("iter", args, kwnames, 1, 2);
        if (count == 1)
        {
            return Ops.GetIterObject(args[0]);
        }

        return IsCallable(args[0])
            ? new PyCallableIterator(args[0], args[1])
            : throw PyErr.TypeError("iter(v, w): v must be callable");
    }

    /// <summary><c>next(iterator[, default])</c>. A Python-level <c>__next__</c> is called directly
    /// so that its StopIteration (and the value it carries) propagates unchanged.</summary>
    [BuiltinFunction("next")]
    private static Value Next(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        int count = ArgParser.Unpack("next", args, kwnames, 1, 2);
        Value iterator = args[0];
        Value next = iterator.Type.LookupSpecial(SpecialMethod.Next);
        if (next.IsUnbound)
        {
            throw PyErr.TypeError($"'{Ops.TypeName(iterator)}' object is not an iterator");
        }

        if (iterator.ObjectOrNull is PyIterator builtin && next.ObjectOrNull is PyBuiltinFunction f && f.Body == s_iteratorNext)
        {
            if (builtin.TryNext(out Value item))
            {
                return item;
            }

            return count == 2 ? args[1] : throw PyIterator.Exhausted(item);
        }

        if (count == 1)
        {
            return Ops.CallSpecial(next, iterator, default, null);
        }

        try
        {
            return Ops.CallSpecial(next, iterator, default, null);
        }
        catch (PyException e) when (e.Error.Type.IsSubtypeOf(PyExc.StopIteration))
        {
            return args[1];
        }
    }

    [BuiltinFunction("sorted")]
    private static Value Sorted(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        int positional = ArgParser.PositionalCount(args, kwnames);
        if (positional != 1)
        {
            throw PyErr.TypeError($"sorted expected 1 argument, got {positional}");
        }

        var list = new PyList(Ops.ToArray(args[0]));
        ListMethods.SortWithArguments(list, args[1..], kwnames);
        return list;
    }

    [BuiltinFunction("min")]
    private static Value Min(ReadOnlySpan<Value> args, string[]? kwnames) => MinMax(args, kwnames, CompareOp.Lt, "min");

    [BuiltinFunction("max")]
    private static Value Max(ReadOnlySpan<Value> args, string[]? kwnames) => MinMax(args, kwnames, CompareOp.Gt, "max");

    [BuiltinFunction("sum")]
    private static Value Sum(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        int positional = ArgParser.PositionalCount(args, kwnames);
        if (positional == 0)
        {
            throw PyErr.TypeError("sum() takes at least 1 positional argument (0 given)");
        }

        if (positional > 2)
        {
            throw PyErr.TypeError($"sum() takes at most 2 arguments ({args.Length} given)");
        }

        Value result = positional == 2 ? args[1] : Value.FromInt(0);
        if (kwnames is not null)
        {
            foreach (string keyword in kwnames)
            {
                if (keyword != "start" || positional == 2)
                {
                    throw keyword == "start"
                        ? PyErr.TypeError("argument for sum() given by name ('start') and position (2)")
                        : PyErr.TypeError($"'{keyword}' is an invalid keyword argument for sum()");
                }
            }

            result = args[^1];
        }

        switch (result.ObjectOrNull)
        {
            case PyStr:
                throw PyErr.TypeError("sum() can't sum strings [use ''.join(seq) instead]");
            case PyBytes:
                throw PyErr.TypeError("sum() can't sum bytes [use b''.join(seq) instead]");
            case PyByteArray:
                throw PyErr.TypeError("sum() can't sum bytearray [use b''.join(seq) instead]");
        }

        PyIterator iterator = Ops.GetIter(args[0]);
        while (iterator.TryNext(out Value item))
        {
            result = Ops.Add(result, item);
        }

        return result;
    }

    [BuiltinFunction("any")]
    private static Value Any(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("any", args, kwnames, 1);
        PyIterator iterator = Ops.GetIter(args[0]);
        while (iterator.TryNext(out Value item))
        {
            if (Ops.IsTrue(item))
            {
                return Value.True;
            }
        }

        return Value.False;
    }

    [BuiltinFunction("all")]
    private static Value All(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("all", args, kwnames, 1);
        PyIterator iterator = Ops.GetIter(args[0]);
        while (iterator.TryNext(out Value item))
        {
            if (!Ops.IsTrue(item))
            {
                return Value.False;
            }
        }

        return Value.True;
    }

    /// <summary>min_max: several positional arguments, or one iterable (then <c>default</c> is
    /// allowed); the first of equal extremes wins; <c>key</c> is applied once per item.</summary>
    private static Value MinMax(ReadOnlySpan<Value> args, string[]? kwnames, CompareOp op, string name)
    {
        int positional = ArgParser.PositionalCount(args, kwnames);
        if (positional == 0)
        {
            throw PyErr.TypeError($"{name} expected at least 1 argument, got 0");
        }

        Value key = default;
        Value defaultValue = default;
        if (kwnames is not null)
        {
            for (int i = 0; i < kwnames.Length; i++)
            {
                switch (kwnames[i])
                {
                    case "key":
                        key = args[positional + i];
                        break;
                    case "default":
                        defaultValue = args[positional + i];
                        break;
                    default:
                        throw PyErr.TypeError($"'{kwnames[i]}' is an invalid keyword argument for {name}()");
                }
            }
        }

        if (positional > 1 && !defaultValue.IsUnbound)
        {
            throw PyErr.TypeError($"Cannot specify a default for {name}() with multiple positional arguments");
        }

        if (key.IsNone)
        {
            key = default;
        }

        PyIterator iterator = positional > 1 ? new PyTupleIterator(PyTuple.Create(args[..positional])) : Ops.GetIter(args[0]);
        Value best = default;
        Value bestKey = default;
        while (iterator.TryNext(out Value item))
        {
            Value itemKey = key.IsUnbound ? item : Ops.Call(key, item);
            if (best.IsUnbound || Ops.CompareBool(op, itemKey, bestKey))
            {
                best = item;
                bestKey = itemKey;
            }
        }

        if (best.IsUnbound)
        {
            return defaultValue.IsUnbound ? throw PyErr.ValueError($"{name}() arg is an empty sequence") : defaultValue;
        }

        return best;
    }
}
