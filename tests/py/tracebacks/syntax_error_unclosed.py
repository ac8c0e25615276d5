# expected: python3.13 (3.14 SyntaxError layout, which 3.13 shares; checked against notes/cpython-errors-and-cli.md §2.1)
# A syntax error in the main script: no "Traceback" header and nothing runs.
print("this never runs")
values = [1, 2,
    3
print(values)
