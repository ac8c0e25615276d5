# format() and __format__ across types, and str()/repr() agreement with format(x, "")
values = [0, -7, 3.5, -0.0, 1e100, 2 ** 70, True, None, "text", [1, 2], (3,), {"k": 1}, 1 + 2j, b"b"]
for v in values:
    print(repr(format(v, "")), format(v, "") == str(v), repr(format(v, ">16")) if not isinstance(v, (bytes, list, tuple, dict, type(None))) else "-")
for spec in ["<6", ">6", "^6", "*^7", "x<4", ".2", "6.3"]:
    print(spec, repr(format("abc", spec)))
for spec in ["d", "5d", "+d", "x", "o", "b", "c", "e", "f", "%", ",d", "_d"]:
    print(spec, repr(format(97, spec)))
for spec in ["", "g", ".1f", "+.2e", "08.2f", ",.1f", "%", ".0%", "e", "E", "G"]:
    print(spec, repr(format(1234.5, spec)))
for bad_value, bad_spec in [("s", "d"), (1.5, "d"), (1, "z"), ("s", "+"), ([], "5"), (1 + 2j, "=10")]:
    try:
        format(bad_value, bad_spec)
        print("no error", bad_value, bad_spec)
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
print(format(True, ""), format(True, "d"), format(True, "5"), format(False, "^7"), format(1.0, ".0f"))
