using System.Collections.Concurrent;
using System.Numerics;
using System.Text;
using Jit.Runtime.Objects;

namespace Jit.Runtime.Builtins;

/// <summary>Builtins about objects: identity, hashing, reprs, attributes, type tests, numbers.</summary>
public static partial class BuiltinsModule
{
    private static readonly ArgSpec s_pow = new("pow", ["base", "exp", "mod"], required: 2);
    private static readonly ArgSpec s_round = new("round", ["number", "ndigits"], required: 1);
    private static readonly ConcurrentDictionary<System.Type, bool> s_overridesCall = new();

    [BuiltinFunction("len")]
    private static Value Len(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("len", args, kwnames, 1);
        return Value.FromInt(Ops.Len(args[0]));
    }

    [BuiltinFunction("id")]
    private static Value Id(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("id", args, kwnames, 1);
        return Value.FromInt(Ops.Id(args[0]));
    }

    [BuiltinFunction("hash")]
    private static Value Hash(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("hash", args, kwnames, 1);
        return Value.FromInt(Ops.Hash(args[0]));
    }

    [BuiltinFunction("repr")]
    private static Value Repr(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("repr", args, kwnames, 1);
        return PyStr.From(Ops.Repr(args[0]));
    }

    [BuiltinFunction("ascii")]
    private static Value Ascii(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("ascii", args, kwnames, 1);
        return PyStr.From(AsciiEscape(Ops.Repr(args[0])));
    }

    [BuiltinFunction("format")]
    private static Value Format(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Unpack("format", args, kwnames, 1, 2);
        string spec = string.Empty;
        if (args.Length == 2)
        {
            spec = args[1].ObjectOrNull is PyStr s
                ? s.Text
                : throw PyErr.TypeError($"format() argument 2 must be str, not {Ops.TypeName(args[1])}");
        }

        return PyStr.From(Ops.Format(args[0], spec));
    }

    [BuiltinFunction("callable")]
    private static Value Callable(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("callable", args, kwnames, 1);
        return Value.FromBool(IsCallable(args[0]));
    }

    [BuiltinFunction("isinstance")]
    private static Value IsInstance(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Unpack("isinstance", args, kwnames, 2, 2);
        return Value.FromBool(Ops.IsInstanceOf(args[0], args[1]));
    }

    [BuiltinFunction("issubclass")]
    private static Value IsSubclass(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Unpack("issubclass", args, kwnames, 2, 2);
        return Value.FromBool(Ops.IsSubclassOf(args[0], args[1]));
    }

    [BuiltinFunction("getattr")]
    private static Value GetAttr(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        int count = ArgParser.Unpack("getattr", args, kwnames, 2, 3);
        string name = AttributeName(args[1]);
        if (count == 2)
        {
            return Ops.GetAttr(args[0], name);
        }

        return Ops.TryGetAttr(args[0], name, out Value value) ? value : args[2];
    }

    [BuiltinFunction("hasattr")]
    private static Value HasAttr(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Unpack("hasattr", args, kwnames, 2, 2);
        return Value.FromBool(Ops.HasAttr(args[0], AttributeName(args[1])));
    }

    [BuiltinFunction("setattr")]
    private static Value SetAttr(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Unpack("setattr", args, kwnames, 3, 3);
        Ops.SetAttr(args[0], AttributeName(args[1]), args[2]);
        return Value.None;
    }

    [BuiltinFunction("delattr")]
    private static Value DelAttr(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Unpack("delattr", args, kwnames, 2, 2);
        Ops.DelAttr(args[0], AttributeName(args[1]));
        return Value.None;
    }

    [BuiltinFunction("abs")]
    private static Value Abs(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("abs", args, kwnames, 1);
        return Ops.Abs(args[0]);
    }

    [BuiltinFunction("divmod")]
    private static Value DivMod(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Unpack("divmod", args, kwnames, 2, 2);
        return Ops.DivMod(args[0], args[1]);
    }

    [BuiltinFunction("pow")]
    private static Value Pow(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        var bound = default(ArgBuffer);
        s_pow.Bind(args, kwnames, bound);
        return bound[2].IsUnbound ? Ops.Power(bound[0], bound[1]) : Ops.Power(bound[0], bound[1], bound[2]);
    }

    [BuiltinFunction("round")]
    private static Value Round(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        var bound = default(ArgBuffer);
        s_round.Bind(args, kwnames, bound);
        Value number = bound[0];
        Value method = number.Type.Lookup("__round__");
        if (method.IsUnbound)
        {
            throw PyErr.TypeError($"type {Ops.TypeName(number)} doesn't define __round__ method");
        }

        return bound[1].IsUnbound || bound[1].IsNone
            ? Ops.CallSpecial(method, number, default, null)
            : Ops.CallSpecial(method, number, [bound[1]], null);
    }

    [BuiltinFunction("hex")]
    private static Value Hex(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("hex", args, kwnames, 1);
        return PyStr.From(FormatRadix(Ops.Index(args[0]), 16, "0x"));
    }

    [BuiltinFunction("oct")]
    private static Value Oct(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("oct", args, kwnames, 1);
        return PyStr.From(FormatRadix(Ops.Index(args[0]), 8, "0o"));
    }

    [BuiltinFunction("bin")]
    private static Value Bin(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("bin", args, kwnames, 1);
        return PyStr.From(FormatRadix(Ops.Index(args[0]), 2, "0b"));
    }

    [BuiltinFunction("chr")]
    private static Value Chr(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("chr", args, kwnames, 1);
        int codePoint = Ops.AsInt32(args[0]);
        return codePoint is < 0 or > 0x10ffff
            ? throw PyErr.ValueError("chr() arg not in range(0x110000)")
            : PyStr.FromCodePoint(codePoint);
    }

    [BuiltinFunction("ord")]
    private static Value Ord(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("ord", args, kwnames, 1);
        int length;
        switch (args[0].ObjectOrNull)
        {
            case PyStr s:
                length = s.Length;
                if (length == 1)
                {
                    return Value.FromInt(s.CodePointAt(0));
                }

                break;
            case PyBytes b:
                length = b.Data.Length;
                if (length == 1)
                {
                    return Value.FromInt(b.Data[0]);
                }

                break;
            case PyByteArray a:
                length = a.AsSpan().Length;
                if (length == 1)
                {
                    return Value.FromInt(a.AsSpan()[0]);
                }

                break;
            default:
                throw PyErr.TypeError($"ord() expected string of length 1, but {Ops.TypeName(args[0])} found");
        }

        throw PyErr.TypeError($"ord() expected a character, but string of length {length} found");
    }

    /// <summary>True for objects that can be called: their type defines <c>__call__</c>, or their
    /// C# class implements calls itself (functions, built-ins, types, bound methods).</summary>
    internal static bool IsCallable(Value value)
    {
        if (value.ObjectOrNull is not PyObject obj)
        {
            return false;
        }

        if (!obj.Type.LookupSpecial(SpecialMethod.Call).IsUnbound)
        {
            return true;
        }

        return s_overridesCall.GetOrAdd(
            obj.GetType(),
            static type => type.GetMethod(nameof(PyObject.Call), [typeof(ReadOnlySpan<Value>), typeof(string[])])!.DeclaringType != typeof(PyObject));
    }

    private static string AttributeName(Value name) => name.ObjectOrNull is PyStr s
        ? s.Text
        : throw PyErr.TypeError($"attribute name must be string, not '{Ops.TypeName(name)}'");

    /// <summary>"-0xff": an int in base 2, 8 or 16 with its prefix, as hex(), oct() and bin() print it.</summary>
    private static string FormatRadix(Value value, int radix, string prefix)
    {
        BigInteger integer = Ops.ToBigInteger(value);
        string sign = integer.Sign < 0 ? "-" : string.Empty;
        BigInteger magnitude = BigInteger.Abs(integer);
        if (magnitude <= ulong.MaxValue)
        {
            ulong small = (ulong)magnitude;
            string digits = radix == 16 ? small.ToString("x", System.Globalization.CultureInfo.InvariantCulture) : ToRadix(small, radix);
            return sign + prefix + digits;
        }

        var sb = new StringBuilder();
        int bits = radix == 16 ? 4 : radix == 8 ? 3 : 1;
        while (!magnitude.IsZero)
        {
            sb.Insert(0, "0123456789abcdef"[(int)(magnitude & (radix - 1))]);
            magnitude >>= bits;
        }

        return sign + prefix + sb;

        static string ToRadix(ulong n, int radix)
        {
            if (n == 0)
            {
                return "0";
            }

            Span<char> buffer = stackalloc char[64];
            int position = buffer.Length;
            while (n != 0)
            {
                buffer[--position] = (char)('0' + (int)(n % (ulong)radix));
                n /= (ulong)radix;
            }

            return new string(buffer[position..]);
        }
    }

    /// <summary>ascii(): a repr with every non-ASCII character escaped (\xhh, \uhhhh, \Uhhhhhhhh).</summary>
    private static string AsciiEscape(string repr)
    {
        var sb = new StringBuilder(repr.Length);
        for (int i = 0; i < repr.Length; i++)
        {
            char c = repr[i];
            if (c < 0x80)
            {
                sb.Append(c);
                continue;
            }

            int codePoint = c;
            if (char.IsHighSurrogate(c) && i + 1 < repr.Length && char.IsLowSurrogate(repr[i + 1]))
            {
                codePoint = char.ConvertToUtf32(c, repr[++i]);
            }

            sb.Append(codePoint switch
            {
                <= 0xff => $"\\x{codePoint:x2}",
                <= 0xffff => $"\\u{codePoint:x4}",
                _ => $"\\U{codePoint:x8}",
            });
        }

        return sb.ToString();
    }
}
