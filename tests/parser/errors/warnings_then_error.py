x = "\d"
y = b"\q" "\w"
