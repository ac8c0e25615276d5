x = b'\xff' 'abc'
