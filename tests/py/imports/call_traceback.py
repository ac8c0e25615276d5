# expected: python3.13 (full traceback with 3.14's caret rules)
# An exception inside a function of an imported module shows that module's file and lines.
from broken import calls


def main():
    return calls.outer("b")


main()
