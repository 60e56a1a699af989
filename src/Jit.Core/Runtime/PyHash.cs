using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Jit.Runtime;

/// <summary>CPython 3.11's hash functions: numbers hash modulo the Mersenne prime 2^61 - 1 (so equal
/// ints, floats and complexes hash alike), tuples with the xxHash-style mix, str and bytes with
/// SipHash-1-3 keyed by zeros (<c>PYTHONHASHSEED=0</c>). -1 is never a hash (it signals errors in C).</summary>
public static class PyHash
{
    public const int Bits = 61;
    public const long Modulus = (1L << Bits) - 1;
    public const long Inf = 314159;
    public const long Imag = 1000003;

    private const ulong XxPrime1 = 11400714785074694791UL;
    private const ulong XxPrime2 = 14029467366897019727UL;
    private const ulong XxPrime5 = 2870177450012600261UL;

    private static readonly BigInteger s_modulus = Modulus;

    private static readonly CachedHash?[] s_stringHashes = new CachedHash?[4096];

    public static long Int(long value)
    {
        if (value > -Modulus && value < Modulus)
        {
            return value == -1 ? -2 : value;
        }

        if (value == long.MinValue)
        {
            // |MinValue| = 2^63 = 4 * 2^61 ≡ 4 (mod 2^61 - 1).
            return -4;
        }

        long h = Math.Abs(value) % Modulus;
        h = value < 0 ? -h : h;
        return h == -1 ? -2 : h;
    }

    public static long BigInt(BigInteger value)
    {
        long h = (long)(BigInteger.Abs(value) % s_modulus);
        h = value.Sign < 0 ? -h : h;
        return h == -1 ? -2 : h;
    }

    public static long Float(double value)
    {
        if (!double.IsFinite(value))
        {
            // CPython hashes a NaN by identity; inline NaNs have none, so they share one hash.
            return double.IsNaN(value) ? 0 : value > 0 ? Inf : -Inf;
        }

        if (value == 0)
        {
            return 0;
        }

        // frexp: value = m * 2^e with 0.5 <= |m| < 1.
        int e = Math.ILogB(value) + 1;
        double m = Math.ScaleB(value, -e);

        int sign = 1;
        if (m < 0)
        {
            sign = -1;
            m = -m;
        }

        ulong x = 0;
        while (m != 0)
        {
            x = ((x << 28) & Modulus) | (x >> (Bits - 28));
            m *= 268435456.0;
            e -= 28;
            ulong y = (ulong)m;
            m -= y;
            x += y;
            if (x >= Modulus)
            {
                x -= Modulus;
            }
        }

        e = e >= 0 ? e % Bits : Bits - 1 - ((-1 - e) % Bits);
        x = ((x << e) & Modulus) | (x >> (Bits - e));
        long result = (long)x * sign;
        return result == -1 ? -2 : result;
    }

    public static long Complex(double real, double imag)
    {
        ulong h = (ulong)Float(real) + ((ulong)Imag * (ulong)Float(imag));
        long result = (long)h;
        return result == -1 ? -2 : result;
    }

    /// <summary>The 3.11 tuple hash: start from <see cref="TupleStart"/>, <see cref="Mix"/> in each
    /// item's hash, then <see cref="Finish"/>.</summary>
    public const ulong TupleStart = XxPrime5;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong acc, long lane)
    {
        acc += (ulong)lane * XxPrime2;
        acc = BitOperations.RotateLeft(acc, 31);
        return acc * XxPrime1;
    }

    public static long Finish(ulong acc, int length)
    {
        acc += (ulong)length ^ (XxPrime5 ^ 3527539UL);
        return acc == ulong.MaxValue ? 1546275796 : (long)acc;
    }

    /// <summary>Identity hash of an object without a value hash.</summary>
    public static long Pointer(object value) => RuntimeHelpers.GetHashCode(value);

    /// <summary>hash(str): SipHash-1-3 over CPython's compact representation of the string.</summary>
    public static long String(string value)
    {
        if (value.Length == 0)
        {
            return 0;
        }

        int max = 0;
        bool pairs = false;
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                pairs = true;
                break;
            }

            max = Math.Max(max, c);
        }

        long hash;
        if (pairs)
        {
            var units = new List<uint>(value.Length);
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    units.Add((uint)char.ConvertToUtf32(c, value[i + 1]));
                    i++;
                }
                else
                {
                    units.Add(c);
                }
            }

            hash = (long)SipHash13(MemoryMarshal.AsBytes(CollectionsMarshal.AsSpan(units)));
        }
        else if (max < 256)
        {
            Span<byte> bytes = value.Length <= 256 ? stackalloc byte[value.Length] : new byte[value.Length];
            for (int i = 0; i < value.Length; i++)
            {
                bytes[i] = (byte)value[i];
            }

            hash = (long)SipHash13(bytes);
        }
        else
        {
            hash = (long)SipHash13(MemoryMarshal.AsBytes(value.AsSpan()));
        }

        return hash == -1 ? -2 : hash;
    }

    /// <summary><see cref="String"/> through a small cache keyed by the string object, so the
    /// attribute and global names of compiled code are hashed once. Entries are immutable objects,
    /// so threads can share the cache without locks.</summary>
    public static long StringCached(string value)
    {
        int slot = RuntimeHelpers.GetHashCode(value) & (s_stringHashes.Length - 1);
        CachedHash? entry = s_stringHashes[slot];
        if (entry is not null && ReferenceEquals(entry.Key, value))
        {
            return entry.Hash;
        }

        long hash = String(value);
        s_stringHashes[slot] = new CachedHash(value, hash);
        return hash;
    }

    /// <summary>hash(bytes).</summary>
    public static long Bytes(ReadOnlySpan<byte> value)
    {
        if (value.Length == 0)
        {
            return 0;
        }

        long hash = (long)SipHash13(value);
        return hash == -1 ? -2 : hash;
    }

    /// <summary>SipHash-1-3 with a zero key, as CPython's <c>siphash13</c> (little-endian).</summary>
    private static ulong SipHash13(ReadOnlySpan<byte> data)
    {
        ulong b = (ulong)data.Length << 56;
        ulong v0 = 0x736f6d6570736575UL;
        ulong v1 = 0x646f72616e646f6dUL;
        ulong v2 = 0x6c7967656e657261UL;
        ulong v3 = 0x7465646279746573UL;
        while (data.Length >= 8)
        {
            ulong mi = System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(data);
            data = data[8..];
            v3 ^= mi;
            Round(ref v0, ref v1, ref v2, ref v3);
            v0 ^= mi;
        }

        ulong t = 0;
        for (int i = data.Length - 1; i >= 0; i--)
        {
            t = (t << 8) | data[i];
        }

        b |= t;
        v3 ^= b;
        Round(ref v0, ref v1, ref v2, ref v3);
        v0 ^= b;
        v2 ^= 0xff;
        Round(ref v0, ref v1, ref v2, ref v3);
        Round(ref v0, ref v1, ref v2, ref v3);
        Round(ref v0, ref v1, ref v2, ref v3);
        return (v0 ^ v1) ^ (v2 ^ v3);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Round(ref ulong v0, ref ulong v1, ref ulong v2, ref ulong v3)
    {
        v0 += v1;
        v2 += v3;
        v1 = BitOperations.RotateLeft(v1, 13) ^ v0;
        v3 = BitOperations.RotateLeft(v3, 16) ^ v2;
        v0 = BitOperations.RotateLeft(v0, 32);
        v2 += v1;
        v0 += v3;
        v1 = BitOperations.RotateLeft(v1, 17) ^ v2;
        v3 = BitOperations.RotateLeft(v3, 21) ^ v0;
        v2 = BitOperations.RotateLeft(v2, 32);
    }

    private sealed record CachedHash(string Key, long Hash);
}
