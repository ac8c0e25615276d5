[a, b] : int
