type X = 1 = 2
