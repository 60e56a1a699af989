# Rich comparisons: reflection (< becomes >), NotImplemented fallbacks, == falling back to identity.
log = []

class A:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        log.append("A.__lt__")
        if isinstance(o, A):
            return self.v < o.v
        return NotImplemented
    def __gt__(self, o):
        log.append("A.__gt__")
        if isinstance(o, A):
            return self.v > o.v
        return NotImplemented
    def __eq__(self, o):
        log.append("A.__eq__")
        if isinstance(o, A):
            return self.v == o.v
        return NotImplemented
    def __repr__(self):
        return f"A({self.v})"

class B:
    def __init__(self, v):
        self.v = v
    def __gt__(self, o):
        log.append("B.__gt__")
        return self.v > o.v

def show(label, f):
    log.clear()
    try:
        r = f()
    except TypeError as e:
        r = f"{type(e).__name__}: {e}"
    print(label, r, log)

show("A<A", lambda: A(1) < A(2))
show("A<B", lambda: A(1) < B(0))
show("B<A", lambda: B(5) < A(3))
show("A>B", lambda: A(1) > B(0))
show("A==A", lambda: A(1) == A(1))
show("A==B", lambda: A(1) == B(1))
show("A!=A", lambda: A(1) != A(2))
show("A<=A", lambda: A(1) <= A(2))
show("A>=3", lambda: A(1) >= 3)
show("A<3", lambda: A(1) < 3)
show("3<A", lambda: 3 < A(1))
print(sorted([A(3), A(1), A(2)]), max(A(5), A(9)), min([A(4), A(2)]))

class Plain:
    pass

p = Plain()
print(p == p, p == Plain(), p != Plain(), p is p)
try:
    p < p
except TypeError as e:
    print(type(e).__name__, e)

class Weird:
    def __eq__(self, o):
        return "yes"
    def __lt__(self, o):
        return 42

w = Weird()
print(w == 1, w != 1, w < 1, [1, 2] == [1, 2])
print(w in [1, 2], [w] == [w])
