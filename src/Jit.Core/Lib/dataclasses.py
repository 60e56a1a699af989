"""Data classes: generated __init__, __repr__, __eq__, ordering, frozen instances."""

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'fields', 'asdict', 'astuple', 'replace', 'is_dataclass', 'MISSING']


class _MissingType:
    def __repr__(self):
        return 'MISSING'


MISSING = _MissingType()


class FrozenInstanceError(AttributeError):
    pass


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = metadata
        self.kw_only = kw_only

    def __repr__(self):
        return f'Field(name={self.name!r},type={self.type!r},default={self.default!r},default_factory={self.default_factory!r},init={self.init!r},repr={self.repr!r},hash={self.hash!r},compare={self.compare!r},metadata={self.metadata!r},kw_only={self.kw_only!r})'


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _is_classvar(annotation):
    text = annotation if isinstance(annotation, str) else repr(annotation)
    return text.startswith('typing.ClassVar') or text.startswith('ClassVar')


def _collect_fields(cls, kw_only_default):
    all_fields = {}
    for base in reversed(cls.__mro__[1:]):
        base_fields = base.__dict__.get('__dataclass_fields__')
        if base_fields:
            for f in base_fields.values():
                all_fields[f.name] = f
    annotations = cls.__dict__.get('__annotations__', {})
    for name, annotation in annotations.items():
        if _is_classvar(annotation):
            continue
        default = cls.__dict__.get(name, MISSING)
        f = default if isinstance(default, Field) else field(default=default)
        f.name = name
        f.type = annotation
        if f.kw_only is MISSING:
            f.kw_only = kw_only_default
        if isinstance(f.default, (list, dict, set)):
            raise ValueError(f'mutable default {type(f.default)} for field {name} is not allowed: use default_factory')
        if isinstance(default, Field):
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
        all_fields[name] = f
    return all_fields


def _init_source(fields, frozen):
    positional = [f for f in fields if f.init and not f.kw_only]
    keyword = [f for f in fields if f.init and f.kw_only]
    seen_default = False
    params = ['self']
    for f in positional:
        if f.default is MISSING and f.default_factory is MISSING:
            if seen_default:
                raise TypeError(f'non-default argument {f.name!r} follows default argument')
            params.append(f.name)
        else:
            seen_default = True
            params.append(f'{f.name}=_default_{f.name}')
    if keyword:
        params.append('*')
        for f in keyword:
            params.append(f.name if f.default is MISSING and f.default_factory is MISSING else f'{f.name}=_default_{f.name}')
    lines = []
    for f in fields:
        if f.init:
            if f.default_factory is not MISSING:
                value = f'_factory_{f.name}() if {f.name} is _HAS_FACTORY else {f.name}'
            else:
                value = f.name
        elif f.default_factory is not MISSING:
            value = f'_factory_{f.name}()'
        elif f.default is not MISSING:
            value = f'_default_{f.name}'
        else:
            continue
        if frozen:
            lines.append(f'    object.__setattr__(self, {f.name!r}, {value})')
        else:
            lines.append(f'    self.{f.name} = {value}')
    lines.append('    if _post_init is not None: _post_init(self)')
    return f"def __init__({', '.join(params)}):\n" + '\n'.join(lines) + '\n'


_HAS_FACTORY = object()


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only):
    fields = _collect_fields(cls, kw_only)
    cls.__dataclass_fields__ = fields
    field_list = list(fields.values())
    if init:
        namespace = {'_HAS_FACTORY': _HAS_FACTORY, '_post_init': getattr(cls, '__post_init__', None), 'object': object}
        for f in field_list:
            if f.default_factory is not MISSING:
                namespace[f'_default_{f.name}'] = _HAS_FACTORY
                namespace[f'_factory_{f.name}'] = f.default_factory
            elif f.default is not MISSING:
                namespace[f'_default_{f.name}'] = f.default
        exec(_init_source(field_list, frozen), namespace)
        init_function = namespace['__init__']
        init_function.__qualname__ = f'{cls.__qualname__}.__init__'
        cls.__init__ = init_function
    compared = [f.name for f in field_list if f.compare]
    if repr:
        shown = [f.name for f in field_list if f.repr]

        def __repr__(self):
            return f"{type(self).__qualname__}(" + ', '.join(f'{name}={getattr(self, name)!r}' for name in shown) + ')'
        cls.__repr__ = __repr__
    if eq:
        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return tuple(getattr(self, n) for n in compared) == tuple(getattr(other, n) for n in compared)
            return NotImplemented
        cls.__eq__ = __eq__
    if order:
        if not eq:
            raise ValueError('eq must be true if order is true')
        for name, op in (('__lt__', lambda a, b: a < b), ('__le__', lambda a, b: a <= b), ('__gt__', lambda a, b: a > b), ('__ge__', lambda a, b: a >= b)):
            def method(self, other, op=op):
                if other.__class__ is self.__class__:
                    return op(tuple(getattr(self, n) for n in compared), tuple(getattr(other, n) for n in compared))
                return NotImplemented
            method.__name__ = name
            setattr(cls, name, method)
    if frozen:
        def __setattr__(self, name, value):
            if type(self) is cls or name in fields:
                raise FrozenInstanceError(f"cannot assign to field {name!r}")
            super(cls, self).__setattr__(name, value)

        def __delattr__(self, name):
            if type(self) is cls or name in fields:
                raise FrozenInstanceError(f"cannot delete field {name!r}")
            super(cls, self).__delattr__(name)
        cls.__setattr__ = __setattr__
        cls.__delattr__ = __delattr__
    hashed = [f.name for f in field_list if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash or (eq and frozen):
        cls.__hash__ = lambda self: hash(tuple(getattr(self, n) for n in hashed))
    elif eq and '__hash__' not in cls.__dict__:
        cls.__hash__ = None
    if match_args:
        cls.__match_args__ = tuple(f.name for f in field_list if f.init and not f.kw_only)
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False):
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only)
    return wrap if cls is None else wrap(cls)


def fields(class_or_instance):
    try:
        found = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(found.values())


def is_dataclass(obj):
    return hasattr(obj, '__dataclass_fields__')


def asdict(obj, *, dict_factory=dict):
    return _asdict(obj, dict_factory)


def _asdict(obj, dict_factory):
    if is_dataclass(obj) and not isinstance(obj, type):
        return dict_factory([(f.name, _asdict(getattr(obj, f.name), dict_factory)) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict(k, dict_factory), _asdict(v, dict_factory)) for k, v in obj.items())
    return obj


def astuple(obj, *, tuple_factory=tuple):
    if is_dataclass(obj) and not isinstance(obj, type):
        return tuple_factory([astuple(getattr(obj, f.name), tuple_factory=tuple_factory) for f in fields(obj)])
    if isinstance(obj, (list, tuple)):
        return type(obj)(astuple(v, tuple_factory=tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((astuple(k, tuple_factory=tuple_factory), astuple(v, tuple_factory=tuple_factory)) for k, v in obj.items())
    return obj


def replace(obj, /, **changes):
    for f in fields(obj):
        if f.init and f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
