using System.Text;

namespace Jit.Runtime.Objects;

/// <summary>Small pieces the collection types share: <c>__new__</c> class checks, reprs of item
/// sequences, and the binary-slot argument check.</summary>
internal static class CollectionHelpers
{
    /// <summary>The class argument of a built-in <c>__new__</c>, checked the way CPython's
    /// tp_new wrapper does ("set.__new__(int): int is not a subtype of set").</summary>
    public static PyType NewClass(ReadOnlySpan<Value> args, PyType baseType)
    {
        string name = baseType.Name;
        if (args.Length == 0)
        {
            throw PyErr.TypeError($"{name}.__new__(): not enough arguments");
        }

        if (args[0].ObjectOrNull is not PyType cls)
        {
            throw PyErr.TypeError($"{name}.__new__(X): X is not a type object ({Ops.TypeName(args[0])})");
        }

        if (!cls.IsSubtypeOf(baseType))
        {
            throw PyErr.TypeError($"{name}.__new__({cls.Name}): {cls.Name} is not a subtype of {name}");
        }

        return cls;
    }

    /// <summary>The arity check of a binary slot wrapper (<c>__eq__</c>, <c>__or__</c>, ...):
    /// "expected 1 argument, got 0".</summary>
    public static void OneArgument(ReadOnlySpan<Value> args, string[]? kwnames) => PyInt.SlotArgs(args, kwnames, 1);

    /// <summary>"a, b, c": the reprs of <paramref name="items"/> joined with ", ".</summary>
    public static void AppendReprs(StringBuilder sb, ReadOnlySpan<Value> items)
    {
        for (int i = 0; i < items.Length; i++)
        {
            if (i > 0)
            {
                sb.Append(", ");
            }

            sb.Append(Ops.Repr(items[i]));
        }
    }
}
