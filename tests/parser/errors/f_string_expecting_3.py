f"{x!r"
