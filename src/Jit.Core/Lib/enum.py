"""Enumerations: Enum, IntEnum, Flag (basic), auto, unique."""

__all__ = ['Enum', 'IntEnum', 'Flag', 'IntFlag', 'auto', 'unique', 'EnumMeta', 'StrEnum']

_auto_null = object()


class auto:
    def __init__(self):
        self.value = _auto_null


def _is_member_name(name, value):
    if name.startswith('_'):
        return False
    if isinstance(value, (staticmethod, classmethod, property)) or hasattr(value, '__get__') and not isinstance(value, auto):
        return False
    return True


class EnumMeta(type):
    def __new__(metacls, cls, bases, classdict, **kwds):
        members = [(name, value) for name, value in classdict.items() if _is_member_name(name, value)]
        for name, _ in members:
            del classdict[name]
        enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)
        enum_class._member_names_ = []
        enum_class._member_map_ = {}
        enum_class._value2member_map_ = {}
        member_type = object
        for base in enum_class.__mro__[1:]:
            if base is not object and not isinstance(base, EnumMeta) and base is not Enum:
                member_type = base
                break
        enum_class._member_type_ = member_type
        # A mixed-in data type's repr/str/format must not hide Enum's (as CPython's EnumType does).
        if 'Enum' in globals():
            for name in ('__repr__', '__str__', '__format__'):
                if name not in classdict:
                    found = getattr(enum_class, name)
                    if found is getattr(member_type, name) or found is getattr(object, name):
                        type.__setattr__(enum_class, name, getattr(Enum, name))
        last_value = 0
        generate = getattr(enum_class, '_generate_next_value_', None)
        for name, value in members:
            if isinstance(value, auto):
                value = generate(name, 1, len(enum_class._member_names_), [m._value_ for m in enum_class._member_map_.values()]) if generate else last_value + 1
            if isinstance(value, int):
                last_value = value
            if value in enum_class._value2member_map_:
                alias = enum_class._value2member_map_[value]
                enum_class._member_map_[name] = alias
                type.__setattr__(enum_class, name, alias)
                continue
            if member_type is object:
                member = object.__new__(enum_class)
            else:
                args = value if isinstance(value, tuple) and member_type is not tuple else (value,)
                member = member_type.__new__(enum_class, *args)
            member._name_ = name
            member._value_ = value
            init = enum_class.__dict__.get('__init__')
            if init is not None:
                init(member, *(value if isinstance(value, tuple) else (value,)))
            enum_class._member_names_.append(name)
            enum_class._member_map_[name] = member
            enum_class._value2member_map_[value] = member
            type.__setattr__(enum_class, name, member)
        return enum_class

    def __call__(cls, value, *args, **kwds):
        if args or kwds:
            return super().__call__(value, *args, **kwds)
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            missing = cls._missing_(value)
            if missing is not None:
                return missing
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}") from None

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __contains__(cls, member):
        return isinstance(member, cls) and member._name_ in cls._member_map_

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError(f'cannot reassign member {name!r}')
        super().__setattr__(name, value)

    def __repr__(cls):
        return f"<enum {cls.__name__!r}>"


class Enum(metaclass=EnumMeta):
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

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __eq__(self, other):
        return self is other

    def __ne__(self, other):
        return self is not other


class IntEnum(int, Enum):
    def __str__(self):
        return int.__repr__(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)

    __eq__ = int.__eq__
    __ne__ = int.__ne__
    __hash__ = int.__hash__


class StrEnum(str, Enum):
    def __str__(self):
        return self._value_

    def __format__(self, spec):
        return format(self._value_, spec)

    __eq__ = str.__eq__
    __ne__ = str.__ne__
    __hash__ = str.__hash__

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class Flag(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return 1 << count

    def __or__(self, other):
        return type(self)._compose(self._value_ | other._value_)

    def __and__(self, other):
        return type(self)._compose(self._value_ & other._value_)

    def __contains__(self, other):
        return other._value_ & self._value_ == other._value_

    def __bool__(self):
        return bool(self._value_)

    @classmethod
    def _compose(cls, value):
        if value in cls._value2member_map_:
            return cls._value2member_map_[value]
        member = object.__new__(cls)
        member._value_ = value
        member._name_ = '|'.join(m._name_ for m in cls if m._value_ & value == m._value_ and m._value_)
        return member


class IntFlag(int, Flag):
    pass


def unique(enumeration):
    duplicates = [(name, member.name) for name, member in enumeration.__members__.items() if name != member.name]
    if duplicates:
        details = ', '.join(f"{alias} -> {name}" for alias, name in duplicates)
        raise ValueError(f'duplicate values found in {enumeration!r}: {details}')
    return enumeration
