using System.Numerics;
using System.Runtime.CompilerServices;
using Jit.Runtime.Objects;

namespace Jit.Runtime;

/// <summary>The rich comparison operators, in the order of CPython's COMPARE_OP oparg.</summary>
public enum CompareOp
{
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

/// <summary>Rich comparisons, equality for containers, identity, membership.</summary>
public static partial class Ops
{
    private static readonly string[] s_compareNames = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];
    private static readonly string[] s_compareSymbols = ["<", "<=", "==", "!=", ">", ">="];
    private static readonly CompareOp[] s_swapped = [CompareOp.Gt, CompareOp.Ge, CompareOp.Eq, CompareOp.Ne, CompareOp.Lt, CompareOp.Le];

    public static string Symbol(CompareOp op) => s_compareSymbols[(int)op];

    /// <summary><c>a op b</c>, the result of the special method (any value).</summary>
    public static Value Compare(CompareOp op, Value a, Value b)
    {
        if (TryCompareFast(op, a, b, out bool fast))
        {
            return Value.FromBool(fast);
        }

        return RichCompareProtocol(op, a, b);
    }

    /// <summary><c>bool(a op b)</c>, the form conditions and sorting use.</summary>
    public static bool CompareBool(CompareOp op, Value a, Value b)
    {
        if (TryCompareFast(op, a, b, out bool fast))
        {
            return fast;
        }

        Value result = RichCompareProtocol(op, a, b);
        return result.ObjectOrNull is PyBool rb ? rb.Value : IsTrue(result);
    }

    /// <summary>Python equality as containers use it: identity first, then <c>==</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Equals(Value a, Value b)
    {
        if (a.Is(b))
        {
            return true;
        }

        if (a.IsInt && b.IsInt)
        {
            return false;
        }

        return CompareBool(CompareOp.Eq, a, b);
    }

    /// <summary><c>a &lt; b</c> as a bool (sort, min, max, bisect).</summary>
    public static bool LessThan(Value a, Value b)
    {
        if (a.IsInt && b.IsInt)
        {
            return a.Int < b.Int;
        }

        return CompareBool(CompareOp.Lt, a, b);
    }

    /// <summary>The comparison fast path for ints, floats and exact strs.</summary>
    private static bool TryCompareFast(CompareOp op, Value a, Value b, out bool result)
    {
        if (a.IsInt && b.IsInt)
        {
            result = CompareResult(op, a.Int.CompareTo(b.Int));
            return true;
        }

        if (a.IsFloat && b.IsFloat)
        {
            result = CompareDoubles(op, a.Float, b.Float);
            return true;
        }

        if (a.ObjectOrNull is PyStr sa && b.ObjectOrNull is PyStr sb &&
            ReferenceEquals(sa.Type, PyType.Str) && ReferenceEquals(sb.Type, PyType.Str))
        {
            result = op switch
            {
                CompareOp.Eq => string.Equals(sa.Text, sb.Text, StringComparison.Ordinal),
                CompareOp.Ne => !string.Equals(sa.Text, sb.Text, StringComparison.Ordinal),
                _ => CompareResult(op, PyStr.Compare(sa.Text, sb.Text)),
            };
            return true;
        }

        if (IsExactReal(a) && IsExactReal(b))
        {
            result = CompareReals(op, a, b);
            return true;
        }

        if (a.ObjectOrNull is PyObject oa && b.ObjectOrNull is PyObject ob && ReferenceEquals(oa.Type, ob.Type))
        {
            if (oa is PyTuple ta && ReferenceEquals(oa.Type, PyType.Tuple))
            {
                result = CompareSequences(op, ta.Items, ((PyTuple)ob).Items);
                return true;
            }

            if (oa is PyList la && ReferenceEquals(oa.Type, PyType.List))
            {
                result = CompareSequences(op, la.ToArray(), ((PyList)ob).ToArray());
                return true;
            }
        }

        result = false;
        return false;
    }

    /// <summary>Lexicographic comparison of two tuples or lists (CPython's list_richcompare):
    /// the first unequal items decide, else the lengths.</summary>
    public static bool CompareSequences(CompareOp op, ReadOnlySpan<Value> a, ReadOnlySpan<Value> b)
    {
        if (a.Length != b.Length && op is CompareOp.Eq or CompareOp.Ne)
        {
            return op == CompareOp.Ne;
        }

        EnsureStack("in comparison");
        int common = Math.Min(a.Length, b.Length);
        for (int i = 0; i < common; i++)
        {
            if (!Equals(a[i], b[i]))
            {
                return op switch
                {
                    CompareOp.Eq => false,
                    CompareOp.Ne => true,
                    _ => CompareBool(op, a[i], b[i]),
                };
            }
        }

        return CompareResult(op, a.Length.CompareTo(b.Length));
    }

    /// <summary>Numeric comparison for int/bool/float operands (subclasses included), exact even
    /// between big ints and floats; null when an operand is not such a number.</summary>
    internal static bool? CompareNumbers(CompareOp op, Value a, Value b)
    {
        bool IsReal(Value v) => v.IsInt || v.IsFloat || v.ObjectOrNull is PyInt or PyBool or PyFloat;
        return IsReal(a) && IsReal(b) ? CompareReals(op, a, b) : null;
    }

    private static bool IsExactReal(Value v) => v.IsInt || v.IsFloat || (v.ObjectOrNull is PyInt or PyBool && !v.Object.Type.IsHeapType);

    private static bool CompareReals(CompareOp op, Value a, Value b)
    {
        bool aFloat = a.IsFloat || a.ObjectOrNull is PyFloat;
        bool bFloat = b.IsFloat || b.ObjectOrNull is PyFloat;
        if (aFloat && bFloat)
        {
            return CompareDoubles(op, ToDouble(a), ToDouble(b));
        }

        if (!aFloat && !bFloat)
        {
            if (TryGetLong(a, out long x) && TryGetLong(b, out long y))
            {
                return CompareResult(op, x.CompareTo(y));
            }

            return CompareResult(op, ToBigInteger(a).CompareTo(ToBigInteger(b)));
        }

        double f = aFloat ? ToDouble(a) : ToDouble(b);
        BigInteger i = aFloat ? ToBigInteger(b) : ToBigInteger(a);
        if (double.IsNaN(f))
        {
            return op == CompareOp.Ne;
        }

        int c = CompareIntFloat(i, f);
        return CompareResult(op, aFloat ? -c : c);
    }

    /// <summary>Exact comparison of an int with a finite or infinite float.</summary>
    private static int CompareIntFloat(BigInteger i, double f)
    {
        if (double.IsInfinity(f))
        {
            return f > 0 ? -1 : 1;
        }

        if (BigInteger.Abs(i) < (BigInteger.One << 53))
        {
            return ((double)i).CompareTo(f);
        }

        double floor = Math.Floor(f);
        int c = i.CompareTo(new BigInteger(floor));
        if (c != 0)
        {
            return c;
        }

        return floor == f ? 0 : -1;
    }

    private static bool CompareDoubles(CompareOp op, double x, double y) => op switch
    {
        CompareOp.Lt => x < y,
        CompareOp.Le => x <= y,
        CompareOp.Eq => x == y,
        CompareOp.Ne => x != y,
        CompareOp.Gt => x > y,
        _ => x >= y,
    };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool CompareResult(CompareOp op, int c) => op switch
    {
        CompareOp.Lt => c < 0,
        CompareOp.Le => c <= 0,
        CompareOp.Eq => c == 0,
        CompareOp.Ne => c != 0,
        CompareOp.Gt => c > 0,
        _ => c >= 0,
    };

    /// <summary>CPython's do_richcompare: the reflected method of a proper subclass first, then
    /// <c>a.__op__(b)</c>, then <c>b.__swapped__(a)</c>, then identity for == and !=.</summary>
    private static Value RichCompareProtocol(CompareOp op, Value a, Value b)
    {
        PyType ta = a.Type;
        PyType tb = b.Type;
        CompareOp swapped = s_swapped[(int)op];
        bool reflectedTried = false;
        if (!ReferenceEquals(ta, tb) && tb.IsSubtypeOf(ta))
        {
            Value reflected = tb.Lookup(s_compareNames[(int)swapped]);
            if (!reflected.IsUnbound)
            {
                reflectedTried = true;
                Value r = CallCompare(reflected, b, a, swapped);
                if (r.ObjectOrNull is not PyNotImplemented)
                {
                    return r;
                }
            }
        }

        Value method = ta.Lookup(s_compareNames[(int)op]);
        if (!method.IsUnbound)
        {
            Value r = CallCompare(method, a, b, op);
            if (r.ObjectOrNull is not PyNotImplemented)
            {
                return r;
            }
        }

        if (!reflectedTried)
        {
            Value reflected = tb.Lookup(s_compareNames[(int)swapped]);
            if (!reflected.IsUnbound)
            {
                Value r = CallCompare(reflected, b, a, swapped);
                if (r.ObjectOrNull is not PyNotImplemented)
                {
                    return r;
                }
            }
        }

        return op switch
        {
            CompareOp.Eq => Value.FromBool(a.Is(b)),
            CompareOp.Ne => Value.FromBool(!a.Is(b)),
            _ => throw PyErr.TypeError($"'{s_compareSymbols[(int)op]}' not supported between instances of '{ta.Name}' and '{tb.Name}'"),
        };
    }

    /// <summary>Calls a comparison method; object's defaults are evaluated inline.</summary>
    private static Value CallCompare(Value method, Value self, Value other, CompareOp op)
    {
        if (method.Is(ObjectSlots.Eq))
        {
            return self.Is(other) ? Value.True : PyNotImplemented.Instance;
        }

        if (method.Is(ObjectSlots.Ne))
        {
            return ObjectNe(self, other);
        }

        if (op is not (CompareOp.Eq or CompareOp.Ne) && method.Is(ObjectSlots.Compare(op)))
        {
            return PyNotImplemented.Instance;
        }

        return CallSpecial(method, self, [other], null);
    }

    /// <summary>object.__ne__: the inverse of <c>self.__eq__(other)</c> unless NotImplemented.</summary>
    internal static Value ObjectNe(Value self, Value other)
    {
        Value eq = self.Type.LookupSpecial(SpecialMethod.Eq);
        Value r = eq.Is(ObjectSlots.Eq)
            ? (self.Is(other) ? Value.True : PyNotImplemented.Instance)
            : CallSpecial(eq, self, [other], null);
        return r.ObjectOrNull is PyNotImplemented ? r : Value.FromBool(!IsTrue(r));
    }

    /// <summary><c>a is b</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Is(Value a, Value b) => a.Is(b);
}
