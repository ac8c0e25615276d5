from . import part_a
print("nsdemo.part_b runs, package", __package__)
B = part_a.A + "b"
