class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

p = Point(3, y=4)
while p.norm2() > 1:
    p.x, p.y = p.y // 2, p.x // 2
print(f"{p.x}:{p.y!r}", *[p.x, p.y], sep=", ")
