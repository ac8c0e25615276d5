# Requests no machine can serve raise MemoryError (or CPython's OverflowError) at once,
# before anything is allocated: none of these may abort the process or fill memory.
import itertools

def show(label, f):
    try:
        r = f()
    except (MemoryError, OverflowError, ValueError, TypeError) as e:
        print(label, "->", type(e).__name__, repr(str(e)))
    else:
        print(label, "->", "ok", len(r) if hasattr(r, "__len__") else r)

# repetition
show("[0] * 10**10", lambda: [0] * 10**10)
show("[None] * 2**62", lambda: [None] * (2**62))
show("[1, 2] * 2**62", lambda: [1, 2] * (2**62))
show("[0] * 2**63", lambda: [0] * 2**63)
show("(0,) * 10**12", lambda: (0,) * 10**12)
show("10**12 * (0,)", lambda: 10**12 * (0,))
show('"a" * 10**12', lambda: "a" * 10**12)
show('"a" * 2**62', lambda: "a" * 2**62)
show('"ab" * 2**62', lambda: "ab" * 2**62)
show('"a" * 2**63', lambda: "a" * 2**63)
show('"\\xe9" * 2**62', lambda: "\xe9" * 2**62)
show('"ab".__mul__(10**12)', lambda: "ab".__mul__(10**12))
show('"ab".__mul__(2**70)', lambda: "ab".__mul__(2**70))
show('b"a" * 10**12', lambda: b"a" * 10**12)
show('b"ab" * 2**62', lambda: b"ab" * 2**62)
show('bytes(3) * 2**62', lambda: bytes(3) * 2**62)
show('bytearray(b"a") * 10**12', lambda: bytearray(b"a") * 10**12)
l = [0]
show("l *= 10**12", lambda: l.__imul__(10**12))
print(len(l))

# sized constructors
show("bytearray(10**12)", lambda: bytearray(10**12))
show("bytearray(2**62)", lambda: bytearray(2**62))
show("bytearray(2**63)", lambda: bytearray(2**63))
show("bytes(10**12)", lambda: bytes(10**12))
show("bytes(2**63 - 1)", lambda: bytes(2**63 - 1))
show("list(range(10**12))", lambda: list(range(10**12)))
show("tuple(range(10**12))", lambda: tuple(range(10**12)))
show("[*range(10**12)]", lambda: [*range(10**12)])
show("sorted(range(10**12))", lambda: sorted(range(10**12)))
show("bytes(range(10**12))", lambda: bytes(range(10**12)))
show("bytearray(range(10**12))", lambda: bytearray(range(10**12)))
show("list(repeat(0, 10**12))", lambda: list(itertools.repeat(0, 10**12)))
show("tuple(repeat(0, 10**12))", lambda: tuple(itertools.repeat(0, 10**12)))

# padding
show('"a".ljust(10**12)', lambda: "a".ljust(10**12))
show('"a".rjust(10**12, "b")', lambda: "a".rjust(10**12, "b"))
show('"a".center(10**12)', lambda: "a".center(10**12))
show('"a".zfill(10**12)', lambda: "a".zfill(10**12))
show('"ab".ljust(2**62)', lambda: "ab".ljust(2**62))
show('"a".ljust(2**63)', lambda: "a".ljust(2**63))
show('"\\t".expandtabs(10**12)', lambda: "\t".expandtabs(10**12))
show('"\\t".expandtabs(2**62)', lambda: "\t".expandtabs(2**62))
show('"a\\tb".expandtabs(10**12)', lambda: "a\tb".expandtabs(10**12))
show('b"x".center(10**12)', lambda: b"x".center(10**12))
show('b"a".ljust(2**63 - 1)', lambda: b"a".ljust(2**63 - 1))
show('bytearray(10).zfill(10**12)', lambda: bytearray(10).zfill(10**12))

# joins whose result size is known first
show('b"".join([b"a" * 10**7] * 10**6)', lambda: b"".join([b"a" * 10**7] * 10**6))
show('"".join(["a" * 10**7] * 10**6)', lambda: "".join(["a" * 10**7] * 10**6))
show('("a" * 10**6).replace("a", "b" * 10**7)', lambda: ("a" * 10**6).replace("a", "b" * 10**7))

# formatting: widths allocate, precisions of floats format
show('format(1, "5000000000000d")', lambda: format(1, "5000000000000d"))
show('format(1.5, "5000000000000f")', lambda: format(1.5, "5000000000000f"))
show('format("a", "<5000000000000")', lambda: format("a", "<5000000000000"))
show('"{:5000000000000}".format(1+2j)', lambda: "{:5000000000000}".format(1 + 2j))
show('"{0:{1}}".format("a", 10**12)', lambda: "{0:{1}}".format("a", 10**12))
show('f"{1:{10**12}}"', lambda: f"{1:{10**12}}")
show('format(1, "99999999999999999999d")', lambda: format(1, "99999999999999999999d"))
show('format(1, "9223372036854775807d")', lambda: format(1, "9223372036854775807d"))
show('"%*s" % (2**62, "a")', lambda: "%*s" % (2**62, "a"))
show('"%*s" % (2**63, "a")', lambda: "%*s" % (2**63, "a"))
show('"%5000000000000d" % 1', lambda: "%5000000000000d" % 1)
show('"%.*f" % (2**62, 1.5)', lambda: "%.*f" % (2**62, 1.5))
show('b"%*s" % (2**62, b"a")', lambda: b"%*s" % (2**62, b"a"))
show('"{:.65536f}".format(1.5)', lambda: "{:.65536f}".format(1.5))
show('"%.65536e" % 1.5', lambda: "%.65536e" % 1.5)
show('f"{1.5:.1000000g}"', lambda: f"{1.5:.1000000g}")
show('"{:.{}f}".format(1.5, 2**62)', lambda: "{:.{}f}".format(1.5, 2**62))

# integers
show('(0).to_bytes(2**60, "big")', lambda: (0).to_bytes(2**60, "big"))
show('(1).to_bytes(10**12, "little")', lambda: (1).to_bytes(10**12, "little"))
show('(0).to_bytes(2**63 - 1, "big")', lambda: (0).to_bytes(2**63 - 1, "big"))
show('(0).to_bytes(2**63, "big")', lambda: (0).to_bytes(2**63, "big"))
show("1 << 10**12", lambda: 1 << 10**12)
show("1 << 2**62", lambda: 1 << 2**62)
show("1 << 2**64", lambda: 1 << 2**64)
show("1 << 2**68", lambda: 1 << 2**68)
show("0 << 2**100", lambda: 0 << 2**100)
show("-1 >> 2**100", lambda: -1 >> 2**100)
print("done")
