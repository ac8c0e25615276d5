else if x:
    pass
