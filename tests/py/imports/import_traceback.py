# expected: python3.13 (full traceback with 3.14's caret rules)
# An exception while a module is imported: the traceback runs through the import lines.
import shapes
print("before")
import broken.raises
