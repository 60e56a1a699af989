"""Abstract base classes of containers, for isinstance and issubclass checks: a class belongs
when it (or a base) defines the methods the protocol needs, or when it is registered."""


def _has(cls, *methods):
    for method in methods:
        for base in cls.__mro__:
            if method in base.__dict__:
                if base.__dict__[method] is None:
                    return False
                break
        else:
            return False
    return True


class _ProtocolMeta(type):
    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if subclass in cls._registered or cls in subclass.__mro__:
            return True
        return all(_has(subclass, *group) for group in cls._required)

    def register(cls, subclass):
        cls._registered.append(subclass)
        return subclass


def _protocol(name, required, bases=()):
    return _ProtocolMeta(name, bases, {'_required': required, '_registered': [], '__module__': 'collections.abc'})


Hashable = _protocol('Hashable', [('__hash__',)])
Awaitable = _protocol('Awaitable', [('__await__',)])
Iterable = _protocol('Iterable', [('__iter__',)])
Iterator = _protocol('Iterator', [('__iter__',), ('__next__',)])
Reversible = _protocol('Reversible', [('__iter__',), ('__reversed__',)])
Generator = _protocol('Generator', [('__iter__',), ('__next__',), ('send',), ('throw',)])
Sized = _protocol('Sized', [('__len__',)])
Container = _protocol('Container', [('__contains__',)])
Callable = _protocol('Callable', [('__call__',)])
Collection = _protocol('Collection', [('__len__',), ('__iter__',), ('__contains__',)])
Sequence = _protocol('Sequence', [('__getitem__',), ('__len__',), ('__iter__',), ('index',), ('count',)])
MutableSequence = _protocol('MutableSequence', [('__getitem__',), ('__setitem__',), ('__delitem__',), ('__len__',), ('insert',)])
Set = _protocol('Set', [('__len__',), ('__iter__',), ('__contains__',), ('isdisjoint',)])
MutableSet = _protocol('MutableSet', [('__len__',), ('__iter__',), ('__contains__',), ('add',), ('discard',)])
Mapping = _protocol('Mapping', [('__getitem__',), ('__len__',), ('__iter__',), ('keys',), ('items',), ('values',), ('get',)])
MutableMapping = _protocol('MutableMapping', [('__getitem__',), ('__setitem__',), ('__delitem__',), ('__len__',), ('__iter__',), ('keys',)])
MappingView = _protocol('MappingView', [('__len__',)])
KeysView = _protocol('KeysView', [('__len__',), ('__iter__',), ('__contains__',), ('isdisjoint',)])
ItemsView = KeysView
ValuesView = _protocol('ValuesView', [('__len__',), ('__iter__',), ('__contains__',)])
