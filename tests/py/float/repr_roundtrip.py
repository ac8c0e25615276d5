# repr(float) is the shortest string that round-trips; checked on many generated floats
state = 42
def next_bits():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return state
import math
count = 0
samples = []
for i in range(2000):
    bits = next_bits()
    mantissa = (bits >> 12) / float(1 << 52)
    exponent = (bits % 600) - 300
    x = math.ldexp(1.0 + mantissa, exponent)
    if bits & 1:
        x = -x
    r = repr(x)
    assert float(r) == x, r
    digits = r.lstrip("-").split("e")[0].replace(".", "").strip("0")
    assert len(digits) <= 17, r
    count += 1
    if i % 100 == 0:
        samples.append(r)
print(count)
for s in samples:
    print(s)
for x in [0.1 * i for i in range(1, 12)]:
    print(repr(x), str(x), float(repr(x)) == x)
for k in range(-8, 24, 3):
    v = 1.5 * 10.0 ** k
    print(k, repr(v), repr(-v), repr(v / 3))
