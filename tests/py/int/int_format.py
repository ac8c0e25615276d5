# formatting ints: format spec mini-language, %-formatting, hex/oct/bin
n = 1234567
for spec in ["", "d", "10d", "<10d", "^10d", ">10", "010d", "+d", " d", "-d", ",", "_", "_x",
             "x", "X", "#x", "#X", "o", "#o", "b", "#b", "#010b", "e", ".2e", "f", ".3f",
             "g", "%", ".1%", "c", "=+12,", "*^15_", "08,d", "n", "#_b"]:
    if spec == "c":
        print(spec, repr(format(65, spec)))
        continue
    print(repr(spec), repr(format(n, spec)), repr(format(-n, spec)))
print(format(0, "#x"), format(0, "b"), format(-1, "#b"), format(2 ** 70, ","), format(255, "#_X"))
print(hex(255), hex(-255), oct(8), oct(-8), bin(5), bin(-5), bin(0), hex(2 ** 64))
print("%d %i %u" % (42, -42, 7), "%5d|%-5d|%05d" % (42, 42, 42), "%+d % d" % (5, 5))
print("%x %X %#x %#X %o %#o" % (255, 255, 255, 255, 8, 8))
print("%c%c" % (72, 105), "%s %r" % (10, 10), "%.3d" % 7, "%10.4d|" % 3)
print(f"{n:,}", f"{n:_}", f"{n:>12,}", f"{-n:012,}", f"{n:#x}", f"{n!r:>10}")
print(f"{True:d}", f"{True}", format(True, "^6"), f"{False:>5}")
try:
    format(5, ".2d")
except ValueError as e:
    print("ValueError", e)
try:
    format(5, "s")
except ValueError as e:
    print("ValueError", e)
try:
    format(5, ",x")
except ValueError as e:
    print("ValueError", e)
print(format(-0, "+"), format(10 ** 25, "e"), format(10 ** 25, ".3g"), format(7, "%"))
print(str(-0), str(10 ** 30), repr(-17), int.__repr__(5), "{:>{}}".format(42, 6))
