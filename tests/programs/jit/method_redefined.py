# Methods and attributes redefined while compiled callers keep calling them.
class Shape:
    def area(self):
        return 1

    def describe(self):
        return f"{type(self).__name__} {self.area()}"

def total_area(shapes):
    total = 0
    for s in shapes:
        total += s.area()
    return total

shapes = [Shape() for _ in range(10)]
for _ in range(300):
    total_area(shapes)
print(total_area(shapes))

Shape.area = lambda self: 5
print(total_area(shapes))

def area_three(self):
    return 3

Shape.area = area_three
print(total_area(shapes), shapes[0].describe())

shapes[0].area = lambda: 100
print(total_area(shapes))

class Square(Shape):
    def area(self):
        return 4

mixed = shapes[1:] + [Square()]
print(total_area(mixed))
del Square.area
print(total_area(mixed))
Shape.area = area_three
del Shape.area
try:
    total_area(mixed)
except AttributeError as e:
    print(e)
