# expected: python3.13 (3.14 traceback format, which 3.13 shares for these cases; checked against notes/cpython-errors-and-cli.md §1-3)
# Carets are placed by display width: East Asian wide characters count as two columns.
名前 = {"キー": 1}
print(名前["キー"])
値 = 名前["キー"] + 名前["なし"]
