# expected: python3.13 (class semantics; output identical in 3.13 and 3.14)
# A shape hierarchy: abstract-style base, polymorphism, operator overloading, sorting.
class Shape:
    name = "shape"
    def area(self):
        raise NotImplementedError(f"{type(self).__name__}.area")
    def perimeter(self):
        raise NotImplementedError
    def __lt__(self, other):
        return self.area() < other.area()
    def __eq__(self, other):
        return type(self) is type(other) and self.key() == other.key()
    def __hash__(self):
        return hash((type(self).__name__, self.key()))
    def key(self):
        return ()
    def __str__(self):
        return f"{self.name} area={self.area():.2f} perimeter={self.perimeter():.2f}"

class Rect(Shape):
    name = "rect"
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)
    def key(self):
        return (self.w, self.h)
    def scale(self, k):
        return type(self)(*(v * k for v in self.key()))
    def __mul__(self, k):
        return self.scale(k)
    __rmul__ = __mul__

class Square(Rect):
    name = "square"
    def __init__(self, s):
        super().__init__(s, s)
    def key(self):
        return (self.w,)

class Circle(Shape):
    name = "circle"
    PI = 3.14159
    def __init__(self, r):
        self.r = r
    def area(self):
        return self.PI * self.r ** 2
    def perimeter(self):
        return 2 * self.PI * self.r
    def key(self):
        return (self.r,)

class Triangle(Shape):
    name = "triangle"
    def __init__(self, a, b, c):
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError(f"not a triangle: {a}, {b}, {c}")
        self.sides = (a, b, c)
    def perimeter(self):
        return sum(self.sides)
    def area(self):
        s = self.perimeter() / 2
        a, b, c = self.sides
        return (s * (s - a) * (s - b) * (s - c)) ** 0.5
    def key(self):
        return tuple(sorted(self.sides))

shapes = [Rect(3, 4), Square(2), Circle(1), Triangle(3, 4, 5), Circle(0.5), Square(3) * 2, 2 * Rect(1, 2)]
for sh in sorted(shapes):
    print(sh)
print(max(shapes).name, min(shapes).name)
print(len(set(shapes + [Square(2), Triangle(5, 3, 4), Rect(4, 3)])))
print(Square(2) == Rect(2, 2), Square(2) == Square(2), Triangle(3, 4, 5) == Triangle(5, 4, 3))
print(sum(s.area() for s in shapes if isinstance(s, Rect)))
by_kind = {}
for sh in shapes:
    by_kind.setdefault(type(sh).__name__, []).append(round(sh.area(), 3))
print(sorted(by_kind.items()))
try:
    Shape().area()
except NotImplementedError as e:
    print(type(e).__name__, e)
try:
    Triangle(1, 2, 10)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(Shape())
except NotImplementedError as e:
    print(type(e).__name__, e)
