import sys
from contextlib import redirect_stdout, redirect_stderr
class Buf:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s); return len(s)
    def flush(self): pass
b = Buf()
with redirect_stdout(b):
    print("hidden", 1)
print("captured", b.parts)
e = Buf()
with redirect_stderr(e):
    print("err", file=sys.stderr)
print("captured err", e.parts)

with redirect_stdout(None):
    pass
print(sys.stdout is sys.__stdout__)
