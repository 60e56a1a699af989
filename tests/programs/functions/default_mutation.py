# Default values are evaluated once at definition time; the None-default idiom avoids sharing.
def append_bad(x, into=[]):
    into.append(x)
    return into

def append_good(x, into=None):
    if into is None:
        into = []
    into.append(x)
    return into

print(append_bad(1), append_bad(2), append_bad(3, []), append_bad(4))
print(append_good(1), append_good(2), append_good(3, [0]))
print(append_bad.__defaults__, append_good.__defaults__)
k = 10
def uses_k(v=k):
    return v
k = 20
print(uses_k(), k)
def counter(start=[0]):
    start[0] += 1
    return start[0]
print(counter(), counter(), counter())
