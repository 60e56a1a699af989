"""Shallow and deep copies."""


class Error(Exception):
    pass


_atomic = (type(None), int, float, bool, complex, str, bytes, type, range, type(len), type(Ellipsis), type(NotImplemented))


def copy(x):
    cls = type(x)
    if isinstance(x, _atomic) or cls is frozenset or cls is tuple:
        return x
    if cls in (list, dict, set, bytearray):
        return cls(x)
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, None)


def deepcopy(x, memo=None):
    if memo is None:
        memo = {}
    key = id(x)
    if key in memo:
        return memo[key]
    cls = type(x)
    if isinstance(x, _atomic) or callable(x) and not hasattr(x, '__dict__') and cls is not list:
        return x
    if cls is list:
        y = []
        memo[key] = y
        for item in x:
            y.append(deepcopy(item, memo))
        return y
    if cls is tuple:
        y = tuple(deepcopy(item, memo) for item in x)
        if key in memo:
            return memo[key]
        return y if any(a is not b for a, b in zip(x, y)) else x
    if cls is dict:
        y = {}
        memo[key] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
        return y
    if cls in (set, frozenset):
        y = cls(deepcopy(item, memo) for item in x)
        memo[key] = y
        return y
    copier = getattr(x, '__deepcopy__', None)
    if copier is not None:
        y = copier(memo)
        memo[key] = y
        return y
    return _reconstruct(x, memo)


def _reconstruct(x, memo):
    cls = type(x)
    y = cls.__new__(cls)
    if memo is not None:
        memo[id(x)] = y
    if hasattr(x, '__dict__'):
        state = x.__dict__
        if memo is not None:
            state = deepcopy(state, memo)
        y.__dict__.update(state)
    if isinstance(x, list):
        y.extend(x if memo is None else deepcopy(list(x), memo))
    elif isinstance(x, dict):
        for k, v in x.items():
            y[k] = v if memo is None else deepcopy(v, memo)
    return y
