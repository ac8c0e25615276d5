# enumerate's count goes on into big ints past 2**63 - 1, and starts anywhere.
import sys

for i, x in enumerate("abcd", 2**63 - 2):
    print(i, x)
print(list(enumerate("ab", sys.maxsize)))
print(list(enumerate("ab", start=2**64)))
print(list(enumerate("abc", -2**64 - 1)))
e = enumerate(range(3), 2**63 - 1)
print(next(e), next(e), next(e))
