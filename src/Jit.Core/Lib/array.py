"""Typed arrays of numbers, stored in a list and checked on the way in."""

typecodes = 'bBuhHiIlLqQfd'
_limits = {'b': (-128, 127), 'B': (0, 255), 'h': (-32768, 32767), 'H': (0, 65535),
           'i': (-2147483648, 2147483647), 'I': (0, 4294967295), 'l': (-9223372036854775808, 9223372036854775807),
           'L': (0, 18446744073709551615), 'q': (-9223372036854775808, 9223372036854775807), 'Q': (0, 18446744073709551615)}
_sizes = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'f': 4, 'd': 8}


class array:
    def __init__(self, typecode, initializer=()):
        if typecode not in typecodes:
            raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)')
        self.typecode = typecode
        self.itemsize = _sizes[typecode]
        self._items = []
        if isinstance(initializer, str) and typecode != 'u':
            raise TypeError(f"cannot use a str to initialize an array with typecode '{typecode}'")
        self.extend(initializer)

    def _check(self, value):
        if self.typecode in 'fd':
            if not isinstance(value, (int, float)):
                raise TypeError(f"must be real number, not {type(value).__name__}")
            return float(value)
        if self.typecode == 'u':
            return value
        if not isinstance(value, int):
            raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
        low, high = _limits[self.typecode]
        if not low <= value <= high:
            if self.typecode in 'bh':
                raise OverflowError(f"signed {'char' if self.typecode == 'b' else 'short integer'} is {'less than minimum' if value < low else 'greater than maximum'}")
            raise OverflowError(f"{'unsigned byte integer' if self.typecode == 'B' else 'signed integer' if self.typecode in 'il' else 'unsigned integer'} is {'less than minimum' if value < low else 'greater than maximum'}")
        return value

    def append(self, value):
        self._items.append(self._check(value))

    def extend(self, iterable):
        for value in iterable:
            self.append(value)

    def insert(self, i, value):
        self._items.insert(i, self._check(value))

    def pop(self, i=-1):
        return self._items.pop(i)

    def remove(self, value):
        self._items.remove(value)

    def index(self, value):
        return self._items.index(value)

    def count(self, value):
        return self._items.count(value)

    def reverse(self):
        self._items.reverse()

    def tolist(self):
        return list(self._items)

    def fromlist(self, values):
        self.extend(values)

    def buffer_info(self):
        return (id(self), len(self._items))

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return array(self.typecode, self._items[i])
        try:
            return self._items[i]
        except IndexError:
            raise IndexError('array index out of range') from None

    def __setitem__(self, i, value):
        if isinstance(i, slice):
            self._items[i] = [self._check(v) for v in value]
        else:
            try:
                self._items[i] = self._check(value)
            except IndexError:
                raise IndexError('array assignment index out of range') from None

    def __delitem__(self, i):
        del self._items[i]

    def __contains__(self, value):
        return value in self._items

    def __eq__(self, other):
        return isinstance(other, array) and self._items == other._items

    def __add__(self, other):
        return array(self.typecode, self._items + other._items)

    def __mul__(self, n):
        return array(self.typecode, self._items * n)

    def __repr__(self):
        if not self._items:
            return f"array('{self.typecode}')"
        return f"array('{self.typecode}', {self._items!r})"
