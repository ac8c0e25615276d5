# expected: python3.13 (class semantics; output identical in 3.13 and 3.14)
# Class statements, instances, methods, class and instance attributes.
class Empty:
    pass

e = Empty()
print(type(e).__name__, type(e) is Empty, isinstance(e, Empty), isinstance(e, object))
print(Empty.__name__, Empty.__qualname__, Empty.__module__)
print(Empty.__bases__, Empty.__base__)

class Point:
    """A 2-D point."""
    dims = 2

    def __init__(self, x, y=0):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)

p = Point(3, 4)
print(p.x, p.y, p.norm2(), p.dims, Point.dims)
q = p.moved(1, -1)
print(q.x, q.y, Point.norm2(q))
print(Point.__doc__)
print(Point(5).y)
p.dims = 3
print(p.dims, Point.dims, q.dims)
Point.dims = 10
print(p.dims, q.dims)
del p.dims
print(p.dims)

# methods are functions on the class, bound on the instance
m = p.norm2
print(m(), m.__self__ is p, m.__func__ is Point.norm2, m.__name__)
print(Point.norm2.__qualname__, Point.__init__.__qualname__)

# attributes added later
p.label = "P"
print(p.label, hasattr(q, "label"))
print(sorted(p.__dict__.items()))

# class body executes as code
class Counter:
    total = 0
    for i in range(5):
        total += i
    names = [str(i) for i in range(3)]
    del i

print(Counter.total, Counter.names, hasattr(Counter, "i"))

# nested classes and qualname
class Outer:
    class Inner:
        def where(self):
            return "inner"
    def make(self):
        return self.Inner()

print(Outer.Inner.__qualname__, Outer().make().where())

def factory():
    class Local:
        pass
    return Local

print(factory().__qualname__, factory() is factory())

# instance attribute shadows method
class S:
    def f(self):
        return "method"
s = S()
s.f = lambda: "instance"
print(s.f(), S().f())

# calling errors
try:
    Point()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Empty(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    p.nope
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Point.nope
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.norm2(1)
except TypeError as e:
    print(type(e).__name__, e)
