print("nsdemo.part_a runs, package", __package__)
A = "a"
