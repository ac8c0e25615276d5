print("broken.raises runs")
half_done = True
value = [][1]
