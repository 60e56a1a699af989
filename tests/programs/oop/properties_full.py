# property with getter, setter and deleter, as decorators and via property(); read-only errors.
class Temperature:
    def __init__(self):
        self._celsius = 0.0
        self.log = []

    @property
    def celsius(self):
        self.log.append("get")
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self.log.append(f"set {value}")
        self._celsius = value

    @celsius.deleter
    def celsius(self):
        self.log.append("del")
        self._celsius = 0.0

    def _get_f(self):
        return self._celsius * 9 / 5 + 32

    fahrenheit = property(_get_f, doc="degrees F")

t = Temperature()
t.celsius = 25
print(t.celsius, t.fahrenheit)
del t.celsius
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError:", e)
print(t.log)
print(Temperature.fahrenheit.__doc__, type(Temperature.celsius).__name__)
print(Temperature.celsius.fget.__name__, Temperature.fahrenheit.fset)
