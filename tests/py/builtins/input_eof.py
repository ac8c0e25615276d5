# input() with stdin at end of file raises EOFError; the prompt is written to stdout first
import sys
print("before input")
try:
    value = input("prompt> ")
except EOFError as e:
    print()
    print("EOFError", e)
try:
    input()
except EOFError as e:
    print("EOFError again", e)
print(sys.stdin.read() == "", sys.stdin.readline() == "")
