# everything printed before an uncaught exception still reaches stdout
for i in range(200):
    print("line", i, "x" * (i % 50))
raise OverflowError("numbers got too big")
