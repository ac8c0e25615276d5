return x for x in y
