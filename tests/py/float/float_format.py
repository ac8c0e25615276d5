# float format spec mini-language
x = 1234.5678
for spec in ["", "f", ".2f", "10.2f", "<10.2f", "^12.3f", ">12", "+.1f", " .1f", "e", ".3e",
             "E", "g", ".3g", ".10g", "G", "%", ".2%", ",", ",.2f", "_.3f", "010.2f", "=+12.2f",
             "*^14.1f", "#.0f", ".0f", ".0e", "#g", "n", "15.4e", "-.3f", "#.3g"]:
    print(repr(spec), repr(format(x, spec)), repr(format(-x, spec)))
for v in [0.0, -0.0, 0.5, 1.5, 2.5, 0.125, 1e-7, 1e16, 1.5e300, 123456789.0, 0.000123456]:
    print(repr(v), format(v, ".0f"), format(v, ".2f"), format(v, "g"), format(v, ".3e"), format(v, ".2%"), format(v, ""))
for v in [float("inf"), float("-inf"), float("nan")]:
    print(format(v, "f"), format(v, "E"), format(v, "+g"), format(v, "10.2f"), format(v, "^9"), format(v, "G"))
print(f"{3.14159:.2f}", f"{2.5:.0f}", f"{3.5:.0f}", f"{0.125:.2f}", f"{0.375:.2f}", f"{1e-10:.3g}")
print(f"{12345.6789:,.2f}", f"{-0.001:.2f}", f"{-0.0:+.1f}", f"{1e5:g}", f"{1e6:g}", f"{1e-5:g}")
print("%f %.2f %e %.1e %g %G %10.3f| %-10.1f|" % (x, x, x, x, x, 1e20, x, x))
print("%.3g %.0f %.0f %.0f %#.0f %+.2e" % (0.0001234, 0.5, 1.5, 2.5, 1.0, 12345.678))
print("%s %r %5.1f%%" % (0.1, 0.1, 99.44))
print(format(1e23, ".17g"), format(0.1, ".20f"), format(2 ** 0.5, ".30f"))
print(format(123.456, "015,.2f"), format(-1e-300, "e"), format(1.0, "#"), format(100.0, ".1g"))
print(round(2.675, 2), format(2.675, ".2f"), format(1.005, ".2f"), format(0.045, ".2f"))
print(str(1.0), format(1.0, ""), format(1.0, "g"), format(1e16, ""), format(1.0e-5, ""))
