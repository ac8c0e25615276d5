# printf-style formatting with %
print("%s and %s" % ("a", "b"), "%d%%" % 50, "%r" % "q", "%a" % "é", "%s" % None, "%s" % [1, "x"])
print("%5s|%-5s|%.2s|%5.1s|" % ("abc", "abc", "abc", "abc"))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30}, "%(x)s %(x)r" % {"x": "v"})
print("%*d|%-*d|%.*f" % (5, 42, 5, 42, 2, 3.14159))
print("%c%c%c" % ("a", 98, 0x263A), "%5c|%-3c|" % ("x", "y"))
print("%s" % (1,), "%s" % ((1, 2),), "%s %s" % (1, 2), "%%" % (), "no args" % ())
print("%x %o %e %g %G %E %i" % (255, 64, 1.5, 0.00001, 1e-10, 123.0, 7.9))
print("%d" % 3.99, "%d" % -3.99, "%d" % True, "%s" % True, "%f" % 1, "%x" % 255, "%.3s" % "abcdef")
print("%-+8.2f|%+08.2f|% 8.2f|%#8x|%#o" % (3.14159, 3.14159, 3.14159, 255, 8))
print("%d items" % 10 ** 20, "%.0f" % 1e20, "%s" % 1e20, "%r" % 0.1)
for fmt, args in [("%s %s", (1,)), ("%s", (1, 2)), ("%d", ("x",)), ("%(a)s", (1,)), ("%z", (1,)), ("%", ()), ("%c", ("ab",)), ("%c", (-1,))]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        # Only the two messages below are stable across 3.11-3.14 (3.14 reworded the others).
        stable = str(e) in ("not enough arguments for format string",
                            "not all arguments converted during string formatting")
        print(type(e).__name__, e if stable else "")
print(b"%s-%d-%x" % (b"ab", 5, 255), b"%c" % 65, b"%5s|" % b"x", b"%r" % b"x" if False else b"skip")
print("%s" % "✓", "%5s|" % "日本", "%-4s|" % "é")
print("%.2f%%" % 12.345, "%3d%%" % 7, "%(a)s%%%(b)s" % {"a": 1, "b": 2})
