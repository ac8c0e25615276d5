from cyc.bad_b import y
x = 1
