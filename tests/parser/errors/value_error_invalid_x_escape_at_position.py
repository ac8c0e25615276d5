b = b"\x1"
