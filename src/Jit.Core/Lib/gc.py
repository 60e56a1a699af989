"""Garbage collector interface: .NET collects; these answer as CPython's do."""

_enabled = True
_threshold = (700, 10, 10)
_frozen = 0

garbage = []
callbacks = []

DEBUG_STATS = 1
DEBUG_COLLECTABLE = 2
DEBUG_UNCOLLECTABLE = 4
DEBUG_SAVEALL = 32
DEBUG_LEAK = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL
_debug = 0


def collect(generation=2):
    if not isinstance(generation, int):
        try:
            generation = generation.__index__()
        except AttributeError:
            raise TypeError(f"'{type(generation).__name__}' object cannot be interpreted as an integer") from None
    if not 0 <= generation <= 2:
        raise ValueError("invalid generation")
    for callback in list(callbacks):
        callback("start", {"generation": generation, "collected": 0, "uncollectable": 0})
    for callback in list(callbacks):
        callback("stop", {"generation": generation, "collected": 0, "uncollectable": 0})
    return 0


def enable():
    global _enabled
    _enabled = True


def disable():
    global _enabled
    _enabled = False


def isenabled():
    return _enabled


def get_count():
    return (0, 0, 0)


def get_threshold():
    return _threshold


def set_threshold(threshold0, threshold1=None, threshold2=None):
    global _threshold
    _threshold = (threshold0,
                  _threshold[1] if threshold1 is None else threshold1,
                  _threshold[2] if threshold2 is None else threshold2)


def set_debug(flags):
    global _debug
    _debug = flags


def get_debug():
    return _debug


def get_stats():
    return [{"collections": 0, "collected": 0, "uncollectable": 0} for _ in range(3)]


def _atomic(obj):
    return obj is None or isinstance(obj, (int, float, complex, str, bytes))


def is_tracked(obj):
    """Whether CPython's collector would watch obj: not atoms (numbers, strings, None), not
    dicts holding only atoms; every other container and instance."""
    if _atomic(obj):
        return False
    if type(obj) is dict:
        return any(not _atomic(k) or not _atomic(v) for k, v in obj.items())
    return True


def is_finalized(obj):
    return False


def get_referents(*objs):
    result = []
    for obj in objs:
        if isinstance(obj, dict):
            for k, v in obj.items():
                result.append(k)
                result.append(v)
        elif isinstance(obj, (list, tuple, set, frozenset)):
            result.extend(obj)
    return result


def freeze():
    global _frozen
    _frozen += 1


def unfreeze():
    global _frozen
    _frozen = 0


def get_freeze_count():
    return _frozen
