# expected: python3.13 (3.14 traceback format, which 3.13 shares for these cases; checked against notes/cpython-errors-and-cli.md §1-3)
# Subscripts get ~ under the value and ^ under the brackets; nested lookups mark only the failing one.
config = {"db": {"hosts": ["a", "b"]}}
print(config["db"]["hosts"][1])
port = config["db"]["port"]
