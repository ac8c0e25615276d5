# float() from strings: correctly rounded decimal conversion, long inputs, subnormal boundaries, spellings
cases = ["0.1", "0.30000000000000004", "1e23", "8.98846567431158e307", "2.2250738585072011e-308",
         "2.4703282292062327e-324", "2.4703282292062328e-324", "4.9406564584124654e-324", "1e-400", "1e400",
         "179769313486231580793728971405301e276", "0.000000000000000000000000000000001",
         "123456789012345678901234567890", "9007199254740993", "9007199254740995", "1.00000000000000011102230246251565",
         "  +1_000.000_1  ", "-.5", "5.", ".5e1", "1E5", "1e+05", "-0", "+0.0", "infinity", "-Infinity", "nAn", "+inf"]
for s in cases:
    v = float(s)
    print(repr(s), repr(v))
long_digits = "3." + "14159265358979323846264338327950288419716939937510" * 4
print(float(long_digits), float("0." + "0" * 300 + "1"), float("1" + "0" * 308), float("1" + "0" * 309))
halfway = ["0.5", "1.5", "2.5", "9007199254740992.5", "9007199254740993.5", "4503599627370496.5"]
print([float(h) for h in halfway])
for bad in ["1e", "e1", "1.2.3", "--1", "1_", "1__0", "0x1p3", "nanx", "in f", "1,5", "", " "]:
    try:
        float(bad)
        print("parsed?", bad)
    except ValueError as e:
        print("ValueError", e)
print(float("٣.١٤"), float("１２"), float("\u2003 7 \u2003"))
