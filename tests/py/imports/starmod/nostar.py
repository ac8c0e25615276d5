import sys as _sys
public_a = 1
public_b = "b"
_private = 2
