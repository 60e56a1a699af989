"""Rational numbers."""

import math as _math
import re as _re

__all__ = ['Fraction']

_HASH_MODULUS = 2305843009213693951
_HASH_INF = 314159
_RATIONAL = _re.compile(r"\A\s*(?P<sign>[-+]?)(?=\d|\.\d)(?P<num>\d*(?:_\d+)*)(?:(?:/(?P<denom>\d+(?:_\d+)*))?|(?:\.(?P<decimal>\d*(?:_\d+)*))?(?:E(?P<exp>[-+]?\d+(?:_\d+)*))?)\s*\Z", _re.IGNORECASE)


class Fraction:
    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None):
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if isinstance(numerator, Fraction):
                self._numerator = numerator._numerator
                self._denominator = numerator._denominator
                return self
            if isinstance(numerator, (float, int)):
                numerator, denominator = numerator.as_integer_ratio()
            elif isinstance(numerator, str):
                m = _RATIONAL.match(numerator)
                if m is None:
                    raise ValueError('Invalid literal for Fraction: %r' % numerator)
                numerator = int(m.group('num') or '0')
                denom = m.group('denom')
                if denom:
                    denominator = int(denom)
                else:
                    denominator = 1
                    decimal = m.group('decimal')
                    if decimal:
                        decimal = decimal.replace('_', '')
                        scale = 10 ** len(decimal)
                        numerator = numerator * scale + int(decimal)
                        denominator *= scale
                    exp = m.group('exp')
                    if exp:
                        exp = int(exp)
                        if exp >= 0:
                            numerator *= 10 ** exp
                        else:
                            denominator *= 10 ** -exp
                if m.group('sign') == '-':
                    numerator = -numerator
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif isinstance(numerator, int) and isinstance(denominator, int):
            pass
        elif isinstance(numerator, (int, Fraction)) and isinstance(denominator, (int, Fraction)):
            # Any mix of ints and Fractions: n1/d1 divided by n2/d2.
            n1, d1 = numerator.numerator, numerator.denominator
            n2, d2 = denominator.numerator, denominator.denominator
            numerator, denominator = n1 * d2, n2 * d1
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        g = _math.gcd(numerator, denominator)
        if denominator < 0:
            g = -g
        self._numerator = numerator // g
        self._denominator = denominator // g
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        return cls(str(dec))

    numerator = property(lambda self: self._numerator)
    denominator = property(lambda self: self._denominator)

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        if 2 * d * (q0 + k * q1) <= self._denominator:
            return Fraction(p1, q1)
        return Fraction(p0 + k * p1, q0 + k * q1)

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    def _operands(self, other):
        if isinstance(other, Fraction):
            return other
        if isinstance(other, int):
            return Fraction(other)
        return None

    def __add__(self, other):
        o = self._operands(other)
        if o is not None:
            return Fraction(self._numerator * o._denominator + o._numerator * self._denominator, self._denominator * o._denominator)
        if isinstance(other, float):
            return float(self) + other
        if isinstance(other, complex):
            return complex(float(self)) + other
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        o = self._operands(other)
        if o is not None:
            return Fraction(self._numerator * o._denominator - o._numerator * self._denominator, self._denominator * o._denominator)
        if isinstance(other, float):
            return float(self) - other
        return NotImplemented

    def __rsub__(self, other):
        o = self._operands(other)
        if o is not None:
            return o - self
        if isinstance(other, float):
            return other - float(self)
        return NotImplemented

    def __mul__(self, other):
        o = self._operands(other)
        if o is not None:
            return Fraction(self._numerator * o._numerator, self._denominator * o._denominator)
        if isinstance(other, float):
            return float(self) * other
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        o = self._operands(other)
        if o is not None:
            return Fraction(self._numerator * o._denominator, self._denominator * o._numerator)
        if isinstance(other, float):
            return float(self) / other
        return NotImplemented

    def __rtruediv__(self, other):
        o = self._operands(other)
        if o is not None:
            return o / self
        if isinstance(other, float):
            return other / float(self)
        return NotImplemented

    def __floordiv__(self, other):
        o = self._operands(other)
        if o is not None:
            return (self._numerator * o._denominator) // (self._denominator * o._numerator)
        if isinstance(other, float):
            return float(self) // other
        return NotImplemented

    def __rfloordiv__(self, other):
        o = self._operands(other)
        return o // self if o is not None else NotImplemented

    def __mod__(self, other):
        o = self._operands(other)
        if o is not None:
            return self - o * (self // o)
        if isinstance(other, float):
            return float(self) % other
        return NotImplemented

    def __rmod__(self, other):
        o = self._operands(other)
        return o % self if o is not None else NotImplemented

    def __divmod__(self, other):
        return (self // other, self % other)

    def __pow__(self, other):
        if isinstance(other, int):
            if other >= 0:
                return Fraction(self._numerator ** other, self._denominator ** other)
            if self._numerator == 0:
                raise ZeroDivisionError('Fraction(%s, 0)' % (self._denominator ** -other))
            return Fraction(self._denominator ** -other, self._numerator ** -other)
        if isinstance(other, Fraction) and other._denominator == 1:
            return self ** other._numerator
        return float(self) ** float(other)

    def __rpow__(self, other):
        if self._denominator == 1 and self._numerator >= 0:
            return other ** self._numerator
        return other ** float(self)

    def __pos__(self):
        return Fraction(self._numerator, self._denominator)

    def __neg__(self):
        return Fraction(-self._numerator, self._denominator)

    def __abs__(self):
        return Fraction(abs(self._numerator), self._denominator)

    def __int__(self):
        if self._numerator < 0:
            return -(-self._numerator // self._denominator)
        return self._numerator // self._denominator

    __trunc__ = __int__

    def __float__(self):
        return self._numerator / self._denominator

    def __floor__(self):
        return self._numerator // self._denominator

    def __ceil__(self):
        return -(-self._numerator // self._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            if remainder * 2 < self._denominator:
                return floor
            if remainder * 2 > self._denominator:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        if self._denominator % _HASH_MODULUS == 0:
            result = _HASH_INF
        else:
            inverse = pow(self._denominator, _HASH_MODULUS - 2, _HASH_MODULUS)
            result = hash(hash(abs(self._numerator)) * inverse)
        result = result if self._numerator >= 0 else -result
        return -2 if result == -1 else result

    def __eq__(self, other):
        if isinstance(other, Fraction):
            return self._numerator == other._numerator and self._denominator == other._denominator
        if isinstance(other, int):
            return self._denominator == 1 and self._numerator == other
        if isinstance(other, float):
            if other != other or other in (float('inf'), float('-inf')):
                return False
            return self == Fraction.from_float(other)
        return NotImplemented

    def _compare(self, other, op):
        if isinstance(other, (Fraction, int)):
            o = self._operands(other)
            return op(self._numerator * o._denominator, o._numerator * self._denominator)
        if isinstance(other, float):
            if other != other or other in (float('inf'), float('-inf')):
                return op(0.0, other)
            return op(self, Fraction.from_float(other))
        return NotImplemented

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    def __bool__(self):
        return self._numerator != 0

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self
