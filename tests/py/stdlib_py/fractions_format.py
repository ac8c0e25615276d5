from fractions import Fraction as F
import random
r = random.Random(5)
specs = ["", ".0f", ".3f", "f", ".2e", "e", ".0e", "g", ".1g", ".4g", "#.3g", ".10g", "%", ".1%", ",.2f", "_.3f", "+.2f", " .2e", "z.2f", "012.3f", "<10.2f", "^15.3e", "=+12.2f", "#g", "G", ".3E", "10", "<8", ",", "#"]
out = []
for i in range(60):
    n = r.randint(-10**r.randint(0, 12), 10**r.randint(0, 12))
    d = r.randint(1, 10**r.randint(0, 12))
    f = F(n, d)
    for s in specs:
        try:
            out.append(format(f, s))
        except ValueError as e:
            out.append("VE " + str(e))
    out.append(str(round(f, r.randint(-3, 5))) + " " + str(f.limit_denominator(r.randint(1, 1000))) + " " + str(hash(f)) + " " + repr(float(f)))
print("\n".join(out))
