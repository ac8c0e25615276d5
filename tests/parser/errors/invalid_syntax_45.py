@x
@y
class A: pass
@z
