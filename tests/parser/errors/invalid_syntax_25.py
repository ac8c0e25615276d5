try:
    x
except ValueError e:
    pass
