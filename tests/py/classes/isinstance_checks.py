# expected: python3.13 (class semantics; output identical in 3.13 and 3.14)
# isinstance/issubclass with user classes, tuples, unions, nested tuples, errors.
class A: pass
class B(A): pass
class C: pass
class D(B, C): pass

objs = [A(), B(), C(), D(), 1, "s", None]
for o in objs:
    print(type(o).__name__, isinstance(o, A), isinstance(o, (B, C)), isinstance(o, A | C),
          isinstance(o, (int, (str, type(None)))), isinstance(o, object))

print(issubclass(D, A), issubclass(D, (int, C)), issubclass(D, int | A), issubclass(A, D))
print(issubclass(bool, int), issubclass(int, object), issubclass(type, object), issubclass(object, type))
print(isinstance(A, type), isinstance(type, type), isinstance(object, type), isinstance(type, object))
print(isinstance(True, int), isinstance(1, bool), isinstance(1.0, (int, float)))
print(issubclass(D, ()), isinstance(D(), ()))
print(issubclass(KeyError, LookupError), issubclass(KeyError, (IndexError, Exception)))

for bad in (lambda: isinstance(1, 1), lambda: isinstance(1, (int, 1)), lambda: issubclass(1, int),
            lambda: issubclass(int, "x"), lambda: isinstance(A(), [A])):
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)

# type() vs isinstance
b = B()
print(type(b) is B, type(b) is A, type(b) == B, b.__class__ is B, type(b).__mro__ == B.__mro__)

# union objects
U = A | C | None
print(isinstance(None, U), isinstance(C(), U), isinstance(1, U))
print(U == (C | A | None), U.__args__ == (A, C, type(None)))
print(int | str, A | None)

# __class__ of instances and classes
print(A().__class__.__name__, A.__class__.__name__, type(A).__name__)

# classes are first-class objects
classes = {"a": A, "b": B}
inst = classes["b"]()
print(type(inst).__name__, isinstance(inst, classes["a"]))
def make(cls, n):
    return [cls() for _ in range(n)]
print([type(x).__name__ for x in make(C, 2)])
print(A is A, A == A, A != B, A in [B, A], {A: 1, B: 2}[B])
