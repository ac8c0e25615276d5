"""Keywords and soft keywords of Python 3.14.

``iskeyword(s)`` tells whether ``s`` is a reserved word, ``issoftkeyword(s)`` whether it
is a soft keyword (a name everywhere except where the grammar gives it a meaning:
``match``/``case`` statements, ``type`` aliases and the ``_`` wildcard pattern).
"""

__all__ = ["iskeyword", "issoftkeyword", "kwlist", "softkwlist"]

kwlist = [
    'False', 'None', 'True',
    'and', 'as', 'assert', 'async', 'await',
    'break', 'class', 'continue',
    'def', 'del',
    'elif', 'else', 'except',
    'finally', 'for', 'from',
    'global',
    'if', 'import', 'in', 'is',
    'lambda',
    'nonlocal', 'not',
    'or',
    'pass',
    'raise', 'return',
    'try',
    'while', 'with',
    'yield',
]

softkwlist = ['_', 'case', 'match', 'type']

# Membership tests of frozensets, so that an unhashable argument raises TypeError
# exactly as CPython's keyword module does.
iskeyword = frozenset(kwlist).__contains__
issoftkeyword = frozenset(softkwlist).__contains__
