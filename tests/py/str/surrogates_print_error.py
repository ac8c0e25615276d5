# print() of a str holding a lone surrogate: stdout is strict UTF-8, so it raises.
print("before")
print("ab\ud800")
print("not reached")
