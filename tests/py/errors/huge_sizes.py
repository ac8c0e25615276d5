def t(src):
    try:
        r = eval(src)
        print(src, "->", len(r))
    except Exception as e:
        print(src, "->", type(e).__name__, e)
for src in [
    '(0).to_bytes(2**60, "big")',
    '(0).to_bytes(2**63, "big")',
    '(0).to_bytes(10**12, "little")',
    '[0] * 10**12',
    '[0, 1] * 2**62',
    '(0,) * 10**12',
    '[0] * 2**63',
    'bytearray(10**12)',
    'bytes(10**12)',
    'b"a" * 10**12',
    'bytearray(b"a") * 10**12',
    '" " * 2**40',
    '"ab" * 2**62',
    '"é" * 10**12',
    'format(1, "5000000000000d")',
    'format(1.5, "5000000000000f")',
    'format("a", "5000000000000")',
    '"%*s" % (2**62, "a")',
    '"%*d" % (2**62, 1)',
    '"a".ljust(10**12)',
    '"a".rjust(10**12)',
    '"a".center(10**12)',
    '"a".zfill(10**12)',
    '"a\\tb".expandtabs(10**12)',
    'b"a".ljust(10**12)',
    'b"a".zfill(10**12)',
    'b"a\\tb".expandtabs(10**12)',
    '"{:5000000000000}".format(1)',
    'f"{1:5000000000000}"',
    '"x".join(["a"] * 3) * 10**12',
    '[None] * 10**10',
    'list(range(10**12))',
    'range(10**12)[0:10**12]',
]:
    t(src)
a = [1]
try:
    a *= 10**12
except Exception as e:
    print("list *=", type(e).__name__, e)
b = bytearray(b"x")
try:
    b *= 10**12
except Exception as e:
    print("bytearray *=", type(e).__name__, e)
