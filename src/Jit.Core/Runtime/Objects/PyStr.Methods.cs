using System.Text;
using Jit.Runtime.Formatting;
using Jit.Runtime.Text;

namespace Jit.Runtime.Objects;

/// <summary>
/// The named methods of str, its construction and formatting (<c>__new__</c>, <c>__format__</c>,
/// <c>__mod__</c>). Indices are code
/// points: strings without surrogate pairs (<see cref="IsBmp"/>) take the direct UTF-16 path, the
/// others convert indices at the edges. Searching, splitting and case mapping are in
/// PyStr.Search.cs and PyStr.Case.cs.
/// </summary>
public sealed partial class PyStr
{
    private static readonly ArgSpec s_new = new("str", ["object", "encoding", "errors"]);
    private static readonly ArgSpec s_encode = new("encode", ["encoding", "errors"]);
    private static readonly ArgSpec s_expandTabs = new("expandtabs", ["tabsize"]);

    /// <summary><c>str(object)</c> or <c>str(bytes, encoding, errors)</c>.</summary>
    public static string Construct(Value obj, Value encoding, Value errors)
    {
        if (encoding.IsUnbound && errors.IsUnbound)
        {
            return obj.IsUnbound ? string.Empty : Ops.Str(obj);
        }

        string encodingName = encoding.IsUnbound ? "utf-8" : StrArgument(encoding, "str() argument 'encoding'");
        string errorsName = errors.IsUnbound ? "strict" : StrArgument(errors, "str() argument 'errors'");
        if (obj.IsUnbound)
        {
            return string.Empty;
        }

        ReadOnlySpan<byte> data = PyBytes.BytesOf(obj, out bool ok);
        if (!ok)
        {
            throw PyErr.TypeError(obj.ObjectOrNull is PyStr
                ? "decoding str is not supported"
                : $"decoding to str: need a bytes-like object, {Ops.TypeName(obj)} found");
        }

        return Codecs.Decode(data, encodingName, errorsName);
    }

    /// <summary>The text of a str argument, or TypeError "&lt;what&gt; must be str, not int".</summary>
    internal static string StrArgument(Value value, string what) => value.ObjectOrNull is PyStr s
        ? s.Text
        : throw PyErr.TypeError($"{what} must be str, not {Ops.TypeName(value)}");

    [PyMethod("__new__")]
    private static Value New(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        if (args.Length == 0 || args[0].ObjectOrNull is not PyType cls)
        {
            throw PyErr.TypeError("str.__new__(X): X is not a type object");
        }

        if (!cls.IsSubtypeOf(PyType.Str))
        {
            throw PyErr.TypeError($"str.__new__({cls.Name}): {cls.Name} is not a subtype of str");
        }

        var bound = default(ArgBuffer);
        s_new.Bind(args[1..], kwnames, bound);
        string text = Construct(bound[0], bound[1], bound[2]);
        return ReferenceEquals(cls, PyType.Str) ? From(text) : new PyStr(cls, text);
    }

    [PyMethod("__format__")]
    private static Value FormatMethod(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        string spec = FormatMethods.SpecArgument("str.__format__", args, kwnames);
        PyStr self = Self(args);
        return spec.Length == 0
            ? (ReferenceEquals(self.Type, PyType.Str) ? self : From(Ops.Str(self)))
            : From(SpecFormatter.FormatStr(self.Text, spec));
    }

    [PyMethod("__mod__")]
    private static Value Mod(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        PyInt.SlotArgs(args, kwnames, 1);
        return From(PercentFormatter.Format(Self(args).Text, args[1]));
    }

    [PyMethod("__rmod__")]
    private static Value RMod(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        PyInt.SlotArgs(args, kwnames, 1);
        return args[1].ObjectOrNull is PyStr format
            ? From(PercentFormatter.Format(format.Text, args[0]))
            : PyNotImplemented.Instance;
    }

    [PyMethod("format")]
    private static Value Format(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        int positional = args.Length - 1 - (kwnames?.Length ?? 0);
        Value kwargs = Value.Unbound;
        if (kwnames is not null)
        {
            var dict = new PyDict(kwnames.Length);
            for (int i = 0; i < kwnames.Length; i++)
            {
                dict.Set(From(kwnames[i]), args[1 + positional + i]);
            }

            kwargs = dict;
        }

        return From(StringFormatter.Format(Self(args).Text, args.Slice(1, positional).ToArray(), kwargs));
    }

    [PyMethod("format_map")]
    private static Value FormatMap(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("str.format_map", args, kwnames, 1, self: true);
        return From(StringFormatter.FormatMap(Self(args).Text, args[1]));
    }

    [PyMethod("encode")]
    private static Value Encode(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        var bound = default(ArgBuffer);
        s_encode.Bind(args[1..], kwnames, bound);
        string encoding = bound[0].IsUnbound ? "utf-8" : StrArgument(bound[0], "encode() argument 'encoding'");
        string errors = bound[1].IsUnbound ? "strict" : StrArgument(bound[1], "encode() argument 'errors'");
        return new PyBytes(Codecs.Encode(Self(args).Text, encoding, errors));
    }

    [PyMethod("join")]
    private static Value Join(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("str.join", args, kwnames, 1, self: true);
        PyStr self = Self(args);
        ReadOnlySpan<Value> items = args[1].ObjectOrNull switch
        {
            PyList list => list.AsSpan(),
            PyTuple tuple => tuple.AsSpan(),
            _ => Materialize(args[1]),
        };
        if (items.Length == 1 && items[0].ObjectOrNull is PyStr only && ReferenceEquals(only.Type, PyType.Str))
        {
            return only;
        }

        var sb = new StringBuilder();
        for (int i = 0; i < items.Length; i++)
        {
            if (items[i].ObjectOrNull is not PyStr item)
            {
                throw PyErr.TypeError($"sequence item {i}: expected str instance, {Ops.TypeName(items[i])} found");
            }

            if (i > 0)
            {
                sb.Append(self.Text);
            }

            sb.Append(item.Text);
        }

        return From(sb.ToString());

        static Value[] Materialize(Value iterable)
        {
            PyIterator iterator;
            try
            {
                iterator = Ops.GetIter(iterable);
            }
            catch (PyException e) when (e.Error.Type == PyExc.TypeError)
            {
                throw PyErr.TypeError("can only join an iterable");
            }

            var values = new List<Value>();
            while (iterator.TryNext(out Value item))
            {
                values.Add(item);
            }

            return [.. values];
        }
    }

    [PyMethod("center")]
    private static Value Center(ReadOnlySpan<Value> args, string[]? kwnames) => Pad(args, kwnames, "center");

    [PyMethod("ljust")]
    private static Value LJust(ReadOnlySpan<Value> args, string[]? kwnames) => Pad(args, kwnames, "ljust");

    [PyMethod("rjust")]
    private static Value RJust(ReadOnlySpan<Value> args, string[]? kwnames) => Pad(args, kwnames, "rjust");

    private static Value Pad(ReadOnlySpan<Value> args, string[]? kwnames, string name)
    {
        ArgParser.NoKeywords("str." + name, kwnames);
        int given = ArgParser.Unpack(name, args, kwnames, 1, 2, self: true);
        PyStr self = Self(args);
        long width = Ops.AsSsize(args[1]);
        string fill = " ";
        if (given == 2)
        {
            if (args[2].ObjectOrNull is not PyStr fillStr)
            {
                throw PyErr.TypeError($"The fill character must be a unicode character, not {Ops.TypeName(args[2])}");
            }

            if (fillStr.Length != 1)
            {
                throw PyErr.TypeError("The fill character must be exactly one character long");
            }

            fill = fillStr.Text;
        }

        long margin = width - self.Length;
        if (margin <= 0)
        {
            return ReferenceEquals(self.Type, PyType.Str) ? self : From(self.Text);
        }

        if (width > int.MaxValue / 2)
        {
            throw PyErr.MemoryError();
        }

        long left = name switch
        {
            "ljust" => 0,
            "rjust" => margin,

            // CPython's rounding: the odd space goes left only when both margin and width are odd.
            _ => (margin / 2) + (margin & width & 1),
        };
        var sb = new StringBuilder((int)width * fill.Length);
        sb.Insert(0, fill, (int)left).Append(self.Text);
        for (long i = 0; i < margin - left; i++)
        {
            sb.Append(fill);
        }

        return From(sb.ToString());
    }

    [PyMethod("zfill")]
    private static Value ZFill(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("str.zfill", args, kwnames, 1, self: true);
        PyStr self = Self(args);
        long width = Ops.AsSsize(args[1]);
        if (self.Length >= width)
        {
            return ReferenceEquals(self.Type, PyType.Str) ? self : From(self.Text);
        }

        string text = self.Text;
        var sb = new StringBuilder((int)width);
        int start = 0;
        if (text.Length > 0 && text[0] is '+' or '-')
        {
            sb.Append(text[0]);
            start = 1;
        }

        sb.Append('0', (int)(width - self.Length)).Append(text, start, text.Length - start);
        return From(sb.ToString());
    }

    [PyMethod("expandtabs")]
    private static Value ExpandTabs(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        var bound = default(ArgBuffer);
        s_expandTabs.Bind(args[1..], kwnames, bound);
        long tabSize = bound[0].IsUnbound ? 8 : Ops.AsSsize(bound[0]);
        string text = Self(args).Text;
        if (!text.Contains('\t'))
        {
            return From(text);
        }

        var sb = new StringBuilder(text.Length + 16);
        long column = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\t')
            {
                if (tabSize > 0)
                {
                    long spaces = tabSize - (column % tabSize);
                    sb.Append(' ', (int)spaces);
                    column += spaces;
                }

                continue;
            }

            sb.Append(c);
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(text[++i]);
            }

            column = c is '\n' or '\r' ? 0 : column + 1;
        }

        return From(sb.ToString());
    }

    [PyMethod("removeprefix")]
    private static Value RemovePrefix(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("str.removeprefix", args, kwnames, 1, self: true);
        string prefix = StrArgument(args[1], "removeprefix() argument");
        PyStr self = Self(args);
        return self.Text.StartsWith(prefix, StringComparison.Ordinal) && prefix.Length > 0
            ? From(self.Text[prefix.Length..])
            : ReferenceEquals(self.Type, PyType.Str) ? self : From(self.Text);
    }

    [PyMethod("removesuffix")]
    private static Value RemoveSuffix(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("str.removesuffix", args, kwnames, 1, self: true);
        string suffix = StrArgument(args[1], "removesuffix() argument");
        PyStr self = Self(args);
        return self.Text.EndsWith(suffix, StringComparison.Ordinal) && suffix.Length > 0
            ? From(self.Text[..^suffix.Length])
            : ReferenceEquals(self.Type, PyType.Str) ? self : From(self.Text);
    }

    [PyStaticMethod("maketrans")]
    private static Value MakeTrans(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoKeywords("str.maketrans", kwnames);
        int given = ArgParser.Unpack("maketrans", args, kwnames, 1, 3);
        var table = new PyDict();
        if (given == 1)
        {
            if (args[0].ObjectOrNull is not PyDict source)
            {
                throw PyErr.TypeError("if you give only one argument to maketrans it must be a dict");
            }

            foreach ((Value key, Value value) in source)
            {
                if (key.ObjectOrNull is PyStr s)
                {
                    if (s.Length != 1)
                    {
                        throw PyErr.ValueError("string keys in translate table must be of length 1");
                    }

                    table.Set(Value.FromInt(s.CodePointAt(0)), value);
                }
                else if (Ops.IsIntLike(key))
                {
                    table.Set(key, value);
                }
                else
                {
                    throw PyErr.TypeError("keys in translate table must be strings or integers");
                }
            }

            return table;
        }

        if (args[0].ObjectOrNull is not PyStr x)
        {
            throw PyErr.TypeError("first maketrans argument must be a string if there is a second argument");
        }

        PyStr y = args[1].ObjectOrNull as PyStr ?? throw PyErr.TypeError($"maketrans() argument 2 must be str, not {Ops.TypeName(args[1])}");
        if (x.Length != y.Length)
        {
            throw PyErr.ValueError("the first two maketrans arguments must have equal length");
        }

        for (int i = 0; i < x.Length; i++)
        {
            table.Set(Value.FromInt(x.CodePointAt(i)), Value.FromInt(y.CodePointAt(i)));
        }

        if (given == 3)
        {
            PyStr z = args[2].ObjectOrNull as PyStr ?? throw PyErr.TypeError($"maketrans() argument 3 must be str, not {Ops.TypeName(args[2])}");
            for (int i = 0; i < z.Length; i++)
            {
                table.Set(Value.FromInt(z.CodePointAt(i)), Value.None);
            }
        }

        return table;
    }

    [PyMethod("translate")]
    private static Value Translate(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("str.translate", args, kwnames, 1, self: true);
        string text = Self(args).Text;
        Value table = args[1];
        var sb = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i += CodePoints.UnitsAt(text, i))
        {
            int c = CodePoints.At(text, i);
            if (!TryTranslate(table, c, out Value mapped))
            {
                UnicodeText.Append(sb, c);
                continue;
            }

            if (mapped.IsNone)
            {
                continue;
            }

            if (mapped.ObjectOrNull is PyStr s)
            {
                sb.Append(s.Text);
            }
            else if (Ops.IsIntLike(mapped))
            {
                System.Numerics.BigInteger code = Ops.ToBigInteger(mapped);
                if (code.Sign < 0 || code > 0x10ffff)
                {
                    throw PyErr.ValueError("character mapping must be in range(0x110000)");
                }

                UnicodeText.Append(sb, (int)code);
            }
            else
            {
                throw PyErr.TypeError("character mapping must return integer, None or str");
            }
        }

        return From(sb.ToString());

        // The table is any object with __getitem__; LookupError means "leave the character".
        static bool TryTranslate(Value table, int c, out Value mapped)
        {
            if (table.ObjectOrNull is PyDict dict && ReferenceEquals(dict.Type, PyType.Dict))
            {
                return dict.TryGetValue(Value.FromInt(c), out mapped);
            }

            try
            {
                mapped = Ops.GetItem(table, Value.FromInt(c));
                return true;
            }
            catch (PyException e) when (e.Error.Type.IsSubtypeOf(PyExc.LookupError))
            {
                mapped = default;
                return false;
            }
        }
    }
}
