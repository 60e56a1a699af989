using System.Numerics;
using System.Text;
using Jit.Runtime.Objects;
using Jit.Runtime.Text;

namespace Jit.Runtime.Formatting;

/// <summary>
/// printf-style formatting, <c>str % args</c> and <c>bytes % args</c>, as CPython's
/// PyUnicode_Format and _PyBytes_FormatEx. One engine serves both: a bytes format is read as
/// Latin-1 text, its conversions produce Latin-1 text, and the result is encoded back.
/// <para>The argument rules: a tuple supplies one value per conversion and must be used up; any
/// other value is the single argument; a mapping (anything with <c>__getitem__</c> other than a
/// tuple or a string) also serves <c>%(key)s</c> and need not be used up.</para>
/// </summary>
public static class PercentFormatter
{
    [Flags]
    private enum Flags
    {
        None = 0,
        LeftJustify = 1,
        Sign = 2,
        Blank = 4,
        Alternate = 8,
        Zero = 16,
    }

    /// <summary><c>format % args</c> for a str format.</summary>
    public static string Format(string format, Value args) => new Engine(format, args, bytes: false).Run();

    /// <summary><c>format % args</c> for a bytes (or bytearray) format.</summary>
    public static byte[] Format(ReadOnlySpan<byte> format, Value args) =>
        Encoding.Latin1.GetBytes(new Engine(Encoding.Latin1.GetString(format), args, bytes: true).Run());

    /// <summary>An int as <c>%d</c>, <c>%o</c>, <c>%x</c>, <c>%X</c> write it before padding: sign,
    /// the "0x"/"0o" marker when <paramref name="alternate"/>, and zeros up to
    /// <paramref name="precision"/> digits (CPython's _PyUnicode_FormatLong).</summary>
    public static string FormatLong(BigInteger value, bool alternate, int precision, char type)
    {
        string digits = type switch
        {
            'o' => SpecFormatter.ToBase(BigInteger.Abs(value), 8, upper: false),
            'x' => SpecFormatter.ToBase(BigInteger.Abs(value), 16, upper: false),
            'X' => SpecFormatter.ToBase(BigInteger.Abs(value), 16, upper: true),
            _ => Ops.IntToString(BigInteger.Abs(value)),
        };
        string prefix = !alternate ? string.Empty : type switch
        {
            'o' => "0o",
            'x' => "0x",
            'X' => "0X",
            _ => string.Empty,
        };
        var sb = new StringBuilder(digits.Length + 3);
        if (value.Sign < 0)
        {
            sb.Append('-');
        }

        sb.Append(prefix);
        if (precision > digits.Length)
        {
            sb.Append('0', precision - digits.Length);
        }

        return sb.Append(digits).ToString();
    }

    private struct Conversion
    {
        public Flags Flags;
        public int Width;
        public int Precision;
        public int Code;

        /// <summary>True for numeric conversions, whose sign and "0x" prefix go before zero padding.</summary>
        public bool Signed;
    }

    private sealed class Engine
    {
        private readonly string _format;
        private readonly bool _bytes;
        private readonly Value _dict;
        private readonly StringBuilder _output = new();
        private Value _args;
        private int _argCount;
        private int _argIndex;
        private int _pos;

        public Engine(string format, Value args, bool bytes)
        {
            _format = format;
            _bytes = bytes;
            _args = args;
            if (args.ObjectOrNull is PyTuple tuple)
            {
                _argCount = tuple.Count;
                _argIndex = 0;
            }
            else
            {
                // A single argument: index -2 means "not yet taken", -1 "taken".
                _argCount = -1;
                _argIndex = -2;
            }

            bool isMapping = args.IsObject
                && args.Object is not (PyTuple or PyStr)
                && !(bytes && args.Object is PyBytes)
                && !args.Type.Lookup("__getitem__").IsUnbound;
            _dict = isMapping ? args : Value.Unbound;
        }

        public string Run()
        {
            while (_pos < _format.Length)
            {
                int percent = _format.IndexOf('%', _pos);
                if (percent < 0)
                {
                    _output.Append(_format, _pos, _format.Length - _pos);
                    break;
                }

                _output.Append(_format, _pos, percent - _pos);
                _pos = percent + 1;
                if (_pos < _format.Length && _format[_pos] == '%')
                {
                    _output.Append('%');
                    _pos++;
                    continue;
                }

                FormatOne();
            }

            if (_argIndex < _argCount && _dict.IsUnbound)
            {
                throw NotAllConverted();
            }

            return _output.ToString();
        }

        private PyException NotAllConverted() =>
            PyErr.TypeError($"not all arguments converted during {(_bytes ? "bytes" : "string")} formatting");

        private void FormatOne()
        {
            Conversion conversion = Parse();
            string text = Convert(ref conversion);
            Output(text, conversion);
            if (!_dict.IsUnbound && _argIndex < _argCount)
            {
                throw NotAllConverted();
            }
        }

        /// <summary>Reads <c>[(key)][flags][width][.precision][h|l|L]code</c> after a '%'.</summary>
        private Conversion Parse()
        {
            var conversion = new Conversion { Width = -1, Precision = -1 };
            if (_pos < _format.Length && _format[_pos] == '(')
            {
                ReadMappingKey();
            }

            while (_pos < _format.Length)
            {
                Flags flag = _format[_pos] switch
                {
                    '-' => Flags.LeftJustify,
                    '+' => Flags.Sign,
                    ' ' => Flags.Blank,
                    '#' => Flags.Alternate,
                    '0' => Flags.Zero,
                    _ => Flags.None,
                };
                if (flag == Flags.None)
                {
                    break;
                }

                conversion.Flags |= flag;
                _pos++;
            }

            if (_pos < _format.Length && _format[_pos] == '*')
            {
                _pos++;
                long width = StarArgument();
                if (width < 0)
                {
                    conversion.Flags |= Flags.LeftJustify;
                    width = -width;
                }

                conversion.Width = width > int.MaxValue ? throw PyErr.MemoryError() : (int)width;
            }
            else if (_pos < _format.Length && char.IsAsciiDigit(_format[_pos]))
            {
                conversion.Width = ReadNumber("width too big");
            }

            if (_pos < _format.Length && _format[_pos] == '.')
            {
                _pos++;
                conversion.Precision = 0;
                if (_pos < _format.Length && _format[_pos] == '*')
                {
                    _pos++;
                    long precision = StarArgument();
                    if (precision is > int.MaxValue or < int.MinValue)
                    {
                        throw PyErr.OverflowError("Python int too large to convert to C int");
                    }

                    conversion.Precision = Math.Max(0, (int)precision);
                }
                else if (_pos < _format.Length && char.IsAsciiDigit(_format[_pos]))
                {
                    conversion.Precision = ReadNumber("precision too big");
                }
            }

            // C's length modifiers are accepted and ignored.
            if (_pos < _format.Length && _format[_pos] is 'h' or 'l' or 'L')
            {
                _pos++;
            }

            if (_pos >= _format.Length)
            {
                throw PyErr.ValueError("incomplete format");
            }

            conversion.Code = CodePoints.At(_format, _pos);
            _pos += CodePoints.UnitsAt(_format, _pos);
            return conversion;
        }

        /// <summary><c>%(key)</c>: the key runs to the matching parenthesis; its value becomes the
        /// single argument of this conversion.</summary>
        private void ReadMappingKey()
        {
            if (_dict.IsUnbound)
            {
                throw PyErr.TypeError("format requires a mapping");
            }

            int start = ++_pos;
            int depth = 1;
            while (depth > 0 && _pos < _format.Length)
            {
                char c = _format[_pos++];
                if (c == ')')
                {
                    depth--;
                }
                else if (c == '(')
                {
                    depth++;
                }
            }

            if (depth > 0)
            {
                throw PyErr.ValueError("incomplete format key");
            }

            string key = _format[start..(_pos - 1)];
            Value keyValue = _bytes ? new PyBytes(Encoding.Latin1.GetBytes(key)) : PyStr.From(key);
            _args = Ops.GetItem(_dict, keyValue);
            _argCount = -1;
            _argIndex = -2;
        }

        private int ReadNumber(string tooBig)
        {
            long value = 0;
            while (_pos < _format.Length && char.IsAsciiDigit(_format[_pos]))
            {
                value = value * 10 + (_format[_pos++] - '0');
                if (value > int.MaxValue)
                {
                    throw PyErr.ValueError(tooBig);
                }
            }

            return (int)value;
        }

        private long StarArgument()
        {
            Value v = NextArgument();
            if (!Ops.IsIntLike(v))
            {
                throw PyErr.TypeError("* wants int");
            }

            return Ops.AsSsize(v);
        }

        private Value NextArgument()
        {
            if (_argIndex < _argCount)
            {
                int index = _argIndex++;
                return _argCount < 0 ? _args : ((PyTuple)_args.Object).Items[index];
            }

            throw PyErr.TypeError("not enough arguments for format string");
        }

        /// <summary>The text of one conversion before padding.</summary>
        private string Convert(ref Conversion conversion)
        {
            Value v = NextArgument();
            switch (conversion.Code)
            {
                case 's' when !_bytes:
                    return Ops.Str(v);
                case 's' or 'b' when _bytes:
                    return Encoding.Latin1.GetString(BytesOf(v));
                case 'r' when !_bytes:
                    return Ops.Repr(v);
                case 'a':
                case 'r' when _bytes:
                    return PyRepr.AsciiEscape(Ops.Repr(v));
                case 'd' or 'i' or 'u' or 'o' or 'x' or 'X':
                    conversion.Signed = true;
                    return FormatInteger(v, conversion);
                case 'e' or 'E' or 'f' or 'F' or 'g' or 'G':
                    conversion.Signed = true;
                    return FormatFloat(v, conversion);
                case 'c':
                    return _bytes ? ByteChar(v) : Char(v);
                default:
                    int code = conversion.Code;
                    int index = _bytes ? _pos - 1 : PyStr.CountCodePoints(_format[.._pos]) - 1;
                    throw PyErr.ValueError($"unsupported format character '{(code is >= 31 and <= 126 ? (char)code : '?')}' (0x{code:x}) at index {index}");
            }
        }

        private string FormatInteger(Value v, in Conversion conversion)
        {
            char code = (char)conversion.Code;
            if (!Ops.IsIntLike(v))
            {
                bool isNumber = v.IsFloat
                    || v.ObjectOrNull is PyFloat or PyComplex
                    || !v.Type.Lookup("__index__").IsUnbound
                    || !v.Type.Lookup("__int__").IsUnbound
                    || !v.Type.Lookup("__float__").IsUnbound;
                try
                {
                    v = isNumber
                        ? (code is 'o' or 'x' or 'X' ? Ops.Index(v) : PyInt.FromObject(v))
                        : throw WrongType(code, v);
                }
                catch (PyException e) when (isNumber && e.Error.Type == PyExc.TypeError)
                {
                    throw WrongType(code, v);
                }
            }

            return FormatLong(Ops.ToBigInteger(v), (conversion.Flags & Flags.Alternate) != 0, conversion.Precision, code);
        }

        private static PyException WrongType(char code, Value v) => PyErr.TypeError(code is 'o' or 'x' or 'X'
            ? $"%{code} format: an integer is required, not {Ops.TypeName(v)}"
            : $"%{code} format: a real number is required, not {Ops.TypeName(v)}");

        private string FormatFloat(Value v, in Conversion conversion)
        {
            double x;
            try
            {
                x = Ops.ToDouble(v);
            }
            catch (PyException e) when (_bytes && e.Error.Type == PyExc.TypeError)
            {
                throw PyErr.TypeError($"float argument required, not {Ops.TypeName(v)}");
            }

            var flags = (conversion.Flags & Flags.Alternate) != 0 ? FloatFlags.Alternate : FloatFlags.None;
            return FloatFormatter.ToString(x, (char)conversion.Code, conversion.Precision < 0 ? 6 : conversion.Precision, flags);
        }

        private static string Char(Value v)
        {
            if (v.ObjectOrNull is PyStr s)
            {
                return s.Length == 1 ? s.Text : throw PyErr.TypeError("%c requires int or char");
            }

            if (!Ops.HasIndex(v))
            {
                throw PyErr.TypeError("%c requires int or char");
            }

            BigInteger code = Ops.ToBigInteger(Ops.Index(v));
            return code.Sign < 0 || code > 0x10ffff
                ? throw PyErr.OverflowError("%c arg not in range(0x110000)")
                : CodePoints.ToText((int)code);
        }

        private static string ByteChar(Value v)
        {
            ReadOnlySpan<byte> bytes = PyBytes.BytesOf(v, out bool isBytes);
            if (isBytes && bytes.Length == 1)
            {
                return ((char)bytes[0]).ToString();
            }

            if (isBytes || !Ops.HasIndex(v))
            {
                throw PyErr.TypeError("%c requires an integer in range(256) or a single byte");
            }

            BigInteger code = Ops.ToBigInteger(Ops.Index(v));
            return code.Sign < 0 || code > 255
                ? throw PyErr.OverflowError("%c arg not in range(256)")
                : ((char)(int)code).ToString();
        }

        /// <summary>The bytes of <c>%s</c>/<c>%b</c> in a bytes format: a bytes-like object, or
        /// <c>__bytes__</c>.</summary>
        private static byte[] BytesOf(Value v)
        {
            ReadOnlySpan<byte> bytes = PyBytes.BytesOf(v, out bool ok);
            if (ok)
            {
                return bytes.ToArray();
            }

            Value method = v.Type.Lookup("__bytes__");
            if (!method.IsUnbound)
            {
                Value result = Ops.CallSpecial(method, v, default, null);
                return result.ObjectOrNull is PyBytes b
                    ? b.Data
                    : throw PyErr.TypeError($"__bytes__ returned non-bytes (type {Ops.TypeName(result)})");
            }

            throw PyErr.TypeError($"%b requires a bytes-like object, or an object that implements __bytes__, not '{Ops.TypeName(v)}'");
        }

        /// <summary>Pads <paramref name="text"/> into the output as CPython's
        /// unicode_format_arg_output: for numbers the sign (and a "0x" prefix) go before zero
        /// padding and after space padding.</summary>
        private void Output(string text, Conversion conversion)
        {
            Flags flags = conversion.Flags;
            bool signed = conversion.Signed;
            char fill = signed && (flags & Flags.Zero) != 0 ? '0' : ' ';
            int length = PyStr.CountCodePoints(text);
            int width = conversion.Width;
            int precision = conversion.Precision;
            if ((width == -1 || width <= length) && (precision == -1 || precision >= length) && (flags & (Flags.Sign | Flags.Blank)) == 0)
            {
                _output.Append(text);
                return;
            }

            int start = 0;
            int end = text.Length;
            if (conversion.Code is 's' or 'r' or 'a' && precision >= 0 && length > precision)
            {
                length = precision;
                end = CodePoints.UnitIndex(text, precision);
            }

            char signChar = '\0';
            if (signed)
            {
                if (text[0] is '-' or '+')
                {
                    signChar = text[0];
                    length--;
                    start++;
                }
                else if ((flags & Flags.Sign) != 0)
                {
                    signChar = '+';
                }
                else if ((flags & Flags.Blank) != 0)
                {
                    signChar = ' ';
                }
                else
                {
                    signed = false;
                }
            }

            width = Math.Max(width, length);
            if (signed)
            {
                if (fill != ' ')
                {
                    _output.Append(signChar);
                }

                if (width > length)
                {
                    width--;
                }
            }

            bool prefix = (flags & Flags.Alternate) != 0 && conversion.Code is 'x' or 'X' or 'o';
            if (prefix)
            {
                if (fill != ' ')
                {
                    _output.Append(text, start, 2);
                    start += 2;
                }

                width = Math.Max(width - 2, 0);
                length -= 2;
            }

            if (width > length && (flags & Flags.LeftJustify) == 0)
            {
                _output.Append(fill, width - length);
                width = length;
            }

            if (fill == ' ')
            {
                if (signed)
                {
                    _output.Append(signChar);
                }

                if (prefix)
                {
                    _output.Append(text, start, 2);
                    start += 2;
                }
            }

            _output.Append(text, start, end - start);
            if (width > length)
            {
                _output.Append(' ', width - length);
            }
        }

    }
}
