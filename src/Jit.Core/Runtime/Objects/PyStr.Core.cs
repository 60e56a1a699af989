using System.Text;
using Jit.Runtime.Formatting;

namespace Jit.Runtime.Objects;

/// <summary>The core protocols of str: hashing, comparison, length, repr, concatenation and
/// repetition, membership, indexing, slicing and iteration. Named methods are in PyStr.Methods.cs.</summary>
public sealed partial class PyStr
{
    /// <summary><c>s[index]</c> for an int index.</summary>
    public PyStr GetItem(long index)
    {
        int i = Ops.NormalizeIndex(index, Length, "string");
        if (IsBmp)
        {
            return FromChar(Text[i]);
        }

        return FromCodePoint(CodePointAt(i));
    }

    /// <summary><c>s[start:stop:step]</c>.</summary>
    public PyStr GetSlice(PySlice slice)
    {
        int count = slice.GetIndices(Length, out int start, out _, out int step);
        if (count <= 0)
        {
            return Empty;
        }

        if (step == 1)
        {
            if (count == Length)
            {
                return ReferenceEquals(Type, PyType.Str) ? this : new PyStr(Text);
            }

            return IsBmp ? From(Text.Substring(start, count)) : From(Text[UnitIndex(start)..UnitIndex(start + count)]);
        }

        var sb = new StringBuilder(count);
        for (int n = 0, i = start; n < count; n++, i += step)
        {
            if (IsBmp)
            {
                sb.Append(Text[i]);
            }
            else
            {
                sb.Append(char.ConvertFromUtf32(CodePointAt(i)));
            }
        }

        return From(sb.ToString());
    }

    /// <summary><c>s * count</c>.</summary>
    public PyStr Repeat(long count)
    {
        if (count <= 0 || Text.Length == 0)
        {
            return Empty;
        }

        if (count == 1 && ReferenceEquals(Type, PyType.Str))
        {
            return this;
        }

        if ((long)Text.Length * count > int.MaxValue / 2)
        {
            throw PyErr.OverflowError("repeated string is too long");
        }

        return new PyStr(new StringBuilder(Text.Length * (int)count).Insert(0, Text, (int)count).ToString());
    }

    private static PyStr Self(ReadOnlySpan<Value> args) => (PyStr)args[0].Object;

    [PyTypeInit]
    private static void InitType(PyType type, IDictionary<string, Value> members)
    {
        foreach (CompareOp op in Enum.GetValues<CompareOp>())
        {
            CompareOp captured = op;
            string name = "__" + op.ToString().ToLowerInvariant() + "__";
            members[name] = PyBuiltinFunction.Method(name, type, (args, kwnames) =>
            {
                PyInt.SlotArgs(args, kwnames, 1);
                if (args[1].ObjectOrNull is not PyStr other)
                {
                    return PyNotImplemented.Instance;
                }

                int c = captured is CompareOp.Eq or CompareOp.Ne
                    ? (string.Equals(Self(args).Text, other.Text, StringComparison.Ordinal) ? 0 : 1)
                    : Compare(Self(args).Text, other.Text);
                return Value.FromBool(captured switch
                {
                    CompareOp.Lt => c < 0,
                    CompareOp.Le => c <= 0,
                    CompareOp.Eq => c == 0,
                    CompareOp.Ne => c != 0,
                    CompareOp.Gt => c > 0,
                    _ => c >= 0,
                });
            });
        }
    }

    [PyMethod("__hash__")]
    private static Value HashMethod(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("str.__hash__", args, kwnames, self: true);
        return Value.FromInt(Self(args).Hash);
    }

    [PyMethod("__len__")]
    private static Value Len(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("str.__len__", args, kwnames, self: true);
        return Value.FromInt(Self(args).Length);
    }

    [PyMethod("__repr__")]
    private static Value Repr(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("str.__repr__", args, kwnames, self: true);
        return From(PyRepr.Str(Self(args).Text));
    }

    [PyMethod("__str__")]
    private static Value Str(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("str.__str__", args, kwnames, self: true);
        PyStr self = Self(args);
        return ReferenceEquals(self.Type, PyType.Str) ? self : From(self.Text);
    }

    [PyMethod("__add__")]
    private static Value Add(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        PyInt.SlotArgs(args, kwnames, 1);
        if (args[1].ObjectOrNull is not PyStr other)
        {
            return PyNotImplemented.Instance;
        }

        return Concat(Self(args), other);
    }

    /// <summary><c>a + b</c> for two strs.</summary>
    public static PyStr Concat(PyStr a, PyStr b)
    {
        if (a.Text.Length == 0 && ReferenceEquals(b.Type, PyType.Str))
        {
            return b;
        }

        if (b.Text.Length == 0 && ReferenceEquals(a.Type, PyType.Str))
        {
            return a;
        }

        return new PyStr(string.Concat(a.Text, b.Text));
    }

    [PyMethod("__mul__")]
    [PyMethod("__rmul__")]
    private static Value Multiply(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        PyInt.SlotArgs(args, kwnames, 1);
        if (!Ops.HasIndex(args[1]))
        {
            return PyNotImplemented.Instance;
        }

        return Self(args).Repeat(Ops.AsSsize(args[1], PyExc.OverflowError));
    }

    [PyMethod("__contains__")]
    private static Value Contains(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        PyInt.SlotArgs(args, kwnames, 1);
        if (args[1].ObjectOrNull is not PyStr sub)
        {
            throw PyErr.TypeError($"'in <string>' requires string as left operand, not {Ops.TypeName(args[1])}");
        }

        return Value.FromBool(Self(args).Text.Contains(sub.Text, StringComparison.Ordinal));
    }

    [PyMethod("__getitem__")]
    private static Value GetItemMethod(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        PyInt.SlotArgs(args, kwnames, 1);
        PyStr self = Self(args);
        Value key = args[1];
        if (key.ObjectOrNull is PySlice slice)
        {
            return self.GetSlice(slice);
        }

        if (!Ops.HasIndex(key))
        {
            throw PyErr.TypeError($"string indices must be integers, not '{Ops.TypeName(key)}'");
        }

        return self.GetItem(Ops.AsSsize(key, PyExc.IndexError));
    }

    [PyMethod("__iter__")]
    private static Value Iter(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("str.__iter__", args, kwnames, self: true);
        return new PyStrIterator(Self(args));
    }

    [PyMethod("__getnewargs__")]
    private static Value GetNewArgs(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("str.__getnewargs__", args, kwnames, self: true);
        return PyTuple.Create(From(Self(args).Text));
    }
}

/// <summary>The iterator over a str's code points (<c>str_ascii_iterator</c> or <c>str_iterator</c>).</summary>
public sealed class PyStrIterator : PyIterator
{
    private readonly string _text;
    private int _index;

    public PyStrIterator(PyStr str)
        : base(str.Text.AsSpan().ContainsAnyExceptInRange('\0', '\x7f') ? PyType.StrIterator : PyType.StrAsciiIterator)
    {
        _text = str.Text;
    }

    public override long LengthHint => Math.Max(0, _text.Length - _index);

    public override bool TryNext(out Value value)
    {
        if (_index >= _text.Length)
        {
            value = default;
            return false;
        }

        char c = _text[_index];
        if (char.IsHighSurrogate(c) && _index + 1 < _text.Length && char.IsLowSurrogate(_text[_index + 1]))
        {
            value = new PyStr(_text.Substring(_index, 2));
            _index += 2;
            return true;
        }

        value = PyStr.FromChar(c);
        _index++;
        return true;
    }
}
