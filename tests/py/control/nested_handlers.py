# deeply nested try statements, handlers that raise, finally blocks that see the in-flight exception
log = []
def step(name, fail=None):
    log.append(name)
    if fail:
        raise fail
def scenario(depth):
    try:
        step("outer-try")
        try:
            step("mid-try")
            try:
                step("inner-try", ValueError("inner") if depth > 0 else None)
            except KeyError:
                step("inner-except-wrong")
            finally:
                step("inner-finally")
            step("after-inner")
        except ValueError as e:
            step("mid-except:" + str(e))
            if depth > 1:
                raise TypeError("from mid") from e
        else:
            step("mid-else")
        finally:
            step("mid-finally")
    except TypeError as e:
        step("outer-except:" + str(e) + ":" + str(e.__cause__))
    finally:
        step("outer-finally")
for depth in range(3):
    log.clear()
    scenario(depth)
    print(depth, log)
def reraise_modified():
    try:
        raise ValueError("original")
    except ValueError as e:
        e.args = ("modified",)
        raise
try:
    reraise_modified()
except ValueError as e:
    print(e)
def handler_sees_context():
    try:
        try:
            raise KeyError("a")
        finally:
            print("finally while KeyError in flight")
    except KeyError as e:
        return repr(e)
print(handler_sees_context())
count = 0
for i in range(3):
    try:
        try:
            if i == 1:
                raise IndexError(i)
        finally:
            count += 10
    except IndexError as e:
        count += 1
        continue
    finally:
        count += 100
print(count)
try:
    try:
        raise OSError("disk")
    except OSError as outer:
        try:
            raise ValueError("parse")
        except ValueError as inner:
            print(type(inner.__context__).__name__, inner.__context__ is outer)
        print("outer still set:", outer)
except Exception:
    print("not reached")
