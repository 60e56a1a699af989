# Bound methods as values, calling through the class, methods referencing other methods and globals.
PREFIX = ">> "

class Greeter:
    greeting = "Hello"

    def __init__(self, name):
        self.name = name

    def greet(self):
        return PREFIX + self.greeting + ", " + self.name

    def shout(self):
        return self.greet().upper()

g = Greeter("world")
bound = g.greet
print(bound(), Greeter.greet(g), g.shout(), Greeter.shout(Greeter("x")))
methods = [g.greet, g.shout, Greeter("y").greet]
print([m() for m in methods])
print(callable(bound), bound.__name__, type(bound).__name__, type(Greeter.greet).__name__)
class Sub(Greeter):
    greeting = "Hi"
print(Sub("sub").greet(), Sub("sub").shout(), Greeter.greeting, Sub.greeting)
