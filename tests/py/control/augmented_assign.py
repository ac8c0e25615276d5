# augmented assignment on names, items and slices; in-place vs rebinding semantics
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 5; print(x)
x %= 3; print(x)
x **= 10; print(x)
x <<= 3; print(x)
x >>= 1; print(x)
x |= 0b1010; print(x)
x &= 0b1111; print(x)
x ^= 0b0101; print(x)
f = 7.0
f /= 2; print(f)
f //= 2; print(f)
s = "ab"
s *= 3; print(s)
s += "!"; print(s)

lst = [1, 2]
alias = lst
lst += [3]
print(lst, alias, lst is alias)
lst *= 2
print(alias)
t = (1, 2)
talias = t
t += (3,)
print(t, talias, t is talias)

d = {"a": 1}
d["a"] += 5
d.setdefault("b", 0)
d["b"] -= 1
print(d)
nested = [[0, 0], [0, 0]]
nested[1][0] += 7
print(nested)
calls = []
def idx():
    calls.append("idx")
    return 0
arr = [100]
arr[idx()] += 1
print(arr, calls)
st = {1, 2}
st |= {3}
st &= {1, 3, 4}
st -= {1}
st ^= {9}
print(st)
b = bytearray(b"x")
b += b"yz"
print(b)
n = 2
n **= 100
print(n)
m = -7
m //= 2
print(m)
