# str(int) and int(str) round trips for many sizes, in bases 2, 8, 10, 16, 36
state = 987654321
def rand_int(bits):
    global state
    value = 0
    for _ in range((bits + 30) // 31):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        value = (value << 31) | state
    return value >> (((bits + 30) // 31) * 31 - bits)
digits = "0123456789abcdefghijklmnopqrstuvwxyz"
def to_base(n, base):
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(digits[r])
    return sign + "".join(reversed(out))
ok = 0
for bits in [1, 7, 31, 32, 63, 64, 65, 100, 257, 1000, 3000]:
    for sign in (1, -1):
        n = sign * rand_int(bits)
        s = str(n)
        assert int(s) == n
        for base in (2, 8, 16, 36):
            assert int(to_base(n, base), base) == n, (n, base)
        assert hex(n) == ("-" if n < 0 else "") + "0x" + to_base(abs(n), 16)
        assert format(n, "b") == to_base(n, 2)
        ok += 1
        print(bits, sign, len(s), s[:12], s[-12:], to_base(n, 36)[:10])
print(ok, "round trips")
print(str(10 ** 100 - 1).count("9"), len(str(2 ** 10000)), str(2 ** 10000)[-20:])
print(int("-" + "9" * 1000) + 10 ** 1000, int("0" * 100 + "1"), int("1" + "0" * 100) == 10 ** 100)
