x = {a: b for a, b}
