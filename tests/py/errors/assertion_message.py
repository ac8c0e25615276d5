# uncaught AssertionError with a message
total = sum([1, 2, 3])
print("total", total)
assert total == 7, f"expected 7, got {total}"
