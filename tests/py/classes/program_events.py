# expected: python3.13 (class semantics; output identical in 3.13 and 3.14)
# An event system: observers as bound methods and callables, priorities, propagation stop.
class Event:
    def __init__(self, name, **data):
        self.name = name
        self.data = data
        self.stopped = False
    def stop(self):
        self.stopped = True
    def __repr__(self):
        items = ", ".join(f"{k}={v!r}" for k, v in sorted(self.data.items()))
        return f"Event({self.name}: {items})"

class StopEvent(Exception):
    pass

class Bus:
    def __init__(self):
        self.handlers = {}
        self.log = []
    def on(self, name, priority=0):
        def register(fn):
            self.handlers.setdefault(name, []).append((priority, len(self.handlers.get(name, [])), fn))
            return fn
        return register
    def emit(self, name, **data):
        ev = Event(name, **data)
        handlers = sorted(self.handlers.get(name, []), key=lambda t: (-t[0], t[1]))
        for _, _, fn in handlers:
            try:
                fn(ev)
            except StopEvent:
                ev.stop()
            if ev.stopped:
                self.log.append(f"{name} stopped")
                break
        return ev

bus = Bus()

class Auditor:
    def __init__(self):
        self.seen = []
    def __call__(self, ev):
        self.seen.append(ev.name)

class Inventory:
    def __init__(self, bus):
        self.stock = {"apple": 3, "pear": 1}
        bus.on("order", priority=10)(self.check)
        bus.on("order")(self.ship)
        bus.on("restock")(self.restock)
    def check(self, ev):
        item, qty = ev.data["item"], ev.data["qty"]
        if self.stock.get(item, 0) < qty:
            print("  out of stock:", item)
            raise StopEvent
    def ship(self, ev):
        self.stock[ev.data["item"]] -= ev.data["qty"]
        print("  shipped", ev.data["qty"], ev.data["item"])
    def restock(self, ev):
        for k, v in ev.data.items():
            self.stock[k] = self.stock.get(k, 0) + v

inv = Inventory(bus)
audit = Auditor()
bus.on("order", priority=-5)(audit)
bus.on("restock", priority=-5)(audit)

@bus.on("order", priority=5)
def announce(ev):
    print("  order for", ev.data["item"])

for item, qty in [("apple", 2), ("pear", 2), ("apple", 1), ("apple", 1), ("kiwi", 1)]:
    print("emit", bus.emit("order", item=item, qty=qty))
bus.emit("restock", apple=5, kiwi=2)
print(bus.emit("order", item="kiwi", qty=2).stopped)
print(sorted(inv.stock.items()), audit.seen, bus.log)
print(len(bus.handlers["order"]), [type(h[2]).__name__ for h in bus.handlers["order"]])
print(bus.handlers["order"][0][2].__self__ is inv, bus.handlers["order"][0][2].__func__.__name__)
