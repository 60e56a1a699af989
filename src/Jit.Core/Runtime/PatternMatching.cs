using Jit.Runtime.Objects;

namespace Jit.Runtime;

/// <summary>The run-time tests of <c>match</c> statements (CPython's MATCH_SEQUENCE, MATCH_MAPPING,
/// MATCH_CLASS): the compiler calls them as constant built-in functions. Each returns a tuple of the
/// values the sub-patterns match against, or None when the subject does not match.</summary>
public static class PatternMatching
{
    /// <summary><c>match_sequence(subject, count, star)</c>: star is the index of the starred
    /// sub-pattern or -1; the starred part comes back as a list.</summary>
    public static readonly PyBuiltinFunction Sequence = new("match_sequence", MatchSequence);

    /// <summary><c>match_mapping(subject, keys)</c>; with a rest name, the last item is a dict of the other keys.</summary>
    public static readonly PyBuiltinFunction Mapping = new("match_mapping", MatchMapping);

    /// <summary><c>match_class(subject, cls, positional_count, keyword_names)</c>.</summary>
    public static readonly PyBuiltinFunction Class = new("match_class", MatchClass);

    private static Value MatchSequence(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        Value subject = args[0];
        int count = (int)args[1].Int;
        int star = (int)args[2].Int;
        if (subject.ObjectOrNull is not (PyList or PyTuple or PyRange) && !IsRegisteredSequence(subject.Type))
        {
            return Value.None;
        }

        Value[] items = Ops.ToArray(subject);
        if (star < 0 ? items.Length != count : items.Length < count - 1)
        {
            return Value.None;
        }

        if (star < 0)
        {
            return new PyTuple(items);
        }

        var result = new Value[count];
        int after = count - star - 1;
        Array.Copy(items, result, star);
        result[star] = new PyList(items[star..(items.Length - after)]);
        Array.Copy(items, items.Length - after, result, star + 1, after);
        return new PyTuple(result);
    }

    // collections.deque and user classes that declare themselves sequences (no str, bytes, bytearray).
    private static bool IsRegisteredSequence(PyType type) =>
        HasBaseNamed(type, "deque") || (!type.IsSubtypeOf(PyType.Str) && !type.IsSubtypeOf(PyType.Bytes) && !type.IsSubtypeOf(PyType.ByteArray)
            && (type.IsSubtypeOf(PyType.List) || type.IsSubtypeOf(PyType.Tuple)));

    private static bool HasBaseNamed(PyType type, params string[] names)
    {
        foreach (PyType t in type.Mro)
        {
            if (names.Contains(t.Name))
            {
                return true;
            }
        }

        return false;
    }

    private static Value MatchMapping(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        Value subject = args[0];
        var keys = (PyTuple)args[1].Object;
        bool withRest = args.Length > 2 && Ops.IsTrue(args[2]);
        if (subject.ObjectOrNull is not PyDict && !HasBaseNamed(subject.Type, "Mapping", "MutableMapping"))
        {
            return Value.None;
        }

        var values = new List<Value>();
        foreach (Value key in keys.Items)
        {
            if (!TryGetMappingItem(subject, key, out Value value))
            {
                return Value.None;
            }

            values.Add(value);
        }

        if (withRest)
        {
            var rest = new PyDict();
            rest.Merge(subject);
            foreach (Value key in keys.Items)
            {
                rest.Remove(key);
            }

            values.Add(rest);
        }

        return new PyTuple([.. values]);
    }

    private static bool TryGetMappingItem(Value mapping, Value key, out Value value)
    {
        if (mapping.ObjectOrNull is PyDict dict && ReferenceEquals(dict.Type, PyType.Dict))
        {
            return dict.TryGetValue(key, out value);
        }

        // CPython uses mapping.get(key, sentinel), so __missing__ is not triggered.
        Value sentinel = new PyList();
        value = Ops.CallMethod(mapping, "get", key, sentinel);
        return !value.Is(sentinel);
    }

    private static readonly PyType[] s_selfMatching =
    [
        PyType.Bool, PyType.ByteArray, PyType.Bytes, PyType.Dict, PyType.Float, PyType.FrozenSet,
        PyType.Int, PyType.List, PyType.Set, PyType.Str, PyType.Tuple,
    ];

    private static Value MatchClass(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        Value subject = args[0];
        if (args[1].ObjectOrNull is not PyType cls)
        {
            throw PyErr.TypeError("called match pattern must be a class");
        }

        int positional = (int)args[2].Int;
        var keywordNames = (PyTuple)args[3].Object;
        if (!subject.Type.IsSubtypeOf(cls))
        {
            return Value.None;
        }

        var values = new List<Value>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (positional > 0)
        {
            if (Ops.TryGetAttr(cls, "__match_args__", out Value matchArgs))
            {
                if (matchArgs.ObjectOrNull is not PyTuple names)
                {
                    throw PyErr.TypeError($"{cls.Name}.__match_args__ must be a tuple (got {Ops.TypeName(matchArgs)})");
                }

                if (positional > names.Items.Length)
                {
                    throw PyErr.TypeError($"{cls.Name}() accepts {names.Items.Length} positional sub-pattern{(names.Items.Length == 1 ? "" : "s")} ({positional} given)");
                }

                for (int i = 0; i < positional; i++)
                {
                    string name = names.Items[i].ObjectOrNull is PyStr s ? s.Text : throw PyErr.TypeError($"__match_args__ elements must be strings (got {Ops.TypeName(names.Items[i])})");
                    seen.Add(name);
                    if (!Ops.TryGetAttr(subject, name, out Value value))
                    {
                        return Value.None;
                    }

                    values.Add(value);
                }
            }
            else if (positional == 1 && s_selfMatching.Any(cls.IsSubtypeOf))
            {
                values.Add(subject);
            }
            else
            {
                throw PyErr.TypeError($"{cls.Name}() accepts 0 positional sub-patterns ({positional} given)");
            }
        }

        foreach (Value item in keywordNames.Items)
        {
            string name = ((PyStr)item.Object).Text;
            if (!seen.Add(name))
            {
                throw PyErr.TypeError($"{cls.Name}() got multiple sub-patterns for attribute '{name}'");
            }

            if (!Ops.TryGetAttr(subject, name, out Value value))
            {
                return Value.None;
            }

            values.Add(value);
        }

        return new PyTuple([.. values]);
    }
}
