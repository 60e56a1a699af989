"""The parts of inspect that scripts use: kinds of objects, unwrap, getdoc."""


def isclass(obj):
    return isinstance(obj, type)


def isfunction(obj):
    return type(obj).__name__ == 'function'


def ismethod(obj):
    return type(obj).__name__ == 'method'


def isgenerator(obj):
    return type(obj).__name__ == 'generator'


def iscoroutine(obj):
    return type(obj).__name__ == 'coroutine'


def isbuiltin(obj):
    return type(obj).__name__ == 'builtin_function_or_method'


def isroutine(obj):
    return isfunction(obj) or ismethod(obj) or isbuiltin(obj)


def unwrap(func, *, stop=None):
    seen = {id(func)}
    while hasattr(func, '__wrapped__') and not (stop is not None and stop(func)):
        func = func.__wrapped__
        if id(func) in seen:
            raise ValueError(f'wrapper loop when unwrapping {func!r}')
        seen.add(id(func))
    return func


def getdoc(obj):
    doc = getattr(obj, '__doc__', None)
    if not isinstance(doc, str):
        return None
    lines = doc.expandtabs().split('\n')
    indent = min((len(line) - len(line.lstrip()) for line in lines[1:] if line.strip()), default=0)
    trimmed = [lines[0].strip()] + [line[indent:].rstrip() for line in lines[1:]]
    while trimmed and not trimmed[-1]:
        trimmed.pop()
    while trimmed and not trimmed[0]:
        trimmed.pop(0)
    return '\n'.join(trimmed)
