"""A fixed-size bitset class over a Python int: set operations via operators, iteration,
slicing-style ranges, rank/select, hashing, and a sieve of Eratosthenes built on it."""
import operator


class BitSet:
    __slots__ = ("size", "bits")

    def __init__(self, size, bits=0):
        if size < 0:
            raise ValueError("size must be non-negative")
        self.size = size
        self.bits = bits & ((1 << size) - 1)

    @classmethod
    def of(cls, size, *indices):
        b = cls(size)
        for i in indices:
            b.add(i)
        return b

    def _check(self, i):
        if not 0 <= i < self.size:
            raise IndexError(f"bit {i} out of range for size {self.size}")

    def add(self, i):
        self._check(i)
        self.bits |= 1 << i

    def discard(self, i):
        self._check(i)
        self.bits &= ~(1 << i)

    def flip_range(self, start, stop):
        mask = ((1 << (stop - start)) - 1) << start
        self.bits ^= mask & ((1 << self.size) - 1)

    def __contains__(self, i):
        return 0 <= i < self.size and (self.bits >> i) & 1 == 1

    def __getitem__(self, i):
        if i < 0:
            i += self.size
        self._check(i)
        return (self.bits >> i) & 1

    def __len__(self):
        return bin(self.bits).count("1")

    def __iter__(self):
        b = self.bits
        while b:
            low = b & -b
            yield low.bit_length() - 1
            b ^= low

    def _same(self, other):
        if other.size != self.size:
            raise ValueError(f"size mismatch: {self.size} vs {other.size}")

    def _binop(self, other, fn):
        if not isinstance(other, BitSet):
            return NotImplemented
        self._same(other)
        return BitSet(self.size, fn(self.bits, other.bits))

    __or__ = lambda self, other: self._binop(other, operator.or_)
    __and__ = lambda self, other: self._binop(other, operator.and_)
    __xor__ = lambda self, other: self._binop(other, operator.xor)
    __sub__ = lambda self, other: self._binop(other, lambda x, y: x & ~y)

    def __invert__(self):
        return BitSet(self.size, ~self.bits)

    def __ior__(self, other):
        self._same(other)
        self.bits |= other.bits
        return self

    def __eq__(self, other):
        return isinstance(other, BitSet) and (self.size, self.bits) == (other.size, other.bits)

    def __le__(self, other):
        return self.bits & ~other.bits == 0

    def __hash__(self):
        return hash((self.size, self.bits))

    def rank(self, i):
        return bin(self.bits & ((1 << i) - 1)).count("1")

    def select(self, k):
        for n, i in enumerate(self):
            if n == k:
                return i
        raise LookupError(f"fewer than {k + 1} bits set")

    def __str__(self):
        return "".join("1" if i in self else "0" for i in range(self.size))

    def __repr__(self):
        return f"BitSet({self.size}, {list(self)})"


def sieve(n):
    composite = BitSet(n + 1)
    composite.add(0)
    composite.add(1)
    for p in range(2, int(n ** 0.5) + 1):
        if p not in composite:
            for m in range(p * p, n + 1, p):
                composite.add(m)
    return ~composite


a = BitSet.of(16, 1, 3, 5, 7, 9)
b = BitSet.of(16, 3, 4, 5, 6)
print(a, b, sep="\n")
for name, value in [("a|b", a | b), ("a&b", a & b), ("a^b", a ^ b), ("a-b", a - b), ("~a", ~a)]:
    print(f"{name:<4}{value} {list(value)} len={len(value)}")
print("subset:", (a & b) <= a, a <= b, "contains:", 5 in a, 6 in a, 99 in a, "a[-7]:", a[-7])
print("rank(6):", a.rank(6), "select(3):", a.select(3), "hash equal:", hash(a & b) == hash(BitSet.of(16, 3, 5)))
c = BitSet(16)
c |= a
c.flip_range(4, 12)
c.discard(1)
print("c:", c, repr(c), {a, BitSet.of(16, 1, 3, 5, 7, 9), c} == {a, c})
primes = sieve(100)
print("primes:", list(primes))
print("pi(100):", len(primes), "rank(50):", primes.rank(50), "25th prime:", primes.select(24))
big = sieve(5000)
print("pi(5000):", len(big), "last:", max(big), "bits:", big.bits.bit_length())
for bad in (lambda: a.add(16), lambda: a | BitSet(8), lambda: a.select(10), lambda: a | 3, lambda: BitSet(-1)):
    try:
        bad()
    except (IndexError, ValueError, LookupError, TypeError) as exc:
        print(f"{type(exc).__name__}: {exc}")
