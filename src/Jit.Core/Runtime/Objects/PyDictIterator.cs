namespace Jit.Runtime.Objects;

/// <summary>Iterates a dict's keys, values or (key, value) pairs in insertion order. Like
/// CPython's, it raises when the dict's size changed since the iteration began, and when more
/// entries turn up than the dict had (keys replaced during iteration).</summary>
public sealed class PyDictIterator : PyIterator
{
    private readonly DictViewKind _kind;
    private PyDict? _dict;
    private int _used;
    private int _position;
    private int _remaining;

    public PyDictIterator(PyDict dict, DictViewKind kind)
        : base(kind switch
        {
            DictViewKind.Keys => PyType.DictKeyIterator,
            DictViewKind.Values => PyType.DictValueIterator,
            _ => PyType.DictItemIterator,
        })
    {
        _kind = kind;
        _dict = dict;
        _used = dict.Count;
        _remaining = dict.Count;
    }

    public override long LengthHint => _dict is not null && _used == _dict.Count ? _remaining : 0;

    public override bool TryNext(out Value value)
    {
        PyDict? dict = _dict;
        if (dict is null)
        {
            value = default;
            return false;
        }

        if (_used != dict.Count)
        {
            _used = -1;
            throw PyErr.RuntimeError("dictionary changed size during iteration");
        }

        if (!dict.TryGetEntry(ref _position, out Value key, out Value entryValue))
        {
            _dict = null;
            value = default;
            return false;
        }

        if (_remaining == 0)
        {
            _dict = null;
            throw PyErr.RuntimeError("dictionary keys changed during iteration");
        }

        _remaining--;
        value = DictIteration.Produce(_kind, key, entryValue);
        return true;
    }
}

/// <summary><c>reversed(dict)</c> and <c>reversed(view)</c>: newest entry first.</summary>
public sealed class PyDictReverseIterator : PyIterator
{
    private readonly DictViewKind _kind;
    private PyDict? _dict;
    private int _used;
    private int _position;
    private int _remaining;

    public PyDictReverseIterator(PyDict dict, DictViewKind kind)
        : base(kind switch
        {
            DictViewKind.Keys => PyType.DictReverseKeyIterator,
            DictViewKind.Values => PyType.DictReverseValueIterator,
            _ => PyType.DictReverseItemIterator,
        })
    {
        _kind = kind;
        _dict = dict;
        _used = dict.Count;
        _remaining = dict.Count;
        _position = dict.EntryLimit;
    }

    public override long LengthHint => _dict is not null && _used == _dict.Count ? _remaining : 0;

    public override bool TryNext(out Value value)
    {
        PyDict? dict = _dict;
        if (dict is null)
        {
            value = default;
            return false;
        }

        if (_used != dict.Count)
        {
            _used = -1;
            throw PyErr.RuntimeError("dictionary changed size during iteration");
        }

        if (_remaining == 0 || !dict.TryGetEntryBackward(ref _position, out Value key, out Value entryValue))
        {
            _dict = null;
            value = default;
            return false;
        }

        _remaining--;
        value = DictIteration.Produce(_kind, key, entryValue);
        return true;
    }
}

internal static class DictIteration
{
    public static Value Produce(DictViewKind kind, Value key, Value value) => kind switch
    {
        DictViewKind.Keys => key,
        DictViewKind.Values => value,
        _ => PyTuple.Create(key, value),
    };
}
