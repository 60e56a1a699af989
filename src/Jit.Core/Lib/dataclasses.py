"""Data classes: generated __init__, __repr__, __eq__, ordering, frozen instances."""

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY', 'MISSING', 'fields', 'asdict',
           'astuple', 'make_dataclass', 'replace', 'is_dataclass']


class _MissingType:
    def __repr__(self):
        return 'MISSING'


MISSING = _MissingType()


class _KW_ONLY_TYPE:
    def __repr__(self):
        return 'KW_ONLY'


# An annotation `_: KW_ONLY` makes the fields after it keyword-only.
KW_ONLY = _KW_ONLY_TYPE()


class FrozenInstanceError(AttributeError):
    pass


class InitVar:
    """InitVar[T]: a pseudo-field passed to __init__ and __post_init__ but not stored."""
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            name = self.type.__name__
        else:
            name = repr(self.type)
        return f'dataclasses.InitVar[{name}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


class _DataclassParams:
    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return (f'_DataclassParams(init={self.init!r},repr={self.repr!r},eq={self.eq!r},order={self.order!r},'
                f'unsafe_hash={self.unsafe_hash!r},frozen={self.frozen!r})')


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


def _is_initvar(annotation):
    if isinstance(annotation, str):
        return annotation.startswith('InitVar') or annotation.startswith('dataclasses.InitVar')
    return annotation is InitVar or isinstance(annotation, InitVar)


def _is_kw_only(annotation):
    if isinstance(annotation, str):
        return annotation in ('KW_ONLY', 'dataclasses.KW_ONLY')
    return annotation is KW_ONLY


def _collect_fields(cls, kw_only_default):
    """The dataclass fields of cls (inherited first), and its InitVar pseudo-fields."""
    all_fields = {}
    for base in reversed(cls.__mro__[1:]):
        base_fields = base.__dict__.get('__dataclass_fields__')
        if base_fields:
            for f in base_fields.values():
                all_fields[f.name] = f
    init_vars = []
    annotations = cls.__dict__.get('__annotations__', {})
    kw_only = kw_only_default
    for name, annotation in annotations.items():
        if _is_classvar(annotation):
            continue
        if _is_kw_only(annotation):
            kw_only = True
            continue
        default = cls.__dict__.get(name, MISSING)
        f = default if isinstance(default, Field) else field(default=default)
        f.name = name
        f.type = annotation
        if f.kw_only is MISSING:
            f.kw_only = kw_only
        if isinstance(f.default, (list, dict, set)):
            raise ValueError(f'mutable default {type(f.default)} for field {name} is not allowed: use default_factory')
        if isinstance(default, Field):
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
        if _is_initvar(annotation):
            init_vars.append(f)
            all_fields.pop(name, None)
            continue
        all_fields[name] = f
    return all_fields, init_vars


def _init_source(fields, init_vars, frozen):
    parameters = fields + init_vars
    positional = [f for f in parameters if f.init and not f.kw_only]
    keyword = [f for f in parameters if f.init and f.kw_only]
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
    post_args = ''.join(f', {f.name}' for f in init_vars)
    lines.append(f'    if _post_init is not None: _post_init(self{post_args})')
    return f"def __init__({', '.join(params)}):\n" + '\n'.join(lines) + '\n'


_HAS_FACTORY = object()


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots):
    fields, init_vars = _collect_fields(cls, kw_only)
    for base in cls.__mro__[1:]:
        params = base.__dict__.get('__dataclass_params__')
        if params is not None:
            if params.frozen and not frozen:
                raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
            if not params.frozen and frozen:
                raise TypeError('cannot inherit frozen dataclass from a non-frozen one')
    if slots:
        cls = _add_slots(cls, fields)
    cls.__dataclass_fields__ = fields
    cls.__dataclass_params__ = _DataclassParams(init, repr, eq, order, unsafe_hash, frozen)
    field_list = list(fields.values())
    if init:
        namespace = {'_HAS_FACTORY': _HAS_FACTORY, '_post_init': getattr(cls, '__post_init__', None), 'object': object}
        for f in field_list:
            if f.default_factory is not MISSING:
                namespace[f'_default_{f.name}'] = _HAS_FACTORY
                namespace[f'_factory_{f.name}'] = f.default_factory
            elif f.default is not MISSING:
                namespace[f'_default_{f.name}'] = f.default
        for f in init_vars:
            if f.default is not MISSING:
                namespace[f'_default_{f.name}'] = f.default
        exec(_init_source(field_list, init_vars, frozen), namespace)
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
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots)
    return wrap if cls is None else wrap(cls)


def _add_slots(cls, fields):
    """A copy of cls whose instances keep the fields in __slots__ (no __dict__)."""
    namespace = dict(cls.__dict__)
    names = tuple(fields)
    for name in names:
        namespace.pop(name, None)
    namespace.pop('__dict__', None)
    namespace.pop('__weakref__', None)
    namespace['__slots__'] = names
    qualname = getattr(cls, '__qualname__', None)
    new_cls = type(cls)(cls.__name__, cls.__bases__, namespace)
    if qualname is not None:
        new_cls.__qualname__ = qualname
    return new_cls


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True, eq=True, order=False,
                   unsafe_hash=False, frozen=False, match_args=True, kw_only=False, slots=False, module=None):
    """Builds a dataclass from (name), (name, type) or (name, type, Field) items."""
    namespace = dict(namespace or {})
    annotations = {}
    seen = set()
    for item in fields:
        if isinstance(item, str):
            name, tp = item, 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            namespace[name] = spec
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if name in seen:
            raise TypeError(f'Field name duplicated: {name!r}')
        seen.add(name)
        annotations[name] = tp
    namespace['__annotations__'] = annotations
    if module is None:
        try:
            import sys
            module = sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            module = None
    if module is not None:
        namespace['__module__'] = module
    cls = type(cls_name, bases, namespace)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots)


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
