# expected: python3.13 (class semantics; output identical in 3.13 and 3.14)
# Private __slots__ names are mangled; object.__getstate__ with slots; copy of slotted objects.
class P:
    __slots__ = ("x", "y")
class Q(P): pass
class S: 
    __slots__ = ("a", "__b")
q = Q(); q.x = 1; q.z = 2
print(q.__getstate__())
p = P(); p.y = 3
print(p.__getstate__(), P().__getstate__())
s = S(); s.a = 1; s._S__b = 2
print(s.__getstate__())
class N: pass
n = N(); print(n.__getstate__()); n.k = 1; print(n.__getstate__())
import copy
q2 = copy.copy(q); print(q2.x, q2.z, q2.__dict__)
s2 = copy.deepcopy(s); print(s2.a, s2._S__b)
