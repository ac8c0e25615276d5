# expected: python3.13 (python3.11 imports keyword at start-up, before the script can shadow it)
# A module on sys.path shadows a library module of the same name (braid's embedded
# library comes last on sys.path, as CPython's standard library does).
import sys

ROOT = __file__.rsplit("/", 2)[0] + "/"
sys.path.insert(0, ROOT + "imports/shadow")
import keyword
print(keyword.kwlist, keyword.__file__.replace(ROOT, ""))
del sys.modules["keyword"]
sys.path.pop(0)
import keyword
print(keyword.iskeyword("while"), keyword.__name__)
