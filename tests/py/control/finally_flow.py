# finally runs on return, break, continue and exceptions; return in finally overrides
def f1():
    try:
        return 1
    finally:
        print("f1 finally")
print(f1())

def f2():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("finally", i)
    return i
print(f2())

def f3():
    try:
        raise ValueError("lost")
    finally:
        print("f3 finally runs before propagation")
try:
    f3()
except ValueError as e:
    print("caught", e)

def f4():
    x = []
    try:
        x.append("try")
        return x
    finally:
        x.append("finally")
print(f4())

def f5():
    try:
        try:
            1 / 0
        finally:
            print("inner finally")
    except ZeroDivisionError:
        print("outer except")
    finally:
        print("outer finally")
f5()

def f6(n):
    log = []
    while n > 0:
        try:
            n -= 1
            if n == 2:
                continue
            log.append(n)
        finally:
            log.append("f")
    return log
print(f6(4))

def f7():
    try:
        return "try"
    except Exception:
        return "except"
    else:
        return "else"
print(f7())
def f8():
    try:
        pass
    except Exception:
        return "except"
    else:
        return "else"
    finally:
        print("f8 finally")
print(f8())
