# uncaught AttributeError with a suggestion
text = "hello"
print(text.upper())
print(text.uper())
