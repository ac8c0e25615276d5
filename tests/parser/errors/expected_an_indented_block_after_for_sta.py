for x in y:
else:
    pass
