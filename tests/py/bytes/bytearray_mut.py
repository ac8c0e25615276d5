# bytearray mutation: item/slice assignment, append/extend/insert/pop/remove, in-place ops
ba = bytearray(b"hello")
ba[0] = 72
ba[1:3] = b"EY"
print(ba, len(ba))
ba.append(33)
ba.extend(b" world")
ba.extend([65, 66])
print(ba)
ba.insert(0, 62)
ba.insert(-1, 45)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord("E"))
print(ba)
del ba[0:2]
print(ba)
ba[::2] = bytes(len(ba[::2]))
print(ba)
ba.reverse()
print(ba)
ba.clear()
print(ba, len(ba), bool(ba))
c = bytearray(3)
c += b"xy"
c *= 2
print(c, c.count(0), c.find(b"y"))
d = bytearray(b"abc")
d[1:2] = b"XYZ"
print(d)
d[0:0] = b"<<"
d[len(d):] = b">>"
print(d, d.hex(), d.upper(), d.decode(), bytes(d))
e = d.copy()
e[0] = 0
print(d[0], e[0], d == e, d < e)
for bad in [lambda: bytearray(b"a").__setitem__(0, 256), lambda: bytearray().pop(), lambda: bytearray(b"a").remove(98),
            lambda: bytearray(b"ab").__setitem__(slice(0, 2, 1), [1, 2, 300])]:
    try:
        bad()
    except (ValueError, IndexError) as err:
        print(type(err).__name__, err)
try:
    bytearray(b"abc")[::2] = b"x"
except ValueError as err:
    print("ValueError", err)
f = bytearray(range(10))
del f[::3]
print(f, list(f), f[-1], f[2:5], type(f[2:5]).__name__)
print(bytearray(b"x") + b"y", b"y" + bytearray(b"x"), type(b"y" + bytearray(b"x")).__name__)
print(bytearray.fromhex("41 42"), bytearray("ab", "ascii"), bytearray([1, 2]), bytearray(b"\xff").hex())
