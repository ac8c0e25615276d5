# Conway's game of life on a torus, cells in a set of (row, col) tuples
ROWS, COLS = 12, 24
glider = {(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)}
blinker = {(6, 10), (6, 11), (6, 12)}
block = {(9, 20), (9, 21), (10, 20), (10, 21)}
alive = glider | blinker | block
def step(cells):
    counts = {}
    for r, c in cells:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    key = ((r + dr) % ROWS, (c + dc) % COLS)
                    counts[key] = counts.get(key, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in cells)}
def show(cells):
    return "\n".join("".join("#" if (r, c) in cells else "." for c in range(COLS)) for r in range(ROWS))
for generation in range(30):
    if generation in (0, 1, 4, 29):
        print(f"generation {generation}: {len(alive)} cells")
        print(show(alive))
    alive = step(alive)
print(sorted(alive)[:6])
