"""Type hints: enough of typing for annotated programs to run (hints are not checked)."""


class _SpecialForm:
    def __init__(self, name):
        self._name = name

    def __getitem__(self, parameters):
        return _GenericAlias(self, parameters)

    def __call__(self, *args, **kwargs):
        raise TypeError(f"Cannot instantiate typing.{self._name}")

    def __or__(self, other):
        return _GenericAlias(Union, (self, other))

    def __ror__(self, other):
        return _GenericAlias(Union, (other, self))

    def __repr__(self):
        return 'typing.' + self._name


class _GenericAlias:
    def __init__(self, origin, parameters):
        self.__origin__ = origin
        self.__args__ = parameters if isinstance(parameters, tuple) else (parameters,)

    def __getitem__(self, parameters):
        return _GenericAlias(self, parameters)

    def __or__(self, other):
        return _GenericAlias(Union, (self, other))

    def __ror__(self, other):
        return _GenericAlias(Union, (other, self))

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __repr__(self):
        return f"{self.__origin__!r}[{', '.join(map(_type_repr, self.__args__))}]"


def _type_repr(obj):
    """How typing shows a parameter: classes by (qualified) name, builtins without a module."""
    if isinstance(obj, type):
        return obj.__qualname__ if obj.__module__ == 'builtins' else f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if isinstance(obj, list):
        return '[' + ', '.join(map(_type_repr, obj)) + ']'
    return repr(obj)


Any = _SpecialForm('Any')
Union = _SpecialForm('Union')
Optional = _SpecialForm('Optional')
Callable = _SpecialForm('Callable')
Literal = _SpecialForm('Literal')
Final = _SpecialForm('Final')
ClassVar = _SpecialForm('ClassVar')
NoReturn = _SpecialForm('NoReturn')
Iterable = _SpecialForm('Iterable')
Iterator = _SpecialForm('Iterator')
Generator = _SpecialForm('Generator')
Sequence = _SpecialForm('Sequence')
Mapping = _SpecialForm('Mapping')
MutableMapping = _SpecialForm('MutableMapping')
Hashable = _SpecialForm('Hashable')
Type = _SpecialForm('Type')
List = list
Dict = dict
Tuple = tuple
Set = set
FrozenSet = frozenset
DefaultDict = dict
Deque = list
TYPE_CHECKING = False


def TypeVar(name, *constraints, bound=None, covariant=False, contravariant=False):
    return _SpecialForm(name)


def cast(typ, val):
    return val


def overload(func):
    return func


def no_type_check(func):
    return func


class Generic:
    def __class_getitem__(cls, params):
        return cls


class Protocol(Generic):
    pass


def NamedTuple(typename, fields=None, **kwargs):
    from collections import namedtuple
    fields = [name for name, _ in (fields or kwargs.items())]
    return namedtuple(typename, fields)
