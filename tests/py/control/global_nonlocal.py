# global and nonlocal declarations
counter = 0

def incr():
    global counter
    counter += 1
    return counter

incr(); incr()
print("counter", counter)

def make_global():
    global brand_new
    brand_new = "created"
make_global()
print(brand_new)

def outer():
    n = 0
    def inner():
        nonlocal n
        n += 10
        return n
    inner()
    inner()
    return n
print("outer", outer())

def three_levels():
    v = "a"
    def mid():
        def inner():
            nonlocal v
            v += "c"
        nonlocal v
        v += "b"
        inner()
    mid()
    return v
print(three_levels())

x = "global x"
def shadow():
    x = "local x"
    def show():
        return x
    return show()
print(shadow(), x)

def reads_global():
    return x.upper()
print(reads_global())

def unbound():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = 1
unbound()

def gen_counter():
    count = 0
    def step():
        nonlocal count
        count += 1
        return count
    return step
s1, s2 = gen_counter(), gen_counter()
print(s1(), s1(), s1(), s2())
def loop_global():
    global total
    total = 0
    for i in range(5):
        total += i
loop_global()
print(total)
