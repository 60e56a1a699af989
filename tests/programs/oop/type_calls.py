# type(name, bases, dict) builds classes at run time; type(x) of instances; class attributes.
def greet(self):
    return f"hi from {self.name}"

Person = type("Person", (), {"name": "anon", "greet": greet, "__doc__": "made by type()"})
p = Person()
print(p.greet(), Person.__name__, Person.__doc__, Person.__bases__)
p.name = "Ada"
print(p.greet(), Person.name)

Student = type("Student", (Person,), {"school": "MIT"})
s = Student()
print(s.greet(), s.school, [c.__name__ for c in Student.__mro__])
print(type(s) is Student, type(Student) is type, type(type) is type)
print(isinstance(s, Person), issubclass(Student, object))
print(type(3).__name__, type("x").__name__, type(None).__name__, type(type).__name__)
try:
    type("Bad", (3,), {})
except TypeError as e:
    print("TypeError:", e)
try:
    type("a", "b")
except TypeError as e:
    print("TypeError:", e)
Dyn = type("Dyn", (object,), {"__init__": lambda self, v: setattr(self, "v", v), "double": lambda self: self.v * 2})
print(Dyn(21).double())
