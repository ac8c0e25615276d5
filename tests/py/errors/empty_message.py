# an exception with an empty message prints only its type name
print("raising empty")
raise RuntimeError("")
