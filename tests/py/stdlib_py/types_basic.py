import types, sys

ns = types.SimpleNamespace(a=1, b="x")
print(ns, ns.a, ns.b)
ns.c = [1, 2]
del ns.a
print(ns, repr(ns))
print(types.SimpleNamespace({"x": 1}, y=2))
print(types.SimpleNamespace(a=1) == types.SimpleNamespace(a=1), types.SimpleNamespace(a=1) == types.SimpleNamespace(a=2))
print(types.SimpleNamespace() == 1, types.SimpleNamespace.__name__, types.SimpleNamespace.__module__)
r = types.SimpleNamespace(); r.self = r
print(r)
class Sub(types.SimpleNamespace): pass
print(Sub(z=3), Sub(z=3) == types.SimpleNamespace(z=3))
print(ns.__hash__)
try:
    types.SimpleNamespace({1: 2})
except TypeError as e:
    print(e)
print(vars(types.SimpleNamespace(q=1)))

def f(): pass
def g(): yield
class C:
    def m(self): pass
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), isinstance(g(), types.GeneratorType))
print(isinstance(C().m, types.MethodType), isinstance(len, types.BuiltinFunctionType), isinstance([].append, types.BuiltinMethodType))
print(isinstance(sys, types.ModuleType), isinstance(None, types.NoneType), isinstance(..., types.EllipsisType), isinstance(NotImplemented, types.NotImplementedType))
print(isinstance(f.__code__, types.CodeType), isinstance(type.__dict__, types.MappingProxyType), isinstance(list[int], types.GenericAlias))
print(isinstance(object.__init__, types.WrapperDescriptorType), isinstance(str.join, types.MethodDescriptorType), isinstance(object().__str__, types.MethodWrapperType))
try:
    1 / 0
except ZeroDivisionError as e:
    print(isinstance(e.__traceback__, types.TracebackType), isinstance(e.__traceback__.tb_frame, types.FrameType))
m = types.ModuleType("mymod", "doc here")
m.x = 5
print(m.__name__, m.__doc__, m.x)

def body(ns):
    ns["greet"] = lambda self: "hi " + self.name
    ns["name"] = "bob"
K = types.new_class("K", (object,), exec_body=body)
print(K.__name__, K().greet(), K.__bases__)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["made_by"] = "Meta"
        return super().__new__(mcls, name, bases, ns)
K2 = types.new_class("K2", (), {"metaclass": Meta})
print(type(K2).__name__, K2.made_by)
meta, ns2, kw = types.prepare_class("Z", (), {"metaclass": Meta, "flag": 1})
print(meta.__name__, ns2, kw)
class Entry:
    def __mro_entries__(self, bases):
        return (dict,)
print(types.resolve_bases((Entry(), int)), types.resolve_bases((int,)))
K3 = types.new_class("K3", (Entry(),))
print(K3.__bases__, K3.__orig_bases__[0].__class__.__name__, types.get_original_bases(K3)[0].__class__.__name__)
print(types.get_original_bases(int))
class D:
    @types.DynamicClassAttribute
    def val(self):
        return 42
    def __getattr__(self, name):
        return "class-level " + name
print(D().val)
try:
    D.val
except AttributeError:
    print("AttributeError on class")
m2 = types.ModuleType("pkg.sub")
print(m2, m2.__doc__, m2.__package__, m2.__spec__, m2.__loader__)
try:
    types.ModuleType(5)
except TypeError as e:
    print(e)
try:
    types.ModuleType()
except TypeError as e:
    print(e)
