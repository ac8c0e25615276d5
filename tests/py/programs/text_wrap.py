# greedy word wrapping, justification and a small table formatter
TEXT = ("Python is a programming language that lets you work quickly and integrate systems more "
        "effectively. It is a register machine here, with a tracing JIT later, and no global lock; "
        "the quick brown fox jumps over the lazy dog, again and again, until the lines are full.")
def wrap(text, width):
    lines, current = [], []
    for word in text.split():
        if current and len(" ".join(current + [word])) > width:
            lines.append(current)
            current = []
        current.append(word)
    if current:
        lines.append(current)
    return lines
def justify(words, width):
    if len(words) == 1:
        return words[0].ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(map(len, words))
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (spaces // gaps + (1 if i < spaces % gaps else 0))
    return out + words[-1]
for width in (30, 45):
    lines = wrap(TEXT, width)
    print(f"width {width}: {len(lines)} lines")
    for words in lines[:-1]:
        print("|" + justify(words, width) + "|")
    print("|" + " ".join(lines[-1]).ljust(width) + "|")
rows = [("name", "qty", "price"), ("apple", 3, 0.5), ("watermelon", 1, 3.25), ("fig", 12, 0.125)]
widths = [max(len(str(r[i])) if not isinstance(r[i], float) else len(f"{r[i]:.2f}") for r in rows) for i in range(3)]
for r in rows:
    cells = []
    for i, v in enumerate(r):
        if isinstance(v, float):
            cells.append(f"{v:>{widths[i]}.2f}")
        elif isinstance(v, int):
            cells.append(f"{v:>{widths[i]}}")
        else:
            cells.append(f"{v:<{widths[i]}}")
    print(" | ".join(cells))
