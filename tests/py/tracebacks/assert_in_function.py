# expected: python3.13 (3.14 traceback format, which 3.13 shares for these cases; checked against notes/cpython-errors-and-cli.md §1-3)
# A failing assert marks only its test expression with carets.
def withdraw(balance, amount):
    assert amount <= balance, f"insufficient funds: {balance} < {amount}"
    return balance - amount

balance = withdraw(100, 30)
print(balance)
withdraw(balance, 500)
