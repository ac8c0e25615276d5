# Indexes past 64 bits: list.insert and list.pop raise OverflowError, chr ValueError.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


l = [1, 2]
show(lambda: l.insert(2**63, "end"))
show(lambda: l.insert(-2**63 - 1, "start"))
show(lambda: l.pop(2**63))
show(lambda: [].pop(2**64))
show(lambda: chr(2**64))
show(lambda: chr(-2**64))
l.insert(2**62, "end")
l.insert(-2**62, "start")
print(l)
