def f():
    try:
        pass
    finally:
        return 1
for x in y:
    try:
        pass
    finally:
        break
if x is 1: pass
if x is not "a": pass
if None is x: pass
if x is (): pass
if 1.5 is x: pass
return 5
