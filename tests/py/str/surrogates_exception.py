# Exceptions whose message holds a lone surrogate: str() keeps it; the uncaught
# traceback goes to stderr, whose backslashreplace handler shows it as \udc80.
e = ValueError("\ud800x")
print(repr(str(e)), repr(e), repr(e.args), repr(KeyError("\ud800")), repr(str(KeyError("\udc00"))))
try:
    raise UnicodeError("u \udfff")
except UnicodeError as caught:
    print(ascii(str(caught)), str(caught) == "u \udfff")
raise ValueError("bad \udc80 value")
