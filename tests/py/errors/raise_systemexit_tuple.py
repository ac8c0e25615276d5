# SystemExit with two arguments: the tuple is printed to stderr and the status is 1
print("tuple exit")
raise SystemExit(1, 2)
