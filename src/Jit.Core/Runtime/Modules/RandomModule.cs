using System.Numerics;
using System.Security.Cryptography;
using System.Text;
using Jit.Runtime.Objects;

namespace Jit.Runtime.Modules;

/// <summary><c>_random</c>: CPython's Mersenne Twister (MT19937) with its seeding, so seeded
/// sequences match CPython's. The rest of <c>random</c> is Python code (Lib/random.py) over it.</summary>
internal static class RandomModule
{
    public static PyModule Create()
    {
        var m = new NativeModule("_random");
        m.Function("Generator", (args, kwnames) => new MersenneTwister(args.Length > 0 ? args[0] : Value.None));
        return m.Module;
    }
}

/// <summary>One generator's state; Python sees it as <c>_random.Generator</c> with seed(), random()
/// and getrandbits().</summary>
[PyClass("_random.Generator")]
internal sealed class MersenneTwister : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("Generator", TypeFlags.Builtin | TypeFlags.Layout, module: "_random");

    private const int N = 624;
    private const int M = 397;
    private readonly uint[] _state = new uint[N];
    private int _index = N + 1;

    public MersenneTwister(Value seed)
        : base(TypeObject)
    {
        Seed(seed);
    }

    public void Seed(Value seed)
    {
        BigInteger key;
        if (seed.IsNone)
        {
            key = new BigInteger(RandomNumberGenerator.GetBytes(32), isUnsigned: true);
        }
        else if (Ops.IsIntLike(seed))
        {
            key = BigInteger.Abs(Ops.ToBigInteger(seed));
        }
        else if (seed.ObjectOrNull is PyStr or PyBytes or PyByteArray)
        {
            // Version 2 seeding: the text's bytes followed by their SHA-512, as one big-endian int.
            byte[] bytes = seed.ObjectOrNull is PyStr s ? Encoding.UTF8.GetBytes(s.Text) : ((PyBytes)seed.Object).Data.ToArray();
            byte[] all = [.. bytes, .. SHA512.HashData(bytes)];
            key = new BigInteger(all, isUnsigned: true, isBigEndian: true);
        }
        else if (seed.IsFloat || seed.ObjectOrNull is PyFloat)
        {
            key = BigInteger.Abs(new BigInteger(Ops.Hash(seed)));
        }
        else
        {
            throw PyErr.TypeError("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
        }

        byte[] little = key.IsZero ? [0] : key.ToByteArray(isUnsigned: true, isBigEndian: false);
        var words = new uint[Math.Max(1, (little.Length + 3) / 4)];
        for (int i = 0; i < little.Length; i++)
        {
            words[i / 4] |= (uint)little[i] << (8 * (i % 4));
        }

        InitByArray(words);
    }

    private void InitGenrand(uint s)
    {
        _state[0] = s;
        for (int i = 1; i < N; i++)
        {
            _state[i] = (1812433253u * (_state[i - 1] ^ (_state[i - 1] >> 30))) + (uint)i;
        }

        _index = N;
    }

    private void InitByArray(uint[] key)
    {
        InitGenrand(19650218u);
        int i = 1;
        int j = 0;
        for (int k = Math.Max(N, key.Length); k > 0; k--)
        {
            _state[i] = (_state[i] ^ ((_state[i - 1] ^ (_state[i - 1] >> 30)) * 1664525u)) + key[j] + (uint)j;
            i++;
            j++;
            if (i >= N)
            {
                _state[0] = _state[N - 1];
                i = 1;
            }

            if (j >= key.Length)
            {
                j = 0;
            }
        }

        for (int k = N - 1; k > 0; k--)
        {
            _state[i] = (_state[i] ^ ((_state[i - 1] ^ (_state[i - 1] >> 30)) * 1566083941u)) - (uint)i;
            i++;
            if (i >= N)
            {
                _state[0] = _state[N - 1];
                i = 1;
            }
        }

        _state[0] = 0x80000000u;
    }

    public uint Next()
    {
        if (_index >= N)
        {
            for (int k = 0; k < N; k++)
            {
                uint y = (_state[k] & 0x80000000u) | (_state[(k + 1) % N] & 0x7fffffffu);
                _state[k] = _state[(k + M) % N] ^ (y >> 1) ^ ((y & 1) != 0 ? 0x9908b0dfu : 0u);
            }

            _index = 0;
        }

        uint value = _state[_index++];
        value ^= value >> 11;
        value ^= (value << 7) & 0x9d2c5680u;
        value ^= (value << 15) & 0xefc60000u;
        value ^= value >> 18;
        return value;
    }

    public double Random()
    {
        uint a = Next() >> 5;
        uint b = Next() >> 6;
        return ((a * 67108864.0) + b) * (1.0 / 9007199254740992.0);
    }

    public Value GetRandBits(long k)
    {
        if (k < 0)
        {
            throw PyErr.ValueError("number of bits must be non-negative");
        }

        if (k <= 32)
        {
            return Value.FromInt(k == 0 ? 0 : Next() >> (int)(32 - k));
        }

        int words = (int)((k - 1) / 32) + 1;
        var bytes = new byte[words * 4];
        for (int i = 0; i < words; i++, k -= 32)
        {
            uint r = Next();
            if (k < 32)
            {
                r >>= (int)(32 - k);
            }

            BitConverter.TryWriteBytes(bytes.AsSpan(i * 4), r);
        }

        return PyInt.Make(new BigInteger(bytes, isUnsigned: true, isBigEndian: false));
    }

    /// <summary>The state as CPython gives it: the 624 words, then the position in them.</summary>
    public PyTuple GetState()
    {
        var items = new Value[N + 1];
        for (int i = 0; i < N; i++)
        {
            items[i] = Value.FromInt(_state[i]);
        }

        items[N] = Value.FromInt(_index);
        return new PyTuple(items);
    }

    public void SetState(Value state)
    {
        if (state.ObjectOrNull is not PyTuple tuple)
        {
            throw PyErr.TypeError("state vector must be a tuple");
        }

        if (tuple.Items.Length != N + 1)
        {
            throw PyErr.ValueError("state vector is the wrong size");
        }

        var words = new uint[N];
        for (int i = 0; i < N; i++)
        {
            BigInteger word = Ops.ToBigInteger(tuple.Items[i]);
            if (word < 0 || word > uint.MaxValue)
            {
                throw PyErr.OverflowError("Python int too large to convert to C unsigned long");
            }

            words[i] = (uint)word;
        }

        long index = Ops.AsSsize(tuple.Items[N]);
        if (index < 0 || index > N)
        {
            throw PyErr.ValueError("invalid state");
        }

        words.CopyTo(_state, 0);
        _index = (int)index;
    }

    [PyMethod("getstate")]
    private static Value GetStateMethod(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.NoArguments("getstate", args, kwnames, self: true);
        return ((MersenneTwister)args[0].Object).GetState();
    }

    [PyMethod("setstate")]
    private static Value SetStateMethod(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("setstate", args, kwnames, 1, self: true);
        ((MersenneTwister)args[0].Object).SetState(args[1]);
        return Value.None;
    }

    [PyMethod("seed")]
    private static Value SeedMethod(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ((MersenneTwister)args[0].Object).Seed(args.Length > 1 ? args[1] : Value.None);
        return Value.None;
    }

    [PyMethod("random")]
    private static Value RandomMethod(ReadOnlySpan<Value> args, string[]? kwnames) => Value.FromFloat(((MersenneTwister)args[0].Object).Random());

    [PyMethod("getrandbits")]
    private static Value GetRandBitsMethod(ReadOnlySpan<Value> args, string[]? kwnames)
    {
        ArgParser.Exactly("getrandbits", args, kwnames, 1, self: true);
        return ((MersenneTwister)args[0].Object).GetRandBits(Ops.AsSsize(args[1]));
    }
}
