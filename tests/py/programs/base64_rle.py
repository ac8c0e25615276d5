# hand-written base64 and run-length encoding over bytes, checked by round trips
ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
def b64encode(data):
    out = []
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk + b"\0" * (3 - len(chunk)), "big")
        chars = [ALPHABET[(n >> shift) & 63] for shift in (18, 12, 6, 0)]
        if len(chunk) < 3:
            chars[len(chunk) + 1:] = "=" * (3 - len(chunk))
        out.extend(chars)
    return "".join(out)
def b64decode(text):
    lookup = {c: i for i, c in enumerate(ALPHABET)}
    out = bytearray()
    for i in range(0, len(text), 4):
        quad = text[i:i + 4]
        pad = quad.count("=")
        n = 0
        for c in quad.rstrip("="):
            n = (n << 6) | lookup[c]
        n <<= 6 * pad
        out += n.to_bytes(3, "big")[:3 - pad]
    return bytes(out)
def rle(data):
    out = []
    i = 0
    while i < len(data):
        j = i
        while j < len(data) and data[j] == data[i] and j - i < 255:
            j += 1
        out.append((j - i, data[i]))
        i = j
    return out
def unrle(pairs):
    return b"".join(bytes([b]) * n for n, b in pairs)
samples = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", "héllo wörld ✓".encode(), bytes(range(256)),
           b"aaaaaaaaaabbbcccccccccccccccccccccd" * 3]
for s in samples:
    enc = b64encode(s)
    assert b64decode(enc) == s
    packed = rle(s)
    assert unrle(packed) == s
    print(len(s), enc[:40], len(packed), packed[:4])
print(b64encode(b"Many hands make light work."))
