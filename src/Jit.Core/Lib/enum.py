"""Enumerations: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique.

The class body runs in an _EnumDict, which decides at each assignment whether a name is a member
(plain values) or an ordinary class attribute (dunders, _sunder_ names, private names and
descriptors such as functions and properties), and turns auto() into a value at once so later
lines of the body can compute with it (RW = READ | WRITE).
"""

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'ReprEnum', 'Flag', 'IntFlag',
           'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP', 'auto', 'unique', 'property']

_auto_null = object()
_builtin_property = property
_builtin_type = type


class auto:
    """Stands for a member value that _generate_next_value_ will choose."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return f"auto({self.value!r})" if self.value is not _auto_null else "auto(...)"


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_private(class_name, name):
    prefix = f"_{class_name}__"
    return name.startswith(prefix) and not name.endswith('__')


def _is_descriptor(value):
    kind = type(value)
    return hasattr(kind, '__get__') or hasattr(kind, '__set__') or hasattr(kind, '__delete__')


def _is_single_bit(value):
    return value != 0 and value & (value - 1) == 0


def _bits_text(value, width):
    """'0b0 0111': a sign digit, a space, then the binary digits padded to width."""
    if value >= 0:
        digits = format(value, 'b')
        sign = '0'
    else:
        digits = format(~value, 'b').translate(str.maketrans('01', '10'))
        sign = '1'
    if len(digits) < width:
        digits = sign * (width - len(digits)) + digits
    return f"0b{sign} {digits}"


class property:
    """An attribute of members (name, value) that the class itself does not have, and that
    cannot be assigned."""

    def __init__(self, fget=None):
        self.fget = fget
        self.name = getattr(fget, '__name__', None)
        self.clsname = None

    def __set_name__(self, owner, name):
        self.name = name
        self.clsname = owner.__name__

    def __get__(self, instance, owner=None):
        if instance is None:
            try:
                return owner._member_map_[self.name]
            except (AttributeError, KeyError):
                raise AttributeError(f"{owner.__name__!r} has no attribute {self.name!r}") from None
        return self.fget(instance)

    def __set__(self, instance, value):
        raise AttributeError(f"<enum {self.clsname!r}> cannot set attribute {self.name!r}")

    def __delete__(self, instance):
        raise AttributeError(f"<enum {self.clsname!r}> cannot delete attribute {self.name!r}")


class _EnumDict(dict):
    """The namespace of an enum class body."""

    def __init__(self, class_name, generate):
        super().__init__()
        self._class_name = class_name
        self._generate = generate
        self._member_names = []
        self._last_values = []

    def __setitem__(self, key, value):
        if _is_private(self._class_name, key) or _is_dunder(key):
            pass
        elif _is_sunder(key):
            if key == '_generate_next_value_':
                self._generate = getattr(value, '__func__', value)
            elif key == '_order_' or key == '_ignore_':
                pass
        elif key in self._member_names:
            raise TypeError(f"{key!r} already defined as {self[key]!r}")
        elif _is_descriptor(value):
            pass
        else:
            if key in self:
                raise TypeError(f"{key!r} already defined as {self[key]!r}")
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = self._generate(key, 1, len(self._member_names), self._last_values[:])
                value = value.value
            self._member_names.append(key)
            self._last_values.append(value)
        super().__setitem__(key, value)


class EnumType(type):
    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        generate = None
        for base in bases:
            found = getattr(base, '_generate_next_value_', None)
            if found is not None:
                generate = found
                break
        if generate is None:
            generate = _default_next_value
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError(f"<enum {cls!r}> cannot extend {base!r}")
        return _EnumDict(cls, generate)

    def __new__(metacls, cls, bases, classdict, boundary=None, **kwds):
        member_names = getattr(classdict, '_member_names', [])
        namespace = {key: value for key, value in classdict.items() if key not in member_names}
        namespace.pop('_order_', None)
        custom_new = namespace.pop('__new__', None)
        enum_class = super().__new__(metacls, cls, bases, namespace, **kwds)
        enum_class._member_names_ = []
        enum_class._member_map_ = {}
        enum_class._value2member_map_ = {}
        enum_class._unhashable_values_ = []
        member_type = _find_data_type(enum_class)
        enum_class._member_type_ = member_type
        if boundary is not None:
            enum_class._boundary_ = boundary
        is_flag = 'Flag' in globals() and issubclass(enum_class, Flag)

        # str/repr/format: a mixed-in data type must not hide the enum's own methods; ReprEnum
        # keeps the data type's str() and format().
        if 'ReprEnum' in globals():
            enum_bases = [base for base in bases if isinstance(base, EnumType)]
            first_enum = enum_bases[-1] if enum_bases else Enum
            own = set(classdict)
            if ReprEnum in bases:
                if '__format__' not in own:
                    type.__setattr__(enum_class, '__format__', member_type.__format__)
                    own.add('__format__')
                if '__str__' not in own:
                    method = member_type.__str__
                    if method is object.__str__:
                        method = member_type.__repr__
                    type.__setattr__(enum_class, '__str__', method)
                    own.add('__str__')
            for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
                if name in own:
                    continue
                found = getattr(enum_class, name, None)
                if found is getattr(member_type, name, None) or found is getattr(object, name, None):
                    type.__setattr__(enum_class, name, getattr(first_enum, name))

        if is_flag:
            # A mixed-in int's operators come first in the MRO; the flag's must win.
            for name in ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__', '__invert__'):
                if name not in classdict:
                    type.__setattr__(enum_class, name, Flag.__dict__[name])

        init = None
        for base in enum_class.__mro__:
            if isinstance(base, EnumType) and '__init__' in base.__dict__:
                init = base.__dict__['__init__']
                break
        if custom_new is None:
            for base in enum_class.__mro__[1:]:
                if isinstance(base, EnumType) and '_new_member_' in base.__dict__:
                    custom_new = base.__dict__['_new_member_']
                    break
        elif 'Enum' in globals():
            enum_class._new_member_ = custom_new

        flag_mask = 0
        for name in member_names:
            value = classdict[name]
            args = value if isinstance(value, tuple) else (value,)
            if member_type is tuple:
                args = (args,)
            if custom_new is not None:
                new = getattr(custom_new, '__func__', custom_new)
                member = new(enum_class, *args)
            elif member_type is object:
                member = object.__new__(enum_class)
            else:
                member = member_type.__new__(enum_class, *args)
            if not hasattr(member, '_value_'):
                member._value_ = value if member_type is object or custom_new is not None else member_type(*args)
            member_value = member._value_
            existing = enum_class._lookup_value(member_value)
            if existing is not None:
                enum_class._member_map_[name] = existing
                type.__setattr__(enum_class, name, existing)
                continue
            member._name_ = name
            member.__objclass__ = enum_class
            if init is not None:
                init(member, *args)
            if not is_flag or _is_single_bit(member_value) or not isinstance(member_value, int):
                enum_class._member_names_.append(name)
            if is_flag and isinstance(member_value, int) and _is_single_bit(member_value):
                flag_mask |= member_value
            enum_class._member_map_[name] = member
            try:
                enum_class._value2member_map_[member_value] = member
            except TypeError:
                enum_class._unhashable_values_.append((member_value, member))
            type.__setattr__(enum_class, name, member)
        if is_flag:
            enum_class._flag_mask_ = flag_mask
            enum_class._all_bits_ = (1 << flag_mask.bit_length()) - 1
        return enum_class

    def _lookup_value(cls, value):
        try:
            return cls._value2member_map_.get(value)
        except TypeError:
            for known, member in cls._unhashable_values_:
                if known == value:
                    return member
            return None

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is not None:
            return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start,
                                boundary=boundary)
        if _builtin_type(value) is cls:
            return value
        found = cls._lookup_value(value)
        if found is not None:
            return found
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is None:
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        raise TypeError(f"error in {cls.__name__}._missing_: returned {result!r} instead of None or a valid member")

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1, boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            items = []
            last_values = []
            for count, name in enumerate(names):
                value = classdict._generate(name, start, count, last_values[:])
                last_values.append(value)
                items.append((name, value))
            names = items
        elif hasattr(names, 'items'):
            names = list(names.items())
        for name, value in names:
            classdict[name] = value
        if module is None:
            try:
                import sys
                module = sys._getframe(2).f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                pass
        if module is not None:
            classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    def __getattr__(cls, name):
        if _is_dunder(name):
            raise AttributeError(name)
        try:
            return cls.__dict__['_member_map_'][name]
        except KeyError:
            raise AttributeError(name) from None

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError(f"unsupported operand type(s) for 'in': {type(member).__qualname__!r} and "
                            f"{cls.__class__.__qualname__!r}")
        return isinstance(member, cls) and member._name_ in cls._member_map_

    @_builtin_property
    def __members__(cls):
        return dict(cls._member_map_)

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError(f'cannot reassign member {name!r}')
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError(f'cannot delete member {name!r}')
        super().__delattr__(name)

    def __repr__(cls):
        if 'Flag' in globals() and issubclass(cls, Flag):
            return f"<flag {cls.__name__!r}>"
        return f"<enum {cls.__name__!r}>"


EnumMeta = EnumType


def _find_data_type(enum_class):
    for base in enum_class.__mro__[1:]:
        if base is object or isinstance(base, EnumType):
            continue
        if '__new__' in base.__dict__:
            return base
    return object


def _default_next_value(name, start, count, last_values):
    for value in reversed(last_values):
        try:
            return value + 1
        except TypeError:
            pass
    return start


class Enum(metaclass=EnumType):
    """Base class of enumerations: members are singletons with a name and a value."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return _default_next_value(name, start, count, last_values)

    @classmethod
    def _missing_(cls, value):
        return None

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __repr__(self):
        return f"<{type(self).__name__}.{self._name_}: {self._value_!r}>"

    def __str__(self):
        return f"{type(self).__name__}.{self._name_}"

    def __format__(self, spec):
        return format(str(self), spec)

    def __dir__(self):
        names = ['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value']
        names += [key for key in self.__dict__ if not key.startswith('_')]
        return sorted(set(names))

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class ReprEnum(Enum):
    """Only repr() is the enum's; str() and format() are those of the mixed-in type."""


class IntEnum(int, ReprEnum):
    pass


class StrEnum(str, ReprEnum):
    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError(f"too many arguments for str(): {values!r}")
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError(f"{values[0]!r} is not a string")
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class FlagBoundary(StrEnum):
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary.STRICT, FlagBoundary.CONFORM, FlagBoundary.EJECT, FlagBoundary.KEEP


class Flag(Enum):
    """Members are bits that combine with |, & and ^; ~ complements within the defined bits."""

    _boundary_ = STRICT

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        highest = max(last_values)
        if not isinstance(highest, int):
            raise TypeError(f"invalid flag value {highest!r}")
        return 1 << highest.bit_length()

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        original = value
        if value < 0:
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        boundary = cls._boundary_
        if unknown or value < 0:
            if boundary is STRICT:
                width = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError(f"{cls!r} invalid value {original!r}\n"
                                 f"    given {_bits_text(original, width)}\n"
                                 f"  allowed {_bits_text(flag_mask, width)}")
            if boundary is CONFORM:
                value &= flag_mask
                unknown = 0
            elif boundary is EJECT:
                return value
        member_type = cls._member_type_
        if member_type is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = member_type.__new__(cls, value)
        pseudo._value_ = value
        names = [member._name_ for member in cls if member._value_ & value == member._value_]
        if unknown and names:
            names.append(hex(unknown))
        pseudo._name_ = '|'.join(names) if names else None
        return cls._value2member_map_.setdefault(value, pseudo)

    def __repr__(self):
        name = type(self).__name__
        if self._name_ is None:
            return f"<{name}: {self._value_!r}>"
        return f"<{name}.{self._name_}: {self._value_!r}>"

    def __str__(self):
        name = type(self).__name__
        if self._name_ is None:
            return f"{name}({self._value_!r})"
        return f"{name}.{self._name_}"

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(f"unsupported operand type(s) for 'in': {type(other).__qualname__!r} and "
                            f"{self.__class__.__qualname__!r}")
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        value = self._value_
        return (member for member in type(self) if member._value_ & value == member._value_)

    def __len__(self):
        return bin(self._value_).count('1')

    def __bool__(self):
        return bool(self._value_)

    def _other_value(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        value = self._other_value(other)
        if value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | value)

    def __and__(self, other):
        value = self._other_value(other)
        if value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & value)

    def __xor__(self, other):
        value = self._other_value(other)
        if value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ value)

    def __invert__(self):
        return self.__class__(self._flag_mask_ & ~self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    pass


def unique(enumeration):
    """Class decorator: refuse aliases."""
    duplicates = [(name, member.name) for name, member in enumeration.__members__.items() if name != member.name]
    if duplicates:
        details = ', '.join(f"{alias} -> {name}" for alias, name in duplicates)
        raise ValueError(f'duplicate values found in {enumeration!r}: {details}')
    return enumeration
