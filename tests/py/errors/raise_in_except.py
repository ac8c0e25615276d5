# an exception raised while handling another: the last line is the newer one
try:
    [][0]
except IndexError:
    print("handling")
    {}["missing"]
