namespace Jit.Runtime.Objects;

/// <summary>Set algebra with CPython's iteration strategies (which operand is scanned, when a
/// copy is made), since they decide the table layout and so the iteration order of the result.</summary>
public abstract partial class PySetBase
{
    /// <summary>An empty set of the built-in base type (set for set subclasses, else frozenset),
    /// as CPython's results of set operations are.</summary>
    public PySetBase NewEmptyOfBaseType() => this is PySet ? new PySet() : new PyFrozenSet();

    /// <summary>set_copy: a new set or frozenset (the base type) with the same elements.</summary>
    public PySetBase CopyAsBaseType()
    {
        PySetBase copy = NewEmptyOfBaseType();
        copy.Merge(this);
        return copy;
    }

    /// <summary>The key and hash an element lookup uses: a set (unhashable) is looked up as the
    /// frozenset with the same elements, as in CPython's set_contains, remove and discard.</summary>
    public static Value ElementKey(Value key, out long hash)
    {
        if (key.ObjectOrNull is PySet set && set.Type.LookupSpecial(SpecialMethod.Hash).IsNone)
        {
            var frozen = new PyFrozenSet();
            frozen.Merge(set);
            hash = frozen.Hash();
            return frozen;
        }

        hash = Ops.Hash(key);
        return key;
    }

    public PySetBase Union(ReadOnlySpan<Value> others)
    {
        PySetBase result = CopyAsBaseType();
        foreach (Value other in others)
        {
            if (!other.Is(this))
            {
                result.Update(other);
            }
        }

        return result;
    }

    /// <summary>set_intersection: with another set, scan the smaller one; with an iterable, scan
    /// it and stop once every element of this set was found.</summary>
    public PySetBase Intersection(Value other)
    {
        if (other.Is(this))
        {
            return CopyAsBaseType();
        }

        PySetBase result = NewEmptyOfBaseType();
        if (other.ObjectOrNull is PySetBase otherSet)
        {
            PySetBase large = this;
            PySetBase small = otherSet;
            if (otherSet.Count > Count)
            {
                (large, small) = (otherSet, this);
            }

            int position = 0;
            while (small.TryGetNext(ref position, out Value key, out long hash))
            {
                if (large.ContainsEntry(key, hash))
                {
                    result.AddEntry(key, hash);
                }
            }

            return result;
        }

        PyIterator iterator = Ops.GetIter(other);
        while (iterator.TryNext(out Value item))
        {
            long hash = Ops.Hash(item);
            if (ContainsEntry(item, hash))
            {
                result.AddEntry(item, hash);
                if (result.Count >= Count)
                {
                    break;
                }
            }
        }

        return result;
    }

    public PySetBase IntersectionMulti(ReadOnlySpan<Value> others)
    {
        if (others.Length == 0)
        {
            return CopyAsBaseType();
        }

        PySetBase result = this;
        foreach (Value other in others)
        {
            result = result.Intersection(other);
        }

        return result;
    }

    public void IntersectionUpdate(ReadOnlySpan<Value> others) => SwapBodies(IntersectionMulti(others));

    public bool IsDisjoint(Value other)
    {
        if (other.Is(this))
        {
            return Count == 0;
        }

        if (other.ObjectOrNull is PySetBase otherSet && !otherSet.Type.IsHeapType)
        {
            PySetBase large = this;
            PySetBase small = otherSet;
            if (otherSet.Count > Count)
            {
                (large, small) = (otherSet, this);
            }

            int position = 0;
            while (small.TryGetNext(ref position, out Value key, out long hash))
            {
                if (large.ContainsEntry(key, hash))
                {
                    return false;
                }
            }

            return true;
        }

        PyIterator iterator = Ops.GetIter(other);
        while (iterator.TryNext(out Value item))
        {
            if (Contains(item))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>set_difference_update_internal.</summary>
    public void DifferenceUpdate(Value other)
    {
        if (other.Is(this))
        {
            Clear();
            return;
        }

        if (other.ObjectOrNull is PySetBase otherSet)
        {
            // When the other set is much larger, only the common elements matter.
            PySetBase source = (otherSet.Count >> 3) > Count ? Intersection(otherSet) : otherSet;
            int position = 0;
            while (source.TryGetNext(ref position, out Value key, out long hash))
            {
                DiscardEntry(key, hash);
            }
        }
        else
        {
            PyIterator iterator = Ops.GetIter(other);
            while (iterator.TryNext(out Value item))
            {
                Discard(item);
            }
        }

        ShrinkIfManyDummies();
    }

    /// <summary>set_difference: scans this set unless it is much larger than the other operand.</summary>
    public PySetBase Difference(Value other)
    {
        int otherSize;
        PyDict? dict = null;
        if (other.ObjectOrNull is PySetBase otherSet)
        {
            otherSize = otherSet.Count;
        }
        else if (other.ObjectOrNull is PyDict d && ReferenceEquals(d.Type, PyType.Dict))
        {
            dict = d;
            otherSize = d.Count;
        }
        else
        {
            return CopyAndDifference(other);
        }

        if ((Count >> 2) > otherSize)
        {
            return CopyAndDifference(other);
        }

        PySetBase result = NewEmptyOfBaseType();
        int position = 0;
        while (TryGetNext(ref position, out Value key, out long hash))
        {
            bool found = dict is not null ? dict.ContainsKey(key, hash) : ((PySetBase)other.Object).ContainsEntry(key, hash);
            if (!found)
            {
                result.AddEntry(key, hash);
            }
        }

        return result;
    }

    public PySetBase DifferenceMulti(ReadOnlySpan<Value> others)
    {
        if (others.Length == 0)
        {
            return CopyAsBaseType();
        }

        PySetBase result = Difference(others[0]);
        foreach (Value other in others[1..])
        {
            result.DifferenceUpdate(other);
        }

        return result;
    }

    /// <summary>set_symmetric_difference_update: toggles each element of the other operand
    /// (an exact dict directly, a non-set after converting it to a set).</summary>
    public void SymmetricDifferenceUpdate(Value other)
    {
        if (other.Is(this))
        {
            Clear();
            return;
        }

        if (other.ObjectOrNull is PyDict dict && ReferenceEquals(dict.Type, PyType.Dict))
        {
            int dictPosition = 0;
            while (dict.TryGetEntry(ref dictPosition, out Value key, out _, out long hash))
            {
                if (!DiscardEntry(key, hash))
                {
                    AddEntry(key, hash);
                }
            }

            return;
        }

        PySetBase otherSet = other.ObjectOrNull as PySetBase ?? FromIterable(NewEmptyOfBaseType(), other);
        int position = 0;
        while (otherSet.TryGetNext(ref position, out Value key, out long hash))
        {
            if (!DiscardEntry(key, hash))
            {
                AddEntry(key, hash);
            }
        }
    }

    /// <summary>set_symmetric_difference: a copy of the other operand, updated with this set.</summary>
    public PySetBase SymmetricDifference(Value other)
    {
        PySetBase result = FromIterable(NewEmptyOfBaseType(), other);
        result.SymmetricDifferenceUpdate(this);
        return result;
    }

    public bool IsSubset(Value other)
    {
        if (other.ObjectOrNull is not PySetBase otherSet)
        {
            otherSet = FromIterable(new PySet(), other);
        }

        if (Count > otherSet.Count)
        {
            return false;
        }

        int position = 0;
        while (TryGetNext(ref position, out Value key, out long hash))
        {
            if (!otherSet.ContainsEntry(key, hash))
            {
                return false;
            }
        }

        return true;
    }

    public bool IsSuperset(Value other)
    {
        if (other.ObjectOrNull is PySetBase otherSet)
        {
            return otherSet.IsSubset(this);
        }

        PyIterator iterator = Ops.GetIter(other);
        while (iterator.TryNext(out Value item))
        {
            if (!Contains(item))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>set_richcompare: subset tests; NotImplemented unless the other operand is a set.</summary>
    public Value RichCompare(CompareOp op, Value other)
    {
        if (other.ObjectOrNull is not PySetBase otherSet)
        {
            return PyNotImplemented.Instance;
        }

        bool result = op switch
        {
            CompareOp.Eq => EqualTo(otherSet),
            CompareOp.Ne => !EqualTo(otherSet),
            CompareOp.Le => IsSubset(otherSet),
            CompareOp.Ge => IsSuperset(otherSet),
            CompareOp.Lt => Count < otherSet.Count && IsSubset(otherSet),
            _ => Count > otherSet.Count && IsSuperset(otherSet),
        };
        return Value.FromBool(result);
    }

    private static PySetBase FromIterable(PySetBase set, Value iterable)
    {
        set.Update(iterable);
        return set;
    }

    private bool EqualTo(PySetBase other)
    {
        if (Count != other.Count)
        {
            return false;
        }

        if (CachedHash != -1 && other.CachedHash != -1 && CachedHash != other.CachedHash)
        {
            return false;
        }

        return IsSubset(other);
    }

    private PySetBase CopyAndDifference(Value other)
    {
        PySetBase result = CopyAsBaseType();
        result.DifferenceUpdate(other);
        return result;
    }
}
