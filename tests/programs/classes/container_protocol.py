# __len__, __getitem__, __setitem__, __contains__, __iter__ make a class behave like a container.
class Grid:
    def __init__(self, w, h, fill=0):
        self.w = w
        self.h = h
        self.cells = [fill] * (w * h)

    def __len__(self):
        return self.w * self.h

    def __getitem__(self, pos):
        x, y = pos
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"cell {pos} out of range")
        return self.cells[y * self.w + x]

    def __setitem__(self, pos, value):
        x, y = pos
        self.cells[y * self.w + x] = value

    def __contains__(self, value):
        return value in self.cells

    def __iter__(self):
        return iter(self.cells)

g = Grid(3, 2)
g[0, 0] = 5
g[2, 1] = 7
print(len(g), g[0, 0], g[2, 1], 7 in g, 9 in g, list(g), sum(g), max(g))
try:
    g[3, 0]
except IndexError as e:
    print("IndexError:", e)
class Squares:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i
s = Squares(5)
print(list(s), 9 in s, [x for x in s], len(s), bool(Squares(0)), bool(s))
class Empty:
    def __len__(self):
        return 0
print(bool(Empty()), "falsy" if not Empty() else "truthy")
