# expected: python3.13 (class semantics; output identical in 3.13 and 3.14)
# Keyword arguments of AttributeError/NameError/ImportError and their subclasses, OSError
# subclasses built from errno arguments, __cause__/__context__ checks, codec error fields.
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
t(lambda: (lambda e: (e.name, e.obj, e.args))(AttributeError("x", name="f", obj=1)))
t(lambda: (lambda e: (e.name, e.args))(NameError("x", name="f")))
t(lambda: (lambda e: (e.name, e.path, e.args))(ImportError("x", name="f", path="p")))
t(lambda: AttributeError("x", nam="f"))
t(lambda: NameError("x", obj="f"))
t(lambda: ImportError("x", foo="f"))
t(lambda: ValueError("x", foo="f"))
class A(AttributeError): pass
class N(NameError): pass
class I(ImportError): pass
t(lambda: (lambda e: (e.name, e.obj, e.args))(A("x", name="f", obj=1)))
t(lambda: (lambda e: (e.name, e.args))(N("x", name="f")))
t(lambda: A("x", nam="f"))
t(lambda: I("x", foo="f"))
class V(ValueError): pass
t(lambda: V("x", foo="f"))
class O(OSError): pass
t(lambda: str(O(2, "No such", "/x")))
t(lambda: (O(2, "No such", "/x", None, "/y")).args)
class O2(OSError):
    def __init__(self, a, b): super().__init__(a, b)
t(lambda: (lambda e: (str(e), e.errno, e.args))(O2(2, "x")))
class MyIndex(IndexError):
    def __str__(self):
        return "index " + super().__str__()
t(lambda: str(MyIndex("big")))
class K(KeyError):
    def __str__(self): return "K" + super().__str__()
t(lambda: str(K("big")))
e = RuntimeError("r")
t(lambda: setattr(e, "__context__", "ctx"))
e.__context__ = KeyError("k")
print(repr(e.__context__), e.__suppress_context__)
try:
    "ab\u20ac\u20acc".encode("latin-1")
except UnicodeEncodeError as err:
    print(err.encoding, err.object, err.start, err.end, err.reason, err)
try:
    b"ok\xc3(".decode("utf-8")
except UnicodeDecodeError as err:
    print(err.encoding, err.object, err.start, err.end, err.reason, err)
