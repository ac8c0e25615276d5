while x:

# c
x = 1
