# C3 method resolution order: diamonds, cooperative super() calls, and an order that cannot be linearized.
class A:
    def hello(self):
        return ["A"]

class B(A):
    def hello(self):
        return ["B"] + super().hello()

class C(A):
    def hello(self):
        return ["C"] + super().hello()

class D(B, C):
    def hello(self):
        return ["D"] + super().hello()

print([k.__name__ for k in D.__mro__])
print(D().hello())
print(D.mro() == list(D.__mro__))

class X: pass
class Y: pass
class Z: pass
class P(X, Y): pass
class Q(Y, Z): pass
class R(P, Q): pass
print([k.__name__ for k in R.__mro__])
try:
    class Bad(X, P): pass
except TypeError as e:
    print("TypeError:", e)
print(issubclass(R, Y), issubclass(Y, R), isinstance(R(), Z))
print(super(B, D()).hello())
print(super(C, D()).hello())
