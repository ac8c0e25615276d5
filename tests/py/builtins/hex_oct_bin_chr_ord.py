# hex/oct/bin/chr/ord/ascii/repr/format builtins
for n in [0, 1, -1, 255, -256, 2 ** 64, -(2 ** 70) + 1, True]:
    print(n, hex(n), oct(n), bin(n), format(n, "x"), format(n, "#o"))
try:
    hex(1.5)
except TypeError as e:
    print("TypeError", e)
try:
    bin("1")
except TypeError as e:
    print("TypeError", e)
print([chr(i) for i in [65, 97, 48, 32, 233, 955, 8364, 128512]], [ord(c) for c in "Aa0 éλ€😀"])
print(repr(chr(0)), repr(chr(127)), repr(chr(160)), repr(chr(0x10FFFF)), chr(0x1F600) == "\U0001F600")
for bad in [-1, 0x110000]:
    try:
        chr(bad)
    except ValueError as e:
        print("ValueError", e)
for bad in ["", "ab"]:
    try:
        ord(bad)
    except TypeError as e:
        print("TypeError", e)
print(ord(b"a"), ord(bytearray(b"z")), chr(True))
print(ascii("plain"), ascii("é"), ascii(["ü", "x"]), ascii(1.5), repr("é"), repr(b"\xe9"))
print(format(3.14159, ".3f"), format(42), format("x", "^5"), format([1]), format(None), format(255, "08b"))
try:
    format([1], "x")
except TypeError as e:
    print("TypeError", e)
print(int(hex(12345), 16), int(oct(12345), 8), int(bin(12345), 2), int(hex(-12345), 0))
