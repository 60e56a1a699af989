# gc functions return what CPython's do; __future__ annotations; string constants and Template.
from __future__ import annotations
import gc
import string
print(isinstance(gc.collect(), int), gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
def f(x: SomeUndefinedType) -> AlsoUndefined:
    return x
print(f(3), f.__annotations__)
print(string.ascii_lowercase, string.ascii_uppercase, string.digits, string.hexdigits, string.punctuation)
print(repr(string.whitespace), len(string.printable), string.octdigits)
t = string.Template("$who likes ${what}s")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="ann"))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError:", e)
print(string.capwords("hello   big world"))
