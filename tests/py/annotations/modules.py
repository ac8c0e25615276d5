# expected: hand-written (PEP 649/749 module annotations, Python 3.14)
import sys
sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/helpers")

a: int = 1
b: Defined_Later

# `__annotations__` is no longer a name in the module namespace.
try:
    __annotations__
except NameError as e:
    print("NameError:", e)

# The compiler stores the module's __annotate__ after its last statement, so the
# running script does not have it yet.
me = sys.modules[__name__]
print(me.__annotate__)
Defined_Later = list

import annotated_mod
print(annotated_mod.__annotations__)
print(annotated_mod.uses.__annotations__)
import annotationlib
print(annotationlib.get_annotations(annotated_mod.uses, format=annotationlib.Format.STRING))

# A module without annotations.
import types
m = types.ModuleType("empty")
print(m.__annotate__, m.__annotations__)
m.__annotations__ = {"set": 1}
print(m.__annotations__)
try:
    m.__annotate__ = 3
except TypeError as e:
    print("TypeError:", e)
m.__annotate__ = lambda format: {"from": "annotate"}
print(m.__annotations__)

# exec() of module code: the annotate function is in the namespace once it ran.
ns = {}
exec("x: int\ny: Undef = 2\nclass K:\n    k: x", ns)
print(callable(ns["__annotate__"]), ns["y"])
ns["Undef"] = "late"
print(ns["__annotate__"](1))
try:
    ns["K"].__annotations__
except NameError as e:
    print("NameError:", e)
