# str.format: positional, keyword, indexing, attributes, conversions, nested specs
print("{} {} {}".format(1, "two", 3.0), "{0} {1} {0}".format("a", "b"), "{x}-{y}".format(x=1, y=2))
print("{0[1]} {0[0]}".format(["p", "q"]), "{d[key]} {d[1]}".format(d={"key": "v", 1: "one"}))
print("{0.real} {0.imag}".format(3 + 4j), "{.__name__}".format(int))
print("{!r} {!s} {!a}".format("é", "é", "é"), "{0!r:>10}".format("x"))
print("{:>8}|{:<8}|{:^8}|{:*^8}|{:08.3f}".format("r", "l", "c", "s", 3.14159))
print("{:{width}.{prec}f}|{:{}}|".format(2.71828, "ab", 5, width=10, prec=3))
print("{{literal}} {}".format("x"), "{{}}".format(), "{:}".format(5), "{!r:}".format(5))
print("{:,}".format(10 ** 9), "{:_b}".format(1023), "{:#x}".format(255), "{:e}".format(12345.678))
print("{0:b} {0:o} {0:x} {0:X} {0:c}".format(97), "{:%}".format(0.25), "{:.1%}".format(1 / 3))
print("{:5}|{:<5}|{:>5}|".format(42, 42, "s"), "{:=+7}".format(-3), "{:^+7}".format(3))
print("{}".format(None), "{}".format([1, {2: "x"}]), "{:10}|".format(True), "{:d}".format(True))
for bad in ["{", "}", "{0", "{:d}".replace("d", "q"), "{0[}", "{a}"]:
    try:
        print(bad.format(1))
    except (ValueError, KeyError, IndexError) as e:
        print(type(e).__name__, e)
try:
    "{1}".format(0)
except IndexError as e:
    print("IndexError", e)
try:
    "{} {0}".format(1, 2)
except ValueError as e:
    print("ValueError", e)
print("{0}{1}{0}".format("ab", "cd"), "{:.3}".format("abcdef"), "{:>.2}|".format("xyz"))
print("{a[0]}{a[1]}".format(a="xy"), format("s", ">3"), format(3.0, "n"), "{:g}".format(1e-5))
print("{:04d}-{:02d}-{:02d}".format(2024, 3, 7), "{:-^20}".format(" title "))
print(str.format("{} + {} = {}", 1, 2, 3), "{0:{1}}".format(7, "03"), "{:{}{}}".format(8, ">", 4))
print("{!s:>6}".format(1.5), "{:<6.1f}|".format(2.25), "{:+.0e}".format(-12345))
