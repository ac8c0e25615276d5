x = 'abc' + 'def
