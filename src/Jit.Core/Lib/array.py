"""Typed arrays of numbers, stored in a list and checked on the way in; tobytes/frombytes go
through _array, which knows the machine layout."""

import _array

typecodes = 'bBuhHiIlLqQfd'
_limits = {'b': (-128, 127), 'B': (0, 255), 'h': (-32768, 32767), 'H': (0, 65535),
           'i': (-2147483648, 2147483647), 'I': (0, 4294967295), 'l': (-9223372036854775808, 9223372036854775807),
           'L': (0, 18446744073709551615), 'q': (-9223372036854775808, 9223372036854775807), 'Q': (0, 18446744073709551615)}
_sizes = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'f': 4, 'd': 8}
# The C type each code stores, as the range errors name it.
_ctypes = {'b': 'signed char', 'B': 'unsigned byte integer', 'h': 'signed short integer', 'H': 'unsigned short',
           'i': 'signed integer', 'I': 'unsigned int', 'L': 'unsigned long', 'Q': 'unsigned long long'}
_wide = {'i': 'long', 'l': 'long', 'q': 'long long', 'I': 'unsigned long', 'L': 'unsigned long',
         'Q': 'unsigned long long', 'b': 'long', 'h': 'long', 'B': 'long', 'H': 'long'}


def _overflow(typecode, value):
    low, high = _limits[typecode]
    wide_low, wide_high = (0, 18446744073709551615) if typecode in 'ILQ' else (-9223372036854775808, 9223372036854775807)
    if typecode in 'lq' or not wide_low <= value <= wide_high and not (typecode in 'ILQ' and value < 0):
        return OverflowError(f"Python int too large to convert to C {_wide[typecode]}")
    return OverflowError(f"{_ctypes[typecode]} is {'less than minimum' if value < low else 'greater than maximum'}")


class array:
    def __init__(self, typecode, initializer=()):
        if not isinstance(typecode, str) or len(typecode) != 1 or typecode not in typecodes:
            raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)')
        self.typecode = typecode
        self.itemsize = _sizes[typecode]
        self._items = []
        if isinstance(initializer, str):
            if typecode != 'u':
                raise TypeError(f"cannot use a str to initialize an array with typecode '{typecode}'")
            self.fromunicode(initializer)
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, array) and initializer.typecode == 'u' and typecode != 'u':
            raise TypeError(f"cannot use a unicode array to initialize an array with typecode '{typecode}'")
        else:
            self.extend(initializer)

    def _check(self, value):
        if self.typecode in 'fd':
            if not isinstance(value, (int, float)):
                raise TypeError(f"must be real number, not {type(value).__name__}")
            if self.typecode == 'f':
                return _array.unpack('f', _array.pack('f', [value]))[0]
            return float(value)
        if self.typecode == 'u':
            if not isinstance(value, str) or len(value) != 1:
                raise TypeError(f"array item must be unicode character, not {type(value).__name__}")
            return value
        if not isinstance(value, int):
            raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
        low, high = _limits[self.typecode]
        if not low <= value <= high:
            raise _overflow(self.typecode, value)
        return int(value)

    def _other(self, other):
        if not isinstance(other, array):
            raise TypeError(f'can only append array (not "{type(other).__name__}") to array')
        if other.typecode != self.typecode:
            raise TypeError("bad argument type for built-in operation")
        return other._items

    def append(self, value):
        self._items.append(self._check(value))

    def extend(self, iterable):
        if isinstance(iterable, array):
            if iterable.typecode != self.typecode:
                raise TypeError("can only extend with array of same kind")
            self._items.extend(iterable._items)
            return
        for value in iterable:
            self.append(value)

    def insert(self, i, value):
        self._items.insert(i, self._check(value))

    def pop(self, i=-1):
        if not self._items:
            raise IndexError('pop from empty array')
        try:
            return self._items.pop(i)
        except IndexError:
            raise IndexError('pop index out of range') from None

    def remove(self, value):
        try:
            self._items.remove(value)
        except ValueError:
            raise ValueError('array.remove(x): x not in array') from None

    def index(self, value, start=0, stop=None):
        try:
            return self._items.index(value, start, len(self._items) if stop is None else stop)
        except ValueError:
            raise ValueError('array.index(x): x not in array') from None

    def count(self, value):
        return self._items.count(value)

    def reverse(self):
        self._items.reverse()

    def tolist(self):
        return list(self._items)

    def fromlist(self, values):
        if not isinstance(values, list):
            raise TypeError("arg must be list")
        checked = [self._check(v) for v in values]
        self._items.extend(checked)

    def tobytes(self):
        return _array.pack(self.typecode, self._items)

    def frombytes(self, data):
        if isinstance(data, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        self._items.extend(_array.unpack(self.typecode, data))

    def fromunicode(self, text):
        if self.typecode != 'u':
            raise ValueError("fromunicode() may only be called on unicode type arrays")
        self._items.extend(text)

    def tounicode(self):
        if self.typecode != 'u':
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return ''.join(self._items)

    def byteswap(self):
        data = self.tobytes()
        size = self.itemsize
        swapped = b''.join(data[i:i + size][::-1] for i in range(0, len(data), size))
        self._items = _array.unpack(self.typecode, swapped)

    def buffer_info(self):
        return (id(self), len(self._items))

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __getitem__(self, i):
        if isinstance(i, slice):
            result = array(self.typecode)
            result._items = self._items[i]
            return result
        try:
            return self._items[i]
        except IndexError:
            raise IndexError('array index out of range') from None

    def __setitem__(self, i, value):
        if isinstance(i, slice):
            if not isinstance(value, array):
                raise TypeError(f"can only assign array (not \"{type(value).__name__}\") to array slice")
            self._items[i] = self._other(value)
        else:
            try:
                self._items[i] = self._check(value)
            except IndexError:
                raise IndexError('array assignment index out of range') from None

    def __delitem__(self, i):
        try:
            del self._items[i]
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __contains__(self, value):
        return value in self._items

    def __eq__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items == other._items

    def __ne__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items != other._items

    def __lt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items < other._items

    def __le__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items <= other._items

    def __gt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items > other._items

    def __ge__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items >= other._items

    __hash__ = None

    def __add__(self, other):
        result = array(self.typecode)
        result._items = self._items + self._other(other)
        return result

    def __iadd__(self, other):
        self._items.extend(self._other(other))
        return self

    def __mul__(self, n):
        result = array(self.typecode)
        result._items = self._items * n
        return result

    __rmul__ = __mul__

    def __imul__(self, n):
        self._items *= n
        return self

    def __bytes__(self):
        return self.tobytes()

    def __copy__(self):
        return self[:]

    def __deepcopy__(self, memo):
        return self[:]

    def __reduce__(self):
        return (array, (self.typecode, list(self._items)))

    def __repr__(self):
        if not self._items:
            return f"array('{self.typecode}')"
        if self.typecode == 'u':
            return f"array('u', {''.join(self._items)!r})"
        return f"array('{self.typecode}', {self._items!r})"


ArrayType = array
