"""Abstract base classes: abstract methods block instantiation; register() adds virtual subclasses."""


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


class ABCMeta(type):
    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        abstracts = {key for key, value in namespace.items() if getattr(value, '__isabstractmethod__', False)}
        for base in bases:
            for key in getattr(base, '__abstractmethods__', ()):
                if getattr(getattr(cls, key, None), '__isabstractmethod__', False):
                    abstracts.add(key)
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._abc_registry = []
        return cls

    def register(cls, subclass):
        cls._abc_registry.append(subclass)
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if cls in getattr(subclass, '__mro__', ()):
            return True
        return any(issubclass(subclass, registered) for registered in cls._abc_registry)


class ABC(metaclass=ABCMeta):
    __slots__ = ()
