f"{x!r:{y!z}}"
