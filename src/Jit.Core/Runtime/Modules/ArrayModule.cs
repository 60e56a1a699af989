using System.Buffers.Binary;
using System.Numerics;
using Jit.Runtime.Objects;

namespace Jit.Runtime.Modules;

/// <summary><c>_array</c>: the machine representation of <c>array.array</c> items (little-endian,
/// C sizes of x86-64 Linux), for tobytes/frombytes. The array itself is Python (Lib/array.py).</summary>
internal static class ArrayModule
{
    public static PyModule Create()
    {
        var m = new NativeModule("_array");
        m.Function("pack", (args, kwnames) =>
        {
            ArgParser.Exactly("pack", args, kwnames, 2);
            char code = Code(args[0]);
            Value[] items = Ops.ToArray(args[1]);
            int size = ItemSize(code);
            var data = new byte[items.Length * size];
            for (int i = 0; i < items.Length; i++)
            {
                Pack(code, items[i], data.AsSpan(i * size, size));
            }

            return new PyBytes(data);
        })
        .Function("unpack", (args, kwnames) =>
        {
            ArgParser.Exactly("unpack", args, kwnames, 2);
            char code = Code(args[0]);
            byte[] data = args[1].ObjectOrNull switch
            {
                PyBytes b => b.Data,
                PyByteArray b => b.AsSpan().ToArray(),
                _ => throw PyErr.TypeError($"a bytes-like object is required, not '{Ops.TypeName(args[1])}'"),
            };
            int size = ItemSize(code);
            if (data.Length % size != 0)
            {
                throw PyErr.ValueError("bytes length not a multiple of item size");
            }

            var items = new Value[data.Length / size];
            for (int i = 0; i < items.Length; i++)
            {
                items[i] = Unpack(code, data.AsSpan(i * size, size));
            }

            return new PyList(items);
        });
        return m.Module;
    }

    private static char Code(Value value) => ((PyStr)value.Object).Text[0];

    private static int ItemSize(char code) => code switch
    {
        'b' or 'B' => 1,
        'h' or 'H' => 2,
        'i' or 'I' or 'f' or 'u' => 4,
        _ => 8,
    };

    private static void Pack(char code, Value item, Span<byte> into)
    {
        switch (code)
        {
            case 'f':
                BinaryPrimitives.WriteSingleLittleEndian(into, (float)Ops.ToDouble(item));
                return;
            case 'd':
                BinaryPrimitives.WriteDoubleLittleEndian(into, Ops.ToDouble(item));
                return;
            case 'u':
                string text = ((PyStr)item.Object).Text;
                BinaryPrimitives.WriteInt32LittleEndian(into, char.ConvertToUtf32(text, 0));
                return;
        }

        BigInteger value = Ops.ToBigInteger(item);
        if (value.Sign < 0)
        {
            value += BigInteger.One << (8 * into.Length);
        }

        value.TryWriteBytes(into, out _, isUnsigned: true, isBigEndian: false);
    }

    private static Value Unpack(char code, ReadOnlySpan<byte> from) => code switch
    {
        'b' => Value.FromInt((sbyte)from[0]),
        'B' => Value.FromInt(from[0]),
        'h' => Value.FromInt(BinaryPrimitives.ReadInt16LittleEndian(from)),
        'H' => Value.FromInt(BinaryPrimitives.ReadUInt16LittleEndian(from)),
        'i' => Value.FromInt(BinaryPrimitives.ReadInt32LittleEndian(from)),
        'I' => Value.FromInt(BinaryPrimitives.ReadUInt32LittleEndian(from)),
        'l' or 'q' => Value.FromInt(BinaryPrimitives.ReadInt64LittleEndian(from)),
        'L' or 'Q' => PyInt.Make(new BigInteger(BinaryPrimitives.ReadUInt64LittleEndian(from))),
        'f' => Value.FromFloat(BinaryPrimitives.ReadSingleLittleEndian(from)),
        'd' => Value.FromFloat(BinaryPrimitives.ReadDoubleLittleEndian(from)),
        _ => PyStr.From(char.ConvertFromUtf32(BinaryPrimitives.ReadInt32LittleEndian(from))),
    };
}
