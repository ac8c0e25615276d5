# time: only properties that do not depend on the clock's actual values
import time
t1 = time.time()
p1 = time.perf_counter()
m1 = time.monotonic()
n1 = time.perf_counter_ns()
mn1 = time.monotonic_ns()
c1 = time.process_time()
total = 0
for i in range(100000):
    total += i
time.sleep(0.01)
time.sleep(0)
t2 = time.time()
p2 = time.perf_counter()
m2 = time.monotonic()
n2 = time.perf_counter_ns()
mn2 = time.monotonic_ns()
c2 = time.process_time()
print(total)
print(type(t1).__name__, type(p1).__name__, type(n1).__name__, type(mn1).__name__, type(c1).__name__)
print(t2 >= t1, p2 - p1 >= 0.009, m2 - m1 >= 0.009, n2 - n1 >= 9_000_000, mn2 - mn1 >= 9_000_000, c2 >= c1)
print(t1 > 1.6e9, p2 - p1 < 30, abs(n2 / 1e9 - p2) < 1.0)
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError", e)
try:
    time.sleep("1")
except TypeError:
    print("TypeError")
print(callable(time.time), time.__name__)
