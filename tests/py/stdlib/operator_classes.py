# expected: python3.13 (3.13 output equals 3.14's)
# operator, heapq, bisect and itertools with user classes.
import operator
import heapq
import bisect
from itertools import groupby, accumulate


class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


class Hint:
    def __length_hint__(self):
        return 7


class NoHint:
    def __length_hint__(self):
        return NotImplemented


class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)

    def __iadd__(self, other):
        self.xs.extend(other.xs)
        return self

    def __add__(self, other):
        return Vec(*(self.xs + other.xs))

    def __repr__(self):
        return f'Vec{tuple(self.xs)}'


class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child

    def greet(self, greeting, punct='!'):
        return f'{greeting}, {self.name}{punct}'


class Task:
    def __init__(self, prio, name):
        self.prio, self.name = prio, name

    def __lt__(self, other):
        return self.prio < other.prio

    def __repr__(self):
        return f'Task({self.prio}, {self.name!r})'


print(operator.index(Idx(5)), operator.length_hint(Hint()), operator.length_hint(NoHint(), 3), operator.length_hint(object(), 2))
v = Vec(1)
w = operator.iadd(v, Vec(2, 3))
print(w, w is v, operator.add(Vec(1), Vec(2)), operator.concat([1], [2]))
n = Node('a', Node('b'))
print(operator.attrgetter('name', 'child.name')(n), operator.methodcaller('greet', 'hi')(n), operator.methodcaller('greet', 'yo', punct='?')(n))
tasks = [Task(3, 'c'), Task(1, 'a'), Task(2, 'b'), Task(1, 'z')]
heapq.heapify(tasks)
print(tasks, [heapq.heappop(tasks) for _ in range(len(tasks))])
print(heapq.nsmallest(2, [Task(5, 'e'), Task(4, 'd'), Task(6, 'f')]), heapq.nlargest(1, [Task(5, 'e'), Task(9, 'i')]))
print(list(heapq.merge([Task(1, 'a'), Task(4, 'd')], [Task(2, 'b')])))
ts = [Task(1, 'a'), Task(3, 'c'), Task(5, 'e')]
print(bisect.bisect(ts, Task(3, 'x')), bisect.bisect_left(ts, Task(3, 'x')), bisect.bisect_left(ts, 4, key=lambda t: t.prio))
bisect.insort(ts, Task(2, 'b'))
print(ts)
print([(k, [t.name for t in g]) for k, g in groupby([Task(1, 'a'), Task(1, 'b'), Task(2, 'c')], key=operator.attrgetter('prio'))])
print(list(accumulate([Vec(1), Vec(2), Vec(3)])))
try:
    operator.index(Task(1, 'a'))
except TypeError as e:
    print('TypeError', e)
