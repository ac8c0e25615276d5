x = 10
if x > 5:
    print(1)
  else:
    pass
