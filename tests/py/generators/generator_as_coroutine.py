# generators as coroutines: a scheduler round-robins tasks that yield; results via StopIteration.value
def task(name, steps):
    total = 0
    for i in range(steps):
        received = yield f"{name} step {i}"
        total += received or 0
    return f"{name} done total={total}"
def scheduler(tasks):
    queue = [(t, False) for t in tasks]
    results = []
    tick = 0
    while queue:
        current, started = queue.pop(0)
        try:
            msg = current.send(tick) if started else next(current)
            print(msg)
            queue.append((current, True))
        except StopIteration as stop:
            results.append(stop.value)
        tick += 1
    return results
print(scheduler([task("a", 2), task("b", 3), task("c", 1)]))
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            return total
        total += value
acc = accumulator()
next(acc)
for v in [5, 10, 20]:
    print("running", acc.send(v))
try:
    acc.send(None)
except StopIteration as stop:
    print("final", stop.value)
def pipeline_stage(target):
    while True:
        item = yield
        target.send(item * 2)
def sink(store):
    while True:
        store.append((yield))
store = []
s = sink(store)
next(s)
p = pipeline_stage(s)
next(p)
for i in range(5):
    p.send(i)
print(store)
