# LZW compression and decompression of text, with dictionary growth
def compress(text):
    table = {chr(i): i for i in range(256)}
    w, out = "", []
    for c in text:
        wc = w + c
        if wc in table:
            w = wc
        else:
            out.append(table[w])
            table[wc] = len(table)
            w = c
    if w:
        out.append(table[w])
    return out
def decompress(codes):
    table = {i: chr(i) for i in range(256)}
    w = chr(codes[0])
    out = [w]
    for k in codes[1:]:
        entry = table[k] if k in table else w + w[0]
        out.append(entry)
        table[len(table)] = w + entry[0]
        w = entry
    return "".join(out)
samples = ["TOBEORNOTTOBEORTOBEORNOT", "abababababababababab", "", "a", "the rain in spain stays mainly in the plain " * 8]
for s in samples:
    if not s:
        print("empty ->", compress(s))
        continue
    codes = compress(s)
    assert decompress(codes) == s
    print(len(s), "->", len(codes), codes[:12], max(codes))
