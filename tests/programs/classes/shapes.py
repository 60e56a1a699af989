# Polymorphism with a small shape hierarchy: area, perimeter, scaling, sorting and a summary.
class Shape:
    name = "shape"

    def area(self):
        raise NotImplementedError(f"{type(self).__name__}.area")

    def perimeter(self):
        raise NotImplementedError

    def describe(self):
        return f"{self.name:<10} area={self.area():>9.3f} perimeter={self.perimeter():>8.3f}"

    def __lt__(self, other):
        return self.area() < other.area()

class Rect(Shape):
    name = "rectangle"

    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)

    def scaled(self, k):
        return type(self)(self.w * k, self.h * k) if type(self) is Rect else Square(self.w * k)

class Square(Rect):
    name = "square"

    def __init__(self, side):
        super().__init__(side, side)

class Circle(Shape):
    name = "circle"
    PI = 3.141592653589793

    def __init__(self, r):
        self.r = r

    def area(self):
        return self.PI * self.r ** 2

    def perimeter(self):
        return 2 * self.PI * self.r

class Triangle(Shape):
    name = "triangle"

    def __init__(self, a, b, c):
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError(f"sides {a}, {b}, {c} do not form a triangle")
        self.sides = (a, b, c)

    def perimeter(self):
        return sum(self.sides)

    def area(self):
        s = self.perimeter() / 2
        a, b, c = self.sides
        return (s * (s - a) * (s - b) * (s - c)) ** 0.5

shapes = [Rect(3, 4), Square(2.5), Circle(1), Triangle(3, 4, 5), Circle(0.5), Rect(10, 0.1)]
for s in shapes:
    print(s.describe())
print([s.name for s in sorted(shapes)])
print(max(shapes).name, min(shapes).name, round(sum(s.area() for s in shapes), 6))
print(Rect(1, 2).scaled(3).describe(), Square(1).scaled(4).describe(), sep="\n")
try:
    Triangle(1, 2, 10)
except ValueError as e:
    print("ValueError:", e)
try:
    Shape().area()
except NotImplementedError as e:
    print("NotImplementedError:", e)
counts = {}
for s in shapes:
    counts[type(s).__name__] = counts.get(type(s).__name__, 0) + 1
print(counts, isinstance(Square(1), Rect), issubclass(Circle, Rect))
