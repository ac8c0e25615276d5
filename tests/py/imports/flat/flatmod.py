print("flatmod runs")
COUNT = [0]
