from cyc.bad_a import x
y = 2
