using System.Numerics;
using System.Text;
using Jit.Runtime.Formatting;
using Jit.Runtime.Text;

namespace Jit.Runtime.Objects;

/// <summary>
/// The named methods bytes and bytearray share (neither mutates self): searching, splitting,
/// stripping, padding, ASCII case mapping and predicates, hex/fromhex, translate, decode and
/// <c>%</c>. Results have self's type (bytes or bytearray); arguments may be any bytes-like
/// object. Also <c>bytes.__new__</c>.
/// </summary>
[PyClass("bytes")]
[PyClass("bytearray")]
internal static class BytesMethods
{
    private static readonly ArgSpec s_new = new("bytes", ["source", "encoding", "errors"]);
    private static readonly ArgSpec s_decode = new("decode", ["encoding", "errors"]);
    private static readonly ArgSpec s_split = new("split", ["sep", "maxsplit"]);
    private static readonly ArgSpec s_rsplit = new("rsplit", ["sep", "maxsplit"]);
    private static readonly ArgSpec s_splitLines = new("splitlines", ["keepends"]);
    private static readonly ArgSpec s_expandTabs = new("expandtabs", ["tabsize"]);
    private static readonly ArgSpec s_hex = new("hex", ["sep", "bytes_per_sep"]);
    private static readonly ArgSpec s_translate = new("translate", ["table", "delete"], positionalOnly: 1, required: 1);

    /// <summary><c>bytes(source, encoding, errors)</c> as CPython's bytes_new: empty, an encoded
    /// str, <c>__bytes__</c>, a count of zero bytes, a bytes-like copy, or an iterable of ints.
    /// For <c>bytearray(...)</c> (<paramref name="byteArray"/>) <c>__bytes__</c> is not consulted.</summary>
    public static byte[] Construct(Value source, Value encoding, Value errors, bool byteArray = false)
    {
        if (source.IsUnbound)
        {
            return !encoding.IsUnbound ? throw PyErr.TypeError("encoding without a string argument")
                : !errors.IsUnbound ? throw PyErr.TypeError("errors without a string argument")
                : [];
        }

        if (!encoding.IsUnbound)
        {
            if (source.ObjectOrNull is not PyStr text)
            {
                throw PyErr.TypeError("encoding without a string argument");
            }

            return Codecs.Encode(
                text.Text,
                PyStr.StrArgument(encoding, "bytes() argument 'encoding'"),
                errors.IsUnbound ? "strict" : PyStr.StrArgument(errors, "bytes() argument 'errors'"));
        }

        if (!errors.IsUnbound)
        {
            throw PyErr.TypeError(source.ObjectOrNull is PyStr ? "string argument without an encoding" : "errors without a string argument");
        }

        Value method = source.IsObject && !byteArray ? source.Type.Lookup("__bytes__") : Value.Unbound;
        if (!method.IsUnbound)
        {
            Value result = Ops.CallSpecial(method, source, default, null);
            return result.ObjectOrNull is PyBytes b
                ? b.Data
                : throw PyErr.TypeError($"__bytes__ returned non-bytes (type {Ops.TypeName(result)})");
        }

        if (source.ObjectOrNull is PyStr)
        {
            throw PyErr.TypeError("string argument without an encoding");
        }

        if (Ops.HasIndex(source))
        {
            long count = Ops.AsSsize(source, PyExc.OverflowError);
            return count < 0 ? throw PyErr.ValueError("negative count")
                : count > int.MaxValue ? throw PyErr.MemoryError()
                : new byte[count];
        }

        return FromObject(source);
    }

    /// <summary>The bytes of a bytes-like object or an iterable of ints in range(256).</summary>
    public static byte[] FromObject(Value source)
    {
        ReadOnlySpan<byte> buffer = PyBytes.BytesOf(source, out bool ok);
        if (ok)
        {
            return buffer.ToArray();
        }

        PyIterator iterator;
        try
        {
            iterator = Ops.GetIter(source);
        }
        catch (PyException e) when (e.Error.Type == PyExc.TypeError)
        {
            throw PyErr.TypeError($"cannot convert '{Ops.TypeName(source)}' object to bytes");
        }

        var result = new List<byte>();
        while (iterator.TryNext(out Value item))
        {
            BigInteger value = Ops.ToBigInteger(Ops.Index(item));
            if (value.Sign < 0 || value > 255)
            {
                throw PyErr.ValueError("bytes must be in range(0, 256)");
            }

            result.Add((byte)value);
        }

        return [.. result];
    }

    /// <summary>The bytes of a bytes-like argument, or "a bytes-like object is required, not 'str'".</summary>
    public static byte[] Buffer(Value value)
    {
        ReadOnlySpan<byte> data = PyBytes.BytesOf(value, out bool ok);
        return ok ? data.ToArray() : throw PyErr.TypeError($"a bytes-like object is required, not '{Ops.TypeName(value)}'");
    }

    private static ReadOnlySpan<byte> Data(Value self) => PyBytes.BytesOf(self, out _);

    private static string TypeOf(Value self) => self.Object is PyByteArray ? "bytearray" : "bytes";

    /// <summary>A result of self's kind: bytes for bytes (and its subclasses), bytearray for bytearray.</summary>
    private static Value Make(Value self, byte[] data) =>
        self.Object is PyByteArray ? new PyByteArray(data)
        : data.Length == 0 ? PyBytes.Empty
        : new PyBytes(data);

    /// <summary>self unchanged: the same object for exact bytes, a copy otherwise.</summary>
    private static Value Unchanged(Value self) =>
        self.Object is PyBytes b && ReferenceEquals(b.Type, PyType.Bytes) ? self : Make(self, Data(self).ToArray());

    private static bool IsSpace(byte b) => b is (byte)' ' or (>= 0x09 and <= 0x0d);

    [PyMethod("__new__")]
    private static Value New(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        if (args.Length == 0 || args[0].ObjectOrNull is not PyType cls || !cls.IsSubtypeOf(PyType.Bytes))
        {
            throw PyErr.TypeError("bytes.__new__(X): X is not a subtype of bytes");
        }

        var bound = default(ArgBuffer);
        s_new.Bind(args[1..], kwnames, bound);
        byte[] data = Construct(bound[0], bound[1], bound[2]);
        return ReferenceEquals(cls, PyType.Bytes)
            ? (data.Length == 0 ? PyBytes.Empty : new PyBytes(data))
            : new PyBytes(cls, data);
    }

    [PyMethod("__mod__")]
    private static Value Mod(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        PyInt.SlotArgs(args, kwnames, 1);
        return Make(args[0], PercentFormatter.Format(Data(args[0]), args[1]));
    }

    [PyMethod("__rmod__")]
    private static Value RMod(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        PyInt.SlotArgs(args, kwnames, 1);
        return PyNotImplemented.Instance;
    }

    [PyMethod("decode")]
    private static Value Decode(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        var bound = default(ArgBuffer);
        s_decode.Bind(args[1..], kwnames, bound);
        string encoding = bound[0].IsUnbound ? "utf-8" : PyStr.StrArgument(bound[0], "decode() argument 'encoding'");
        string errors = bound[1].IsUnbound ? "strict" : PyStr.StrArgument(bound[1], "decode() argument 'errors'");
        return PyStr.From(Codecs.Decode(Data(args[0]), encoding, errors));
    }

    [PyMethod("hex")]
    private static Value Hex(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        var bound = default(ArgBuffer);
        s_hex.Bind(args[1..], kwnames, bound);
        ReadOnlySpan<byte> data = Data(args[0]);
        string hex = Convert.ToHexStringLower(data);
        if (bound[0].IsUnbound)
        {
            return PyStr.From(hex);
        }

        string sep = bound[0].ObjectOrNull is PyStr s ? s.Text : Encoding.Latin1.GetString(Buffer(bound[0]));
        if (sep.Length != 1)
        {
            throw PyErr.ValueError("sep must be length 1.");
        }

        if (sep[0] > 0x7f)
        {
            throw PyErr.ValueError("sep must be ASCII.");
        }

        long group = bound[1].IsUnbound ? 1 : Ops.AsSsize(bound[1]);
        long size = Math.Abs(group);
        if (data.Length == 0 || size == 0 || size >= data.Length)
        {
            return PyStr.From(hex);
        }

        // Groups are counted from the right for a positive bytes_per_sep, from the left otherwise.
        var sb = new StringBuilder(hex.Length * 2);
        for (int i = 0; i < data.Length; i++)
        {
            long position = group > 0 ? data.Length - i : i;
            if (i > 0 && position % size == 0)
            {
                sb.Append(sep[0]);
            }

            sb.Append(hex, i * 2, 2);
        }

        return PyStr.From(sb.ToString());
    }

    [PyClassMethod("fromhex")]
    private static Value FromHex(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("fromhex", args, kwnames, 1, self: true);
        string text = args[1].ObjectOrNull is PyStr s
            ? s.Text
            : throw PyErr.TypeError($"fromhex() argument must be str, not {Ops.TypeName(args[1])}");
        var result = new List<byte>(text.Length / 2);
        int i = 0;
        while (i < text.Length)
        {
            if (text[i] < 0x80 && IsSpace((byte)text[i]))
            {
                i++;
                continue;
            }

            int top = HexDigit(text, i);
            int bottom = HexDigit(text, i + 1);
            result.Add((byte)((top << 4) | bottom));
            i += 2;
        }

        var cls = (PyType)args[0].Object;
        if (cls.IsSubtypeOf(PyType.ByteArray))
        {
            return ReferenceEquals(cls, PyType.ByteArray) ? new PyByteArray([.. result]) : Ops.Call(cls, new PyBytes([.. result]));
        }

        return ReferenceEquals(cls, PyType.Bytes) ? new PyBytes([.. result]) : Ops.Call(cls, new PyBytes([.. result]));

        static int HexDigit(string text, int index)
        {
            int digit = index < text.Length ? HexValue(text[index]) : -1;
            return digit >= 0
                ? digit
                : throw PyErr.ValueError($"non-hexadecimal number found in fromhex() arg at position {index}");
        }

        static int HexValue(char c) => c switch
        {
            >= '0' and <= '9' => c - '0',
            >= 'a' and <= 'f' => c - 'a' + 10,
            >= 'A' and <= 'F' => c - 'A' + 10,
            _ => -1,
        };
    }

    [PyMethod("join")]
    private static Value Join(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly(TypeOf(args[0]) + ".join", args, kwnames, 1, self: true);
        Value[] items;
        try
        {
            items = args[1].ObjectOrNull is PyList or PyTuple ? Ops.ToArray(args[1]) : Materialize(Ops.GetIter(args[1]));
        }
        catch (PyException e) when (e.Error.Type == PyExc.TypeError && !(args[1].ObjectOrNull is PyList or PyTuple))
        {
            throw PyErr.TypeError("can only join an iterable");
        }

        byte[] separator = Data(args[0]).ToArray();
        var result = new List<byte>();
        for (int i = 0; i < items.Length; i++)
        {
            ReadOnlySpan<byte> item = PyBytes.BytesOf(items[i], out bool ok);
            if (!ok)
            {
                throw PyErr.TypeError($"sequence item {i}: expected a bytes-like object, {Ops.TypeName(items[i])} found");
            }

            if (i > 0)
            {
                result.AddRange(separator);
            }

            result.AddRange(item);
        }

        return Make(args[0], [.. result]);

        static Value[] Materialize(PyIterator iterator)
        {
            var values = new List<Value>();
            while (iterator.TryNext(out Value item))
            {
                values.Add(item);
            }

            return [.. values];
        }
    }

    [PyMethod("find")]
    private static Value Find(ReadOnlySpan<Value> args, string[]? kwnames) => Value.FromInt(FindIn(args, kwnames, "find", reverse: false));

    [PyMethod("rfind")]
    private static Value RFind(ReadOnlySpan<Value> args, string[]? kwnames) => Value.FromInt(FindIn(args, kwnames, "rfind", reverse: true));

    [PyMethod("index")]
    private static Value Index(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        int found = FindIn(args, kwnames, "index", reverse: false);
        return found >= 0 ? Value.FromInt(found) : throw PyErr.ValueError("subsection not found");
    }

    [PyMethod("rindex")]
    private static Value RIndex(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        int found = FindIn(args, kwnames, "rindex", reverse: true);
        return found >= 0 ? Value.FromInt(found) : throw PyErr.ValueError("subsection not found");
    }

    [PyMethod("count")]
    private static Value Count(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ReadOnlySpan<byte> data = Data(args[0]);
        byte[] sub = SubArgument(PyStr.RangeArguments(args, kwnames, "count", data.Length, out int start, out int end));
        if (end - start < sub.Length)
        {
            return Value.FromInt(0);
        }

        if (sub.Length == 0)
        {
            return Value.FromInt(end - start + 1);
        }

        int count = 0;
        ReadOnlySpan<byte> rest = data[start..end];
        while (true)
        {
            int found = rest.IndexOf(sub);
            if (found < 0)
            {
                return Value.FromInt(count);
            }

            count++;
            rest = rest[(found + sub.Length)..];
        }
    }

    [PyMethod("startswith")]
    private static Value StartsWith(ReadOnlySpan<Value> args, string[]? kwnames) => TailMatch(args, kwnames, "startswith", atEnd: false);

    [PyMethod("endswith")]
    private static Value EndsWith(ReadOnlySpan<Value> args, string[]? kwnames) => TailMatch(args, kwnames, "endswith", atEnd: true);

    [PyMethod("replace")]
    private static Value Replace(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoKeywords(TypeOf(args[0]) + ".replace", kwnames);
        int given = ArgParser.Unpack("replace", args, kwnames, 2, 3, self: true);
        byte[] data = Data(args[0]).ToArray();
        byte[] old = Buffer(args[1]);
        byte[] replacement = Buffer(args[2]);
        long count = given == 3 ? Ops.AsSsize(args[3]) : -1;
        if (count < 0)
        {
            count = long.MaxValue;
        }

        var result = new List<byte>(data.Length);
        int at = 0;
        long done = 0;
        if (old.Length == 0)
        {
            for (; done < count && at <= data.Length; done++)
            {
                result.AddRange(replacement);
                if (at < data.Length)
                {
                    result.Add(data[at]);
                }

                at++;
            }

            if (at < data.Length)
            {
                result.AddRange(data.AsSpan(at));
            }

            return Make(args[0], [.. result]);
        }

        for (; done < count; done++)
        {
            int found = data.AsSpan(at).IndexOf(old);
            if (found < 0)
            {
                break;
            }

            result.AddRange(data.AsSpan(at, found));
            result.AddRange(replacement);
            at += found + old.Length;
        }

        result.AddRange(data.AsSpan(at));
        return done == 0 ? Unchanged(args[0]) : Make(args[0], [.. result]);
    }

    [PyMethod("strip")]
    private static Value Strip(ReadOnlySpan<Value> args, string[]? kwnames) => StripSides(args, kwnames, "strip", left: true, right: true);

    [PyMethod("lstrip")]
    private static Value LStrip(ReadOnlySpan<Value> args, string[]? kwnames) => StripSides(args, kwnames, "lstrip", left: true, right: false);

    [PyMethod("rstrip")]
    private static Value RStrip(ReadOnlySpan<Value> args, string[]? kwnames) => StripSides(args, kwnames, "rstrip", left: false, right: true);

    [PyMethod("split")]
    private static Value Split(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        byte[]? sep = SplitArguments(args, kwnames, s_split, out long maxSplit);
        byte[] data = Data(args[0]).ToArray();
        var parts = new PyList();
        if (sep is null)
        {
            int i = 0;
            while (maxSplit-- > 0)
            {
                while (i < data.Length && IsSpace(data[i]))
                {
                    i++;
                }

                if (i == data.Length)
                {
                    break;
                }

                int j = i++;
                while (i < data.Length && !IsSpace(data[i]))
                {
                    i++;
                }

                parts.Append(Make(args[0], data[j..i]));
            }

            while (i < data.Length && IsSpace(data[i]))
            {
                i++;
            }

            if (i < data.Length)
            {
                parts.Append(Make(args[0], data[i..]));
            }

            return parts;
        }

        int at = 0;
        while (maxSplit-- > 0)
        {
            int found = data.AsSpan(at).IndexOf(sep);
            if (found < 0)
            {
                break;
            }

            parts.Append(Make(args[0], data[at..(at + found)]));
            at += found + sep.Length;
        }

        parts.Append(Make(args[0], data[at..]));
        return parts;
    }

    [PyMethod("rsplit")]
    private static Value RSplit(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        byte[]? sep = SplitArguments(args, kwnames, s_rsplit, out long maxSplit);
        byte[] data = Data(args[0]).ToArray();
        var parts = new List<Value>();
        if (sep is null)
        {
            int i = data.Length - 1;
            while (maxSplit-- > 0)
            {
                while (i >= 0 && IsSpace(data[i]))
                {
                    i--;
                }

                if (i < 0)
                {
                    break;
                }

                int j = i--;
                while (i >= 0 && !IsSpace(data[i]))
                {
                    i--;
                }

                parts.Add(Make(args[0], data[(i + 1)..(j + 1)]));
            }

            while (i >= 0 && IsSpace(data[i]))
            {
                i--;
            }

            if (i >= 0)
            {
                parts.Add(Make(args[0], data[..(i + 1)]));
            }
        }
        else
        {
            int end = data.Length;
            while (maxSplit-- > 0)
            {
                int found = data.AsSpan(0, end).LastIndexOf(sep);
                if (found < 0)
                {
                    break;
                }

                parts.Add(Make(args[0], data[(found + sep.Length)..end]));
                end = found;
            }

            parts.Add(Make(args[0], data[..end]));
        }

        parts.Reverse();
        return new PyList([.. parts]);
    }

    [PyMethod("splitlines")]
    private static Value SplitLines(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        var bound = default(ArgBuffer);
        s_splitLines.Bind(args[1..], kwnames, bound);
        bool keepEnds = !bound[0].IsUnbound && Ops.AsSsize(bound[0]) != 0;
        byte[] data = Data(args[0]).ToArray();
        var lines = new PyList();
        int i = 0;
        while (i < data.Length)
        {
            int start = i;
            while (i < data.Length && data[i] is not ((byte)'\n' or (byte)'\r'))
            {
                i++;
            }

            int end = i;
            if (i < data.Length)
            {
                i += data[i] == '\r' && i + 1 < data.Length && data[i + 1] == '\n' ? 2 : 1;
                if (keepEnds)
                {
                    end = i;
                }
            }

            lines.Append(Make(args[0], data[start..end]));
        }

        return lines;
    }

    [PyMethod("partition")]
    private static Value Partition(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly(TypeOf(args[0]) + ".partition", args, kwnames, 1, self: true);
        byte[] data = Data(args[0]).ToArray();
        byte[] sep = Separator(args[1]);
        int found = data.AsSpan().IndexOf(sep);
        return found < 0
            ? PyTuple.Create(Unchanged(args[0]), Make(args[0], []), Make(args[0], []))
            : PyTuple.Create(Make(args[0], data[..found]), Make(args[0], sep), Make(args[0], data[(found + sep.Length)..]));
    }

    [PyMethod("rpartition")]
    private static Value RPartition(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly(TypeOf(args[0]) + ".rpartition", args, kwnames, 1, self: true);
        byte[] data = Data(args[0]).ToArray();
        byte[] sep = Separator(args[1]);
        int found = data.AsSpan().LastIndexOf(sep);
        return found < 0
            ? PyTuple.Create(Make(args[0], []), Make(args[0], []), Unchanged(args[0]))
            : PyTuple.Create(Make(args[0], data[..found]), Make(args[0], sep), Make(args[0], data[(found + sep.Length)..]));
    }

    [PyMethod("center")]
    private static Value Center(ReadOnlySpan<Value> args, string[]? kwnames) => Pad(args, kwnames, "center");

    [PyMethod("ljust")]
    private static Value LJust(ReadOnlySpan<Value> args, string[]? kwnames) => Pad(args, kwnames, "ljust");

    [PyMethod("rjust")]
    private static Value RJust(ReadOnlySpan<Value> args, string[]? kwnames) => Pad(args, kwnames, "rjust");

    [PyMethod("zfill")]
    private static Value ZFill(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly(TypeOf(args[0]) + ".zfill", args, kwnames, 1, self: true);
        byte[] data = Data(args[0]).ToArray();
        long width = Ops.AsSsize(args[1]);
        if (data.Length >= width)
        {
            return Unchanged(args[0]);
        }

        var result = new byte[width];
        int fill = (int)width - data.Length;
        result.AsSpan(0, fill).Fill((byte)'0');
        data.CopyTo(result, fill);
        if (data.Length > 0 && data[0] is (byte)'+' or (byte)'-')
        {
            result[0] = data[0];
            result[fill] = (byte)'0';
        }

        return Make(args[0], result);
    }

    [PyMethod("expandtabs")]
    private static Value ExpandTabs(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        var bound = default(ArgBuffer);
        s_expandTabs.Bind(args[1..], kwnames, bound);
        long tabSize = bound[0].IsUnbound ? 8 : Ops.AsSsize(bound[0]);
        var result = new List<byte>();
        long column = 0;
        foreach (byte b in Data(args[0]))
        {
            if (b == '\t')
            {
                if (tabSize > 0)
                {
                    long spaces = tabSize - (column % tabSize);
                    result.AddRange(Enumerable.Repeat((byte)' ', (int)spaces));
                    column += spaces;
                }

                continue;
            }

            result.Add(b);
            column = b is (byte)'\n' or (byte)'\r' ? 0 : column + 1;
        }

        return Make(args[0], [.. result]);
    }

    [PyMethod("removeprefix")]
    private static Value RemovePrefix(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly(TypeOf(args[0]) + ".removeprefix", args, kwnames, 1, self: true);
        ReadOnlySpan<byte> data = Data(args[0]);
        byte[] prefix = Buffer(args[1]);
        return prefix.Length > 0 && data.StartsWith(prefix) ? Make(args[0], data[prefix.Length..].ToArray()) : Unchanged(args[0]);
    }

    [PyMethod("removesuffix")]
    private static Value RemoveSuffix(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly(TypeOf(args[0]) + ".removesuffix", args, kwnames, 1, self: true);
        ReadOnlySpan<byte> data = Data(args[0]);
        byte[] suffix = Buffer(args[1]);
        return suffix.Length > 0 && data.EndsWith(suffix) ? Make(args[0], data[..^suffix.Length].ToArray()) : Unchanged(args[0]);
    }

    [PyStaticMethod("maketrans")]
    private static Value MakeTrans(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoKeywords("maketrans", kwnames);
        ArgParser.Unpack("maketrans", args, kwnames, 2, 2);
        byte[] from = Buffer(args[0]);
        byte[] to = Buffer(args[1]);
        if (from.Length != to.Length)
        {
            throw PyErr.ValueError("maketrans arguments must have same length");
        }

        var table = new byte[256];
        for (int i = 0; i < 256; i++)
        {
            table[i] = (byte)i;
        }

        for (int i = 0; i < from.Length; i++)
        {
            table[from[i]] = to[i];
        }

        return new PyBytes(table);
    }

    [PyMethod("translate")]
    private static Value Translate(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        var bound = default(ArgBuffer);
        s_translate.Bind(args[1..], kwnames, bound);
        byte[]? table = bound[0].IsNone ? null : Buffer(bound[0]);
        if (table is not null && table.Length != 256)
        {
            throw PyErr.ValueError("translation table must be 256 characters long");
        }

        byte[] delete = bound[1].IsUnbound ? [] : Buffer(bound[1]);
        var result = new List<byte>();
        foreach (byte b in Data(args[0]))
        {
            if (Array.IndexOf(delete, b) < 0)
            {
                result.Add(table is null ? b : table[b]);
            }
        }

        return Make(args[0], [.. result]);
    }

    [PyMethod("upper")]
    private static Value Upper(ReadOnlySpan<Value> args, string[]? kwnames) => MapAscii(args, kwnames, "upper");

    [PyMethod("lower")]
    private static Value Lower(ReadOnlySpan<Value> args, string[]? kwnames) => MapAscii(args, kwnames, "lower");

    [PyMethod("swapcase")]
    private static Value SwapCase(ReadOnlySpan<Value> args, string[]? kwnames) => MapAscii(args, kwnames, "swapcase");

    [PyMethod("title")]
    private static Value Title(ReadOnlySpan<Value> args, string[]? kwnames) => MapAscii(args, kwnames, "title");

    [PyMethod("capitalize")]
    private static Value Capitalize(ReadOnlySpan<Value> args, string[]? kwnames) => MapAscii(args, kwnames, "capitalize");

    [PyMethod("isascii")]
    private static Value IsAscii(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments(TypeOf(args[0]) + ".isascii", args, kwnames, self: true);
        return Value.FromBool(!Data(args[0]).ContainsAnyExceptInRange((byte)0, (byte)0x7f));
    }

    [PyMethod("isspace")]
    private static Value IsSpaceMethod(ReadOnlySpan<Value> args, string[]? kwnames) => All(args, kwnames, "isspace", IsSpace);

    [PyMethod("isalpha")]
    private static Value IsAlpha(ReadOnlySpan<Value> args, string[]? kwnames) => All(args, kwnames, "isalpha", b => char.IsAsciiLetter((char)b));

    [PyMethod("isalnum")]
    private static Value IsAlnum(ReadOnlySpan<Value> args, string[]? kwnames) => All(args, kwnames, "isalnum", b => char.IsAsciiLetterOrDigit((char)b));

    [PyMethod("isdigit")]
    private static Value IsDigit(ReadOnlySpan<Value> args, string[]? kwnames) => All(args, kwnames, "isdigit", b => char.IsAsciiDigit((char)b));

    [PyMethod("islower")]
    private static Value IsLower(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments(TypeOf(args[0]) + ".islower", args, kwnames, self: true);
        ReadOnlySpan<byte> data = Data(args[0]);
        return Value.FromBool(data.ContainsAnyInRange((byte)'a', (byte)'z') && !data.ContainsAnyInRange((byte)'A', (byte)'Z'));
    }

    [PyMethod("isupper")]
    private static Value IsUpper(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments(TypeOf(args[0]) + ".isupper", args, kwnames, self: true);
        ReadOnlySpan<byte> data = Data(args[0]);
        return Value.FromBool(data.ContainsAnyInRange((byte)'A', (byte)'Z') && !data.ContainsAnyInRange((byte)'a', (byte)'z'));
    }

    [PyMethod("istitle")]
    private static Value IsTitle(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments(TypeOf(args[0]) + ".istitle", args, kwnames, self: true);
        bool cased = false;
        bool previousCased = false;
        foreach (byte b in Data(args[0]))
        {
            if (char.IsAsciiLetterUpper((char)b))
            {
                if (previousCased)
                {
                    return Value.False;
                }

                previousCased = cased = true;
            }
            else if (char.IsAsciiLetterLower((char)b))
            {
                if (!previousCased)
                {
                    return Value.False;
                }

                previousCased = cased = true;
            }
            else
            {
                previousCased = false;
            }
        }

        return Value.FromBool(cased);
    }

    private static Value All(ReadOnlySpan<Value> args, string[]? kwnames, string name, Func<byte, bool> predicate)
    {
        ArgParser.NoArguments(TypeOf(args[0]) + "." + name, args, kwnames, self: true);
        ReadOnlySpan<byte> data = Data(args[0]);
        if (data.Length == 0)
        {
            return Value.False;
        }

        foreach (byte b in data)
        {
            if (!predicate(b))
            {
                return Value.False;
            }
        }

        return Value.True;
    }

    private static Value MapAscii(ReadOnlySpan<Value> args, string[]? kwnames, string name)
    {
        ArgParser.NoArguments(TypeOf(args[0]) + "." + name, args, kwnames, self: true);
        byte[] data = Data(args[0]).ToArray();
        bool previousCased = false;
        for (int i = 0; i < data.Length; i++)
        {
            char c = (char)data[i];
            bool upper = char.IsAsciiLetterUpper(c);
            bool lower = char.IsAsciiLetterLower(c);
            bool toUpper = name switch
            {
                "upper" => lower,
                "swapcase" => lower,
                "title" => lower && !previousCased,
                "capitalize" => lower && i == 0,
                _ => false,
            };
            bool toLower = name switch
            {
                "lower" => upper,
                "swapcase" => upper,
                "title" => upper && previousCased,
                "capitalize" => upper && i > 0,
                _ => false,
            };
            if (toUpper)
            {
                data[i] = (byte)(c - 32);
            }
            else if (toLower)
            {
                data[i] = (byte)(c + 32);
            }

            previousCased = upper || lower;
        }

        return Make(args[0], data);
    }

    private static Value Pad(ReadOnlySpan<Value> args, string[]? kwnames, string name)
    {
        ArgParser.NoKeywords(TypeOf(args[0]) + "." + name, kwnames);
        int given = ArgParser.Unpack(name, args, kwnames, 1, 2, self: true);
        byte[] data = Data(args[0]).ToArray();
        long width = Ops.AsSsize(args[1]);
        byte fill = (byte)' ';
        if (given == 2)
        {
            ReadOnlySpan<byte> fillBytes = PyBytes.BytesOf(args[2], out bool ok);
            if (!ok || fillBytes.Length != 1)
            {
                throw PyErr.TypeError($"{name}() argument 2 must be a byte string of length 1, not {Ops.TypeName(args[2])}");
            }

            fill = fillBytes[0];
        }

        long margin = width - data.Length;
        if (margin <= 0)
        {
            return Unchanged(args[0]);
        }

        long left = name switch
        {
            "ljust" => 0,
            "rjust" => margin,
            _ => (margin / 2) + (margin & width & 1),
        };
        var result = new byte[width];
        result.AsSpan().Fill(fill);
        data.CopyTo(result, (int)left);
        return Make(args[0], result);
    }

    private static Value StripSides(ReadOnlySpan<Value> args, string[]? kwnames, string name, bool left, bool right)
    {
        ArgParser.NoKeywords(TypeOf(args[0]) + "." + name, kwnames);
        int given = ArgParser.Unpack(name, args, kwnames, 0, 1, self: true);
        ReadOnlySpan<byte> data = Data(args[0]);
        byte[]? chars = given == 1 && !args[1].IsNone ? Buffer(args[1]) : null;
        int start = 0;
        int end = data.Length;
        while (left && start < end && Strips(data[start]))
        {
            start++;
        }

        while (right && end > start && Strips(data[end - 1]))
        {
            end--;
        }

        return start == 0 && end == data.Length ? Unchanged(args[0]) : Make(args[0], data[start..end].ToArray());

        bool Strips(byte b) => chars is null ? IsSpace(b) : Array.IndexOf(chars, b) >= 0;
    }

    private static byte[]? SplitArguments(ReadOnlySpan<Value> args, string[]? kwnames, ArgSpec spec, out long maxSplit)
    {
        var bound = default(ArgBuffer);
        spec.Bind(args[1..], kwnames, bound);
        maxSplit = bound[1].IsUnbound ? -1 : Ops.AsSsize(bound[1]);
        if (maxSplit < 0)
        {
            maxSplit = long.MaxValue;
        }

        if (bound[0].IsUnbound || bound[0].IsNone)
        {
            return null;
        }

        byte[] sep = Buffer(bound[0]);
        return sep.Length == 0 ? throw PyErr.ValueError("empty separator") : sep;
    }

    private static byte[] Separator(Value value)
    {
        byte[] sep = Buffer(value);
        return sep.Length == 0 ? throw PyErr.ValueError("empty separator") : sep;
    }

    /// <summary>The needle of find/index/count: a bytes-like object or an int in range(256).</summary>
    private static byte[] SubArgument(Value sub)
    {
        ReadOnlySpan<byte> data = PyBytes.BytesOf(sub, out bool ok);
        if (ok)
        {
            return data.ToArray();
        }

        if (!Ops.HasIndex(sub))
        {
            throw PyErr.TypeError($"argument should be integer or bytes-like object, not '{Ops.TypeName(sub)}'");
        }

        BigInteger value = Ops.ToBigInteger(Ops.Index(sub));
        return value.Sign < 0 || value > 255
            ? throw PyErr.ValueError("byte must be in range(0, 256)")
            : [(byte)value];
    }

    private static int FindIn(ReadOnlySpan<Value> args, string[]? kwnames, string name, bool reverse)
    {
        ReadOnlySpan<byte> data = Data(args[0]);
        byte[] sub = SubArgument(PyStr.RangeArguments(args, kwnames, name, data.Length, out int start, out int end));
        if (end - start < sub.Length)
        {
            return -1;
        }

        if (sub.Length == 0)
        {
            return reverse ? end : start;
        }

        ReadOnlySpan<byte> range = data[start..end];
        int found = reverse ? range.LastIndexOf(sub) : range.IndexOf(sub);
        return found < 0 ? -1 : start + found;
    }

    private static Value TailMatch(ReadOnlySpan<Value> args, string[]? kwnames, string name, bool atEnd)
    {
        ReadOnlySpan<byte> data = Data(args[0]);
        Value prefixes = PyStr.RangeArguments(args, kwnames, name, data.Length, out int start, out int end);
        if (prefixes.ObjectOrNull is PyTuple tuple)
        {
            foreach (Value item in tuple.Items)
            {
                if (Matches(data, Buffer(item), start, end, atEnd))
                {
                    return Value.True;
                }
            }

            return Value.False;
        }

        ReadOnlySpan<byte> single = PyBytes.BytesOf(prefixes, out bool ok);
        if (!ok)
        {
            throw PyErr.TypeError($"{name} first arg must be bytes or a tuple of bytes, not {Ops.TypeName(prefixes)}");
        }

        return Value.FromBool(Matches(data, single, start, end, atEnd));
    }

    private static bool Matches(ReadOnlySpan<byte> data, ReadOnlySpan<byte> part, int start, int end, bool atEnd)
    {
        if (end - part.Length < start)
        {
            return false;
        }

        int at = atEnd ? end - part.Length : start;
        return data.Slice(at, part.Length).SequenceEqual(part);
    }
}
