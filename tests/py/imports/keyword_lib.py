# expected: python3.13 (3.12 added 'type' to the soft keywords)
# keyword: a module of braid's embedded library (runtime/lib/keyword.py).
import keyword
from keyword import iskeyword, issoftkeyword

print(keyword.__name__, keyword.__package__, keyword.__spec__.name, keyword.__spec__.parent)
print(sorted(keyword.__all__))
print(len(keyword.kwlist), keyword.kwlist[:5], keyword.kwlist[-3:])
print(keyword.softkwlist)
print([w for w in ["if", "match", "type", "_", "print", "None", "async", "case", "x"] if iskeyword(w)])
print([w for w in ["if", "match", "type", "_", "print", "None", "async", "case", "x"] if issoftkeyword(w)])
print(keyword.kwlist == sorted(keyword.kwlist))
try:
    iskeyword([])
except TypeError:
    print("TypeError for an unhashable argument")
