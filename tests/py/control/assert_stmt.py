# assert with and without message; the message expression is only evaluated on failure
assert True
assert 1 == 1, "never shown"
try:
    assert 1 == 2
except AssertionError as e:
    print("caught", repr(e), e.args)
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print("caught", e)
try:
    assert 0, 42
except AssertionError as e:
    print("caught", e, type(e.args[0]).__name__)

calls = []
def msg():
    calls.append(1)
    return "m"
assert 1, msg()
print("calls after passing assert", calls)
try:
    assert None, msg()
except AssertionError as e:
    print("calls after failing assert", calls, e)

def check(x):
    assert isinstance(x, int), f"expected int, got {type(x).__name__}"
    return x * 2
print(check(4))
try:
    check("s")
except AssertionError as e:
    print(e)
try:
    assert (1, 2), "non-empty tuple is truthy"
    print("tuple assert passed")
except AssertionError:
    print("not reached")
print(__debug__)
