# chained comparisons evaluate each operand once and short-circuit
calls = []
def v(x):
    calls.append(x)
    return x

print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2)
print(v(1) < v(2) < v(3)); print(calls); calls.clear()
print(v(3) < v(2) < v(1)); print(calls); calls.clear()
print(v(1) < v(5) > v(2) == v(2)); print(calls); calls.clear()
x = 5
print(0 <= x < 10, 0 <= x < 5, x in [5] in [[5]], 1 is not None is not False)
print(1 < 2.5 < 3, 2 == 2.0 == 2 + 0j)
print("a" < "b" < "c", "abc" < "abd" < "b")
print([1, 2] < [1, 3] <= [1, 3], (1, 2) < (1, 2, 0))
print(not 1 < 2, not (1 > 2))
a = b = c = 7
print(a == b == c, a is b is c)
print(1 < 2 and 2 < 3, 1 < 2 or 1 / 0)
r = -3 < -2 < -1 < 0 < 1 < 2 < 3
print(r)
print(float("nan") == float("nan"), float("nan") != float("nan"))
print(1 in {1: 2}, 2 in {1: 2}, "ell" in "hello", "" in "", 3 not in (1, 2))
print(None == None, None is None, [] == [], [] is [])
print(True == 1 == 1.0, False < True, True > 0.5)
