# Inheritance, method overriding, super().__init__ and super().method(), isinstance/issubclass.
class Animal:
    kind = "animal"

    def __init__(self, name):
        self.name = name

    def speak(self):
        return "..."

    def describe(self):
        return f"{self.name} the {self.kind} says {self.speak()}"

class Dog(Animal):
    kind = "dog"

    def speak(self):
        return "Woof"

class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age

    def speak(self):
        return super().speak() + " (squeaky)"

    def describe(self):
        return super().describe() + f", age {self.age}"

class Cat(Animal):
    kind = "cat"

    def speak(self):
        return "Meow"

for a in [Animal("generic"), Dog("Rex"), Puppy("Bit", 1), Cat("Tom")]:
    print(a.describe())
p = Puppy("Bit", 1)
print(isinstance(p, Puppy), isinstance(p, Dog), isinstance(p, Animal), isinstance(p, Cat), isinstance(p, object))
print(issubclass(Puppy, Animal), issubclass(Animal, Dog), issubclass(Cat, (Dog, Animal)))
print([c.__name__ for c in Puppy.__mro__], Puppy.__bases__[0].__name__, Dog.__name__)
print(type(p).__name__, type(p) is Puppy, type(p) is Dog)
