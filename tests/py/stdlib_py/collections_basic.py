from collections import namedtuple, defaultdict, Counter, OrderedDict, ChainMap, deque, UserDict, UserList
import collections

# namedtuple
Point = namedtuple('Point', ['x', 'y'])
p = Point(1, y=2)
print(p, p.x, p.y, p[0], len(p), p == (1, 2), isinstance(p, tuple))
print(Point._fields, Point._field_defaults, Point.__match_args__, Point.__name__, Point.__module__)
print(p._asdict(), p._replace(y=5), Point._make([3, 4]), list(p))
x, y = p; print(x + y, hash(p) == hash((1, 2)))
P3 = namedtuple('P3', 'a b c', defaults=[0, 1])
print(P3(9), P3(1, 2, 3), P3._field_defaults, P3.__new__.__defaults__)
R = namedtuple('R', ['abc', 'def', 'ghi', 'abc', '_x'], rename=True)
print(R._fields)
for args in [('1a', 'x'), ('T', 'x class'), ('T', 'x _y'), ('T', 'x x'), ('T', ['a', 'b'])]:
    try:
        T = namedtuple(*args, defaults=[1, 2, 3] if args[1] == ['a', 'b'] else None)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try: Point(1)
except TypeError as e: print(e)
try: Point(1, 2, 3)
except TypeError as e: print(e)
try: Point._make([1])
except TypeError as e: print(e)
try: p._replace(z=1)
except (TypeError, ValueError) as e: print(type(e).__name__, e)
try: p.x = 5
except AttributeError as e: print("AttributeError")
match p:
    case Point(a, b): print("matched", a, b)
class Sub(namedtuple('Base', 'a b')):
    def total(self): return self.a + self.b
print(Sub(1, 2), Sub(1, 2).total(), sorted([Point(2, 1), Point(1, 5)]))
E = namedtuple('E', '')
print(E(), namedtuple('One', 'v')(7))

# defaultdict
d = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    d[k].append(v)
print(d, d['a'], d.default_factory, isinstance(d, dict), len(d))
print(defaultdict(int), defaultdict(None, {1: 2}), defaultdict(lambda: 'x')['q'])
c = d.copy(); c['z'].append(0); print(type(c).__name__, sorted(c), sorted(d))
try: defaultdict(None)['missing']
except KeyError as e: print('KeyError', e)
try: defaultdict(3)
except TypeError as e: print(e)
print(d.get('nope'), 'nope' in d)

# Counter
cnt = Counter('abracadabra')
print(cnt, cnt['a'], cnt['zzz'], cnt.total())
print(cnt.most_common(2), cnt.most_common(), ''.join(sorted(cnt.elements())))
cnt.update('aaz'); cnt.subtract({'b': 5}); print(cnt)
a, b = Counter(a=3, b=1), Counter(a=1, b=2)
print(a + b, a - b, a | b, a & b, +Counter(a=-1, b=2), -Counter(a=-1, b=2))
print(Counter(), Counter({'x': 2}) == Counter(x=2), Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2))
a += Counter(a=1); a -= Counter(b=10); print(a)
try: Counter.fromkeys('abc')
except NotImplementedError as e: print(e)
del cnt['not there']; print(len(cnt))
print(Counter(['x', 'y', 'x']).most_common(1)[0], sum(Counter('hello').values()))

# OrderedDict
od = OrderedDict(a=1, b=2, c=3)
od.move_to_end('a'); print(od, list(od))
od.move_to_end('c', last=False); print(od)
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(), OrderedDict([('x', 1), ('y', 2)]) == OrderedDict([('y', 2), ('x', 1)]),
      OrderedDict([('x', 1), ('y', 2)]) == {'y': 2, 'x': 1})
try: OrderedDict().popitem()
except KeyError as e: print('KeyError', e)
try: OrderedDict().move_to_end('q')
except KeyError as e: print('KeyError', e)
print(OrderedDict.fromkeys('ab', 0), type(od.copy()).__name__)

# ChainMap
base = {'a': 1, 'b': 2}; over = {'b': 20, 'c': 30}
cm = ChainMap(over, base)
print(cm['a'], cm['b'], len(cm), sorted(cm), 'c' in cm, cm.get('q', 0))
child = cm.new_child({'a': 100}); print(child['a'], child.parents['a'], child)
cm['new'] = 1; print(over)
try: del cm['a']
except KeyError as e: print('KeyError', e)
print(dict(cm.items()) == {'a': 1, 'b': 20, 'c': 30, 'new': 1}, ChainMap())

# deque
dq = deque([1, 2, 3], maxlen=4)
dq.append(4); dq.append(5); dq.appendleft(0); print(dq, dq.maxlen)
dq.rotate(1); print(dq, dq.pop(), dq.popleft(), list(dq), dq[0], len(dq))
print(deque('abc'), deque())
try: deque().pop()
except IndexError as e: print(e)

# UserDict / UserList
class Lower(UserDict):
    def __setitem__(self, k, v): self.data[k.lower()] = v
u = Lower({'A': 1}); u['B'] = 2; print(u, u['a'], len(u), 'b' in u)
ul = UserList([3, 1, 2]); ul.sort(); ul.append(4); print(ul, ul[1:], ul + [5], len(ul))
