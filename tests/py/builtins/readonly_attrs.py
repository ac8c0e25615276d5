# Assigning or deleting attributes of built-in objects and types: CPython's errors for
# data attributes, members, methods and immutable types. Expected output generated with
# CPython 3.13 (/root/.pyenv/versions/3.13.0/bin/python3); 3.14 prints the same.
def t(f):
    try: f()
    except Exception as e: print(type(e).__name__, e)
def s1(): (1).real = 2
def s2(): range(3).start = 1
def s3(): (1.5).imag = 1
def s4(): (1).bit_length = 1
def s5(): (1).foo = 1
def s6(): len.__name__ = 'x'
def s8(): [].__class__ = tuple
def s9(): int.real = 5
def s10(): int.foo = 5
def s11(): del (1).real
def s12(): (1).__doc__ = 'x'
def s13(): del int.real
def s14(): slice(1).step = 3
for f in [s1,s2,s3,s4,s5,s6,s8,s9,s10,s11,s12,s13,s14]: t(f)
