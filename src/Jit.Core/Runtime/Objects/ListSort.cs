namespace Jit.Runtime.Objects;

/// <summary>
/// CPython's list sort (Objects/listsort.txt): a stable natural merge sort. Runs are found left to
/// right (strictly descending runs are reversed), short ones extended to <c>minrun</c> by binary
/// insertion, and merged following the "powersort" rule; merges gallop when one run keeps winning.
/// Making the same comparisons in the same order as CPython matters for orders that are not total
/// (NaNs, inconsistent <c>__lt__</c>): the result is then the one CPython gives.
/// <para>Keys are sorted; when <c>values</c> is not null it is permuted alongside (sorting with a
/// key function). Only "&lt;" is used. If a comparison throws, the arrays still hold a permutation
/// of their items.</para>
/// </summary>
internal sealed class ListSort
{
    private const int MinGallop = 7;

    private readonly Value[] _keys;
    private readonly Value[]? _values;
    private readonly int _length;
    private readonly Func<Value, Value, bool> _lessThan;
    private readonly Run[] _pending = new Run[64];
    private int _pendingCount;
    private int _minGallop = MinGallop;
    private Value[] _tempKeys = [];
    private Value[]? _tempValues;

    private ListSort(Value[] keys, Value[]? values, int length, Func<Value, Value, bool> lessThan)
    {
        _keys = keys;
        _values = values;
        _length = length;
        _lessThan = lessThan;
    }

    /// <summary>Sorts the first <paramref name="length"/> items of <paramref name="keys"/>
    /// (and <paramref name="values"/> alongside) by <paramref name="lessThan"/>.</summary>
    public static void Sort(Value[] keys, Value[]? values, int length, Func<Value, Value, bool> lessThan)
    {
        if (length < 2)
        {
            return;
        }

        new ListSort(keys, values, length, lessThan).SortRuns();
    }

    private void SortRuns()
    {
        int low = 0;
        int remaining = _length;
        int minRun = MinRunLength(remaining);
        do
        {
            int n = CountRun(low, low + remaining, out bool descending);
            if (descending)
            {
                Reverse(low, low + n);
            }

            if (n < minRun)
            {
                int force = remaining <= minRun ? remaining : minRun;
                BinarySort(low, low + force, low + n);
                n = force;
            }

            FoundNewRun(n);
            _pending[_pendingCount++] = new Run(low, n, 0);
            low += n;
            remaining -= n;
        }
        while (remaining > 0);

        ForceCollapse();
    }

    /// <summary>n if n &lt; 64, else a length in [32, 64] dividing n into close to a power of two runs.</summary>
    private static int MinRunLength(int n)
    {
        int r = 0;
        while (n >= 64)
        {
            r |= n & 1;
            n >>= 1;
        }

        return n + r;
    }

    private bool Less(Value a, Value b) => _lessThan(a, b);

    private void Reverse(int low, int high)
    {
        Array.Reverse(_keys, low, high - low);
        if (_values is not null)
        {
            Array.Reverse(_values, low, high - low);
        }
    }

    /// <summary>The length of the run starting at <paramref name="low"/>: non-descending, or
    /// strictly descending (so reversing it keeps the sort stable).</summary>
    private int CountRun(int low, int high, out bool descending)
    {
        descending = false;
        int i = low + 1;
        if (i == high)
        {
            return 1;
        }

        int n = 2;
        if (Less(_keys[i], _keys[i - 1]))
        {
            descending = true;
            for (i++; i < high && Less(_keys[i], _keys[i - 1]); i++)
            {
                n++;
            }
        }
        else
        {
            for (i++; i < high && !Less(_keys[i], _keys[i - 1]); i++)
            {
                n++;
            }
        }

        return n;
    }

    /// <summary>Binary insertion of <c>[start, high)</c> into the sorted <c>[low, start)</c>;
    /// equal items go after the existing ones (stability).</summary>
    private void BinarySort(int low, int high, int start)
    {
        if (low == start)
        {
            start++;
        }

        for (; start < high; start++)
        {
            int left = low;
            int right = start;
            Value pivot = _keys[start];
            do
            {
                int middle = left + ((right - left) >> 1);
                if (Less(pivot, _keys[middle]))
                {
                    right = middle;
                }
                else
                {
                    left = middle + 1;
                }
            }
            while (left < right);

            Array.Copy(_keys, left, _keys, left + 1, start - left);
            _keys[left] = pivot;
            if (_values is not null)
            {
                Value pivotValue = _values[start];
                Array.Copy(_values, left, _values, left + 1, start - left);
                _values[left] = pivotValue;
            }
        }
    }

    /// <summary>Where <paramref name="key"/> goes in the sorted <c>a[start, start + n)</c>,
    /// left of any equal items: gallops from <paramref name="hint"/>, then binary search.</summary>
    private int GallopLeft(Value key, Value[] a, int start, int n, int hint)
    {
        int lastOffset = 0;
        int offset = 1;
        if (Less(a[start + hint], key))
        {
            // a[hint] < key: gallop right until a[hint + lastOffset] < key <= a[hint + offset].
            int maxOffset = n - hint;
            while (offset < maxOffset)
            {
                if (Less(a[start + hint + offset], key))
                {
                    lastOffset = offset;
                    offset = (offset << 1) + 1;
                }
                else
                {
                    break;
                }
            }

            offset = Math.Min(offset, maxOffset);
            lastOffset += hint;
            offset += hint;
        }
        else
        {
            // key <= a[hint]: gallop left until a[hint - offset] < key <= a[hint - lastOffset].
            int maxOffset = hint + 1;
            while (offset < maxOffset)
            {
                if (Less(a[start + hint - offset], key))
                {
                    break;
                }

                lastOffset = offset;
                offset = (offset << 1) + 1;
            }

            offset = Math.Min(offset, maxOffset);
            int k = lastOffset;
            lastOffset = hint - offset;
            offset = hint - k;
        }

        lastOffset++;
        while (lastOffset < offset)
        {
            int middle = lastOffset + ((offset - lastOffset) >> 1);
            if (Less(a[start + middle], key))
            {
                lastOffset = middle + 1;
            }
            else
            {
                offset = middle;
            }
        }

        return offset;
    }

    /// <summary>Like <see cref="GallopLeft"/>, but right of any equal items.</summary>
    private int GallopRight(Value key, Value[] a, int start, int n, int hint)
    {
        int lastOffset = 0;
        int offset = 1;
        if (Less(key, a[start + hint]))
        {
            // key < a[hint]: gallop left until a[hint - offset] <= key < a[hint - lastOffset].
            int maxOffset = hint + 1;
            while (offset < maxOffset)
            {
                if (Less(key, a[start + hint - offset]))
                {
                    lastOffset = offset;
                    offset = (offset << 1) + 1;
                }
                else
                {
                    break;
                }
            }

            offset = Math.Min(offset, maxOffset);
            int k = lastOffset;
            lastOffset = hint - offset;
            offset = hint - k;
        }
        else
        {
            // a[hint] <= key: gallop right until a[hint + lastOffset] <= key < a[hint + offset].
            int maxOffset = n - hint;
            while (offset < maxOffset)
            {
                if (Less(key, a[start + hint + offset]))
                {
                    break;
                }

                lastOffset = offset;
                offset = (offset << 1) + 1;
            }

            offset = Math.Min(offset, maxOffset);
            lastOffset += hint;
            offset += hint;
        }

        lastOffset++;
        while (lastOffset < offset)
        {
            int middle = lastOffset + ((offset - lastOffset) >> 1);
            if (Less(key, a[start + middle]))
            {
                offset = middle;
            }
            else
            {
                lastOffset = middle + 1;
            }
        }

        return offset;
    }

    private void EnsureTemp(int need)
    {
        if (_tempKeys.Length < need)
        {
            _tempKeys = new Value[need];
            _tempValues = _values is null ? null : new Value[need];
        }
    }

    /// <summary>Copies <c>[sourceIndex, +count)</c> of one key/value array pair to another.</summary>
    private static void Move(Value[] sourceKeys, Value[]? sourceValues, int sourceIndex, Value[] targetKeys, Value[]? targetValues, int targetIndex, int count)
    {
        Array.Copy(sourceKeys, sourceIndex, targetKeys, targetIndex, count);
        if (sourceValues is not null)
        {
            Array.Copy(sourceValues, sourceIndex, targetValues!, targetIndex, count);
        }
    }

    /// <summary>Merges the adjacent runs <c>[a, a + na)</c> and <c>[b, b + nb)</c> (na &lt;= nb),
    /// with the first run copied to temporary storage, filling from the left.</summary>
    private void MergeLow(int a, int na, int b, int nb)
    {
        EnsureTemp(na);
        Value[] keys = _keys;
        Value[]? values = _values;
        Value[] tempKeys = _tempKeys;
        Value[]? tempValues = _tempValues;
        Move(keys, values, a, tempKeys, tempValues, 0, na);
        int dest = a;
        int pa = 0;
        int pb = b;
        try
        {
            Move(keys, values, pb++, keys, values, dest++, 1);
            nb--;
            if (nb == 0)
            {
                return;
            }

            if (na == 1)
            {
                goto CopyB;
            }

            int minGallop = _minGallop;
            while (true)
            {
                int aCount = 0;
                int bCount = 0;

                // Straightforward merging until one run appears to win consistently.
                while (true)
                {
                    if (Less(keys[pb], tempKeys[pa]))
                    {
                        Move(keys, values, pb++, keys, values, dest++, 1);
                        bCount++;
                        aCount = 0;
                        nb--;
                        if (nb == 0)
                        {
                            return;
                        }

                        if (bCount >= minGallop)
                        {
                            break;
                        }
                    }
                    else
                    {
                        Move(tempKeys, tempValues, pa++, keys, values, dest++, 1);
                        aCount++;
                        bCount = 0;
                        na--;
                        if (na == 1)
                        {
                            goto CopyB;
                        }

                        if (aCount >= minGallop)
                        {
                            break;
                        }
                    }
                }

                // Galloping until neither run wins often enough.
                minGallop++;
                do
                {
                    minGallop -= minGallop > 1 ? 1 : 0;
                    _minGallop = minGallop;
                    int k = GallopRight(keys[pb], tempKeys, pa, na, 0);
                    aCount = k;
                    if (k > 0)
                    {
                        Move(tempKeys, tempValues, pa, keys, values, dest, k);
                        dest += k;
                        pa += k;
                        na -= k;
                        if (na == 1)
                        {
                            goto CopyB;
                        }

                        // Only possible with an inconsistent comparison.
                        if (na == 0)
                        {
                            return;
                        }
                    }

                    Move(keys, values, pb++, keys, values, dest++, 1);
                    nb--;
                    if (nb == 0)
                    {
                        return;
                    }

                    k = GallopLeft(tempKeys[pa], keys, pb, nb, 0);
                    bCount = k;
                    if (k > 0)
                    {
                        Move(keys, values, pb, keys, values, dest, k);
                        dest += k;
                        pb += k;
                        nb -= k;
                        if (nb == 0)
                        {
                            return;
                        }
                    }

                    Move(tempKeys, tempValues, pa++, keys, values, dest++, 1);
                    na--;
                    if (na == 1)
                    {
                        goto CopyB;
                    }
                }
                while (aCount >= MinGallop || bCount >= MinGallop);

                minGallop++;
                _minGallop = minGallop;
            }

        CopyB:
            // The last item of the first run belongs at the end of the merge.
            Move(keys, values, pb, keys, values, dest, nb);
            Move(tempKeys, tempValues, pa, keys, values, dest + nb, 1);
            na = 0;
        }
        finally
        {
            // Normal end or a failed comparison: what is left of the first run goes back.
            if (na > 0)
            {
                Move(tempKeys, tempValues, pa, keys, values, dest, na);
            }
        }
    }

    /// <summary>Merges the adjacent runs (na &gt;= nb) with the second run in temporary storage,
    /// filling from the right.</summary>
    private void MergeHigh(int a, int na, int b, int nb)
    {
        EnsureTemp(nb);
        Value[] keys = _keys;
        Value[]? values = _values;
        Value[] tempKeys = _tempKeys;
        Value[]? tempValues = _tempValues;
        Move(keys, values, b, tempKeys, tempValues, 0, nb);
        int dest = b + nb - 1;
        int pa = a + na - 1;
        int pb = nb - 1;
        try
        {
            Move(keys, values, pa--, keys, values, dest--, 1);
            na--;
            if (na == 0)
            {
                return;
            }

            if (nb == 1)
            {
                goto CopyA;
            }

            int minGallop = _minGallop;
            while (true)
            {
                int aCount = 0;
                int bCount = 0;
                while (true)
                {
                    if (Less(tempKeys[pb], keys[pa]))
                    {
                        Move(keys, values, pa--, keys, values, dest--, 1);
                        aCount++;
                        bCount = 0;
                        na--;
                        if (na == 0)
                        {
                            return;
                        }

                        if (aCount >= minGallop)
                        {
                            break;
                        }
                    }
                    else
                    {
                        Move(tempKeys, tempValues, pb--, keys, values, dest--, 1);
                        bCount++;
                        aCount = 0;
                        nb--;
                        if (nb == 1)
                        {
                            goto CopyA;
                        }

                        if (bCount >= minGallop)
                        {
                            break;
                        }
                    }
                }

                minGallop++;
                do
                {
                    minGallop -= minGallop > 1 ? 1 : 0;
                    _minGallop = minGallop;
                    int k = na - GallopRight(tempKeys[pb], keys, a, na, na - 1);
                    aCount = k;
                    if (k > 0)
                    {
                        dest -= k;
                        pa -= k;
                        Move(keys, values, pa + 1, keys, values, dest + 1, k);
                        na -= k;
                        if (na == 0)
                        {
                            return;
                        }
                    }

                    Move(tempKeys, tempValues, pb--, keys, values, dest--, 1);
                    nb--;
                    if (nb == 1)
                    {
                        goto CopyA;
                    }

                    k = nb - GallopLeft(keys[pa], tempKeys, 0, nb, nb - 1);
                    bCount = k;
                    if (k > 0)
                    {
                        dest -= k;
                        pb -= k;
                        Move(tempKeys, tempValues, pb + 1, keys, values, dest + 1, k);
                        nb -= k;
                        if (nb == 1)
                        {
                            goto CopyA;
                        }

                        // Only possible with an inconsistent comparison.
                        if (nb == 0)
                        {
                            return;
                        }
                    }

                    Move(keys, values, pa--, keys, values, dest--, 1);
                    na--;
                    if (na == 0)
                    {
                        return;
                    }
                }
                while (aCount >= MinGallop || bCount >= MinGallop);

                minGallop++;
                _minGallop = minGallop;
            }

        CopyA:
            // The first item of the second run belongs at the front of the merge.
            dest -= na;
            pa -= na;
            Move(keys, values, pa + 1, keys, values, dest + 1, na);
            Move(tempKeys, tempValues, pb, keys, values, dest, 1);
            nb = 0;
        }
        finally
        {
            if (nb > 0)
            {
                Move(tempKeys, tempValues, 0, keys, values, dest - (nb - 1), nb);
            }
        }
    }

    /// <summary>Merges pending runs <paramref name="i"/> and i + 1.</summary>
    private void MergeAt(int i)
    {
        int a = _pending[i].Start;
        int na = _pending[i].Length;
        int b = _pending[i + 1].Start;
        int nb = _pending[i + 1].Length;
        _pending[i] = new Run(a, na + nb, _pending[i].Power);
        if (i == _pendingCount - 3)
        {
            _pending[i + 1] = _pending[i + 2];
        }

        _pendingCount--;

        // Items of the first run before where the second starts are already in place.
        int k = GallopRight(_keys[b], _keys, a, na, 0);
        a += k;
        na -= k;
        if (na == 0)
        {
            return;
        }

        // Items of the second run after where the first ends are already in place.
        nb = GallopLeft(_keys[a + na - 1], _keys, b, nb, nb - 1);
        if (nb <= 0)
        {
            return;
        }

        if (na <= nb)
        {
            MergeLow(a, na, b, nb);
        }
        else
        {
            MergeHigh(a, na, b, nb);
        }
    }

    /// <summary>The powersort "power" of the boundary between two adjacent runs: the depth of the
    /// first bit where the binary expansions of their midpoints (as fractions of the length) differ.</summary>
    private static int PowerLoop(int s1, int n1, int n2, int n)
    {
        int result = 0;
        long a = (2L * s1) + n1;
        long b = a + n1 + n2;
        while (true)
        {
            result++;
            if (a >= n)
            {
                a -= n;
                b -= n;
            }
            else if (b >= n)
            {
                break;
            }

            a <<= 1;
            b <<= 1;
        }

        return result;
    }

    /// <summary>Before pushing a run of length <paramref name="n2"/>: merges the runs whose power
    /// exceeds that of the new boundary.</summary>
    private void FoundNewRun(int n2)
    {
        if (_pendingCount == 0)
        {
            return;
        }

        ref Run top = ref _pending[_pendingCount - 1];
        int power = PowerLoop(top.Start, top.Length, n2, _length);
        while (_pendingCount > 1 && _pending[_pendingCount - 2].Power > power)
        {
            MergeAt(_pendingCount - 2);
        }

        Run last = _pending[_pendingCount - 1];
        _pending[_pendingCount - 1] = new Run(last.Start, last.Length, power);
    }

    private void ForceCollapse()
    {
        while (_pendingCount > 1)
        {
            int n = _pendingCount - 2;
            if (n > 0 && _pending[n - 1].Length < _pending[n + 1].Length)
            {
                n--;
            }

            MergeAt(n);
        }
    }

    private readonly record struct Run(int Start, int Length, int Power);
}
