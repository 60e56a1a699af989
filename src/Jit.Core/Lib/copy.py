"""Shallow and deep copies.

Immutable atoms are returned as they are; the built-in containers are rebuilt directly; other
objects use __copy__/__deepcopy__ when they define them, else __reduce_ex__/__reduce__ when their
class defines one, else a new instance of the same class receiving the old one's state
(__getstate__/__setstate__ when defined, else its __dict__ and __slots__ values).
"""

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error

_atomic = (type(None), int, float, bool, complex, str, bytes, type, range, type(len), type(Ellipsis),
           type(NotImplemented), type(lambda: None), property, slice)


def copy(x):
    """A shallow copy of x."""
    cls = type(x)
    if isinstance(x, _atomic) or cls is frozenset or cls is tuple:
        return x
    if cls in (list, dict, set, bytearray):
        return cls(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, None)


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x; memo maps id(original) to its copy, so shared and cyclic structure is kept."""
    if memo is None:
        memo = {}
    key = id(x)
    found = memo.get(key, _nil)
    if found is not _nil:
        return found
    cls = type(x)
    if isinstance(x, _atomic) or issubclass(cls, type):
        return x
    if cls is list:
        y = []
        memo[key] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is tuple:
        y = tuple(deepcopy(item, memo) for item in x)
        if key in memo:
            return memo[key]
        if all(a is b for a, b in zip(x, y)):
            y = x
    elif cls is dict:
        y = {}
        memo[key] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls in (set, frozenset):
        y = cls(deepcopy(item, memo) for item in x)
    elif cls is bytearray:
        y = bytearray(x)
    elif cls.__name__ == 'method' and hasattr(x, '__func__'):
        y = x.__func__.__get__(deepcopy(x.__self__, memo))
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None and not isinstance(x, type):
            y = copier(memo)
        else:
            y = _reconstruct(x, memo)
    if y is not x:
        memo[key] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    # The originals stay referenced from the memo so their ids are not reused mid-copy.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _class_defines(cls, name):
    for base in cls.__mro__:
        if base is object:
            return False
        if name in base.__dict__:
            return True
    return False


def _slot_names(cls):
    names = []
    for base in cls.__mro__:
        slots = base.__dict__.get('__slots__')
        if slots is None:
            continue
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = f"_{base.__name__.lstrip('_')}{name}"
            if name not in names:
                names.append(name)
    return names


def _default_state(x):
    """What object.__getstate__ gives: the __dict__, or (__dict__ or None, slot values)."""
    state = getattr(x, '__dict__', None)
    if state is not None and not state:
        state = None
    slots = {}
    for name in _slot_names(type(x)):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    if slots:
        return (state, slots)
    return state


def _reconstruct(x, memo):
    cls = type(x)
    deep = memo is not None
    if _class_defines(cls, '__reduce_ex__') or _class_defines(cls, '__reduce__'):
        reducer = getattr(x, '__reduce_ex__', None)
        rv = reducer(4) if reducer is not None and _class_defines(cls, '__reduce_ex__') else x.__reduce__()
        if isinstance(rv, str):
            return x
        return _from_reduction(x, rv, memo)
    args = ()
    kwargs = {}
    if _class_defines(cls, '__getnewargs_ex__'):
        args, kwargs = x.__getnewargs_ex__()
    elif _class_defines(cls, '__getnewargs__'):
        args = x.__getnewargs__()
    else:
        for base in _immutable_bases:
            if isinstance(x, base):
                args = (base(x),)
                break
    if deep and (args or kwargs):
        args = deepcopy(args, memo)
        kwargs = deepcopy(kwargs, memo)
    y = cls.__new__(cls, *args, **kwargs)
    if deep:
        memo[id(x)] = y
    if _class_defines(cls, '__getstate__'):
        state = x.__getstate__()
    else:
        state = _default_state(x)
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _set_state(y, state)
    if isinstance(x, list):
        y.extend(x if not deep else [deepcopy(item, memo) for item in x])
    elif isinstance(x, dict):
        for k, v in x.items():
            if deep:
                k = deepcopy(k, memo)
                v = deepcopy(v, memo)
            y[k] = v
    elif isinstance(x, set):
        y.update([deepcopy(item, memo) for item in x] if deep else x)
    elif isinstance(x, bytearray):
        y.extend(x)
    return y


_immutable_bases = (tuple, int, float, complex, str, bytes, frozenset)


def _set_state(y, state):
    if _class_defines(type(y), '__setstate__'):
        y.__setstate__(state)
        return
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    if state:
        y.__dict__.update(state)
    if slotstate:
        for name, value in slotstate.items():
            setattr(y, name, value)


def _from_reduction(x, rv, memo):
    deep = memo is not None
    func, args, *rest = rv
    state = rest[0] if len(rest) > 0 else None
    listiter = rest[1] if len(rest) > 1 else None
    dictiter = rest[2] if len(rest) > 2 else None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _set_state(y, state)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y
