print("starmod.sub runs")
S = 1
