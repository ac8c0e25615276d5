print("the user's keyword.py runs")
kwlist = ["mine"]
