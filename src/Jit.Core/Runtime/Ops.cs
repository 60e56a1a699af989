using System.Runtime.CompilerServices;
using Jit.Runtime.Objects;

namespace Jit.Runtime;

/// <summary>
/// The shared slow paths of the interpreter and the JIT: every operation on values that is not
/// handled by an inline fast path ends up here, with CPython's semantics and error messages.
/// Split by concern: Ops.Arithmetic.cs, Ops.Compare.cs, Ops.Attributes.cs, Ops.Items.cs,
/// Ops.Calls.cs, Ops.Conversions.cs, Ops.Iteration.cs.
/// </summary>
public static partial class Ops
{
    private static readonly ConditionalWeakTable<object, object> s_ids = new();
    private static long s_nextId = 0x7f0000001000;

    /// <summary>Raises RecursionError before C# recursion (nested containers, dunders calling
    /// dunders) could overflow the .NET stack; <paramref name="where"/> completes CPython's message
    /// ("in comparison", "while getting the repr of an object", ...).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void EnsureStack(string where)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw PyErr.RecursionError("maximum recursion depth exceeded " + where);
        }
    }

    /// <summary>The type name used in error messages: <c>type(v).__name__</c>.</summary>
    public static string TypeName(Value value) => value.Type.Name;

    /// <summary><c>id(v)</c>: a stable number per object (inline ints and floats get one per value).</summary>
    public static long Id(Value value)
    {
        if (value.ObjectOrNull is not PyObject obj)
        {
            return value.IsInt ? value.Int : BitConverter.DoubleToInt64Bits(value.Float);
        }

        return (long)s_ids.GetValue(obj, static _ => Interlocked.Add(ref s_nextId, 32));
    }

    /// <summary>The address-like text CPython prints in default reprs (<c>0x7f...</c>).</summary>
    public static string IdString(Value value) => "0x" + Id(value).ToString("x12", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>True when type(value) is <paramref name="type"/> or a subclass (no <c>__instancecheck__</c>).</summary>
    public static bool IsInstance(Value value, PyType type) => value.Type.IsSubtypeOf(type);

    /// <summary><c>isinstance(obj, cls)</c>: cls may be a tuple of classes, and a metaclass's
    /// <c>__instancecheck__</c> is honoured.</summary>
    public static bool IsInstanceOf(Value obj, Value cls)
    {
        if (cls.ObjectOrNull is PyType type)
        {
            if (obj.Type.IsSubtypeOf(type))
            {
                return true;
            }

            if (!type.Type.IsHeapType)
            {
                return RealIsInstance(obj, type);
            }
        }

        if (cls.ObjectOrNull is PyTuple tuple)
        {
            foreach (Value item in tuple.Items)
            {
                if (IsInstanceOf(obj, item))
                {
                    return true;
                }
            }

            return false;
        }

        Value check = cls.Type.Lookup("__instancecheck__");
        if (check.IsUnbound)
        {
            throw PyErr.TypeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
        }

        return IsTrue(CallSpecial(check, cls, [obj], null));
    }

    /// <summary><c>issubclass(sub, cls)</c> with tuples and <c>__subclasscheck__</c>.</summary>
    public static bool IsSubclassOf(Value sub, Value cls)
    {
        if (cls.ObjectOrNull is PyType type && !type.Type.IsHeapType)
        {
            return RealIsSubclass(sub, type);
        }

        if (cls.ObjectOrNull is PyTuple tuple)
        {
            foreach (Value item in tuple.Items)
            {
                if (IsSubclassOf(sub, item))
                {
                    return true;
                }
            }

            return false;
        }

        Value check = cls.Type.Lookup("__subclasscheck__");
        if (check.IsUnbound)
        {
            throw PyErr.TypeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
        }

        return IsTrue(CallSpecial(check, cls, [sub], null));
    }

    /// <summary><c>type.__instancecheck__</c>: the type or <c>obj.__class__</c> is a subclass.</summary>
    internal static bool RealIsInstance(Value obj, PyType type)
    {
        if (obj.Type.IsSubtypeOf(type))
        {
            return true;
        }

        return TryGetAttr(obj, "__class__", out Value cls) && cls.ObjectOrNull is PyType c && !ReferenceEquals(c, obj.Type) && c.IsSubtypeOf(type);
    }

    /// <summary><c>type.__subclasscheck__</c>.</summary>
    internal static bool RealIsSubclass(Value sub, PyType type) => sub.ObjectOrNull is PyType s
        ? s.IsSubtypeOf(type)
        : throw PyErr.TypeError("issubclass() arg 1 must be a class");

    /// <summary>str() that cannot fail, for diagnostics (.NET exception messages).</summary>
    public static string SafeStr(Value value)
    {
        try
        {
            return Str(value);
        }
        catch (PyException)
        {
            return $"<unprintable {TypeName(value)} object>";
        }
    }
}
