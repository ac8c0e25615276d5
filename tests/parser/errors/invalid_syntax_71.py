with open('f') as f as g:
    pass
