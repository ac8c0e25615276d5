# expected: python3.13 (class semantics; output identical in 3.13 and 3.14)
# __class__ assignment between compatible heap types, and where CPython refuses it.
class Frog:
    def speak(self):
        return "ribbit"
class Prince:
    def speak(self):
        return "hello"
f = Frog()
f.name = "kermit"
print(f.speak(), type(f).__name__)
f.__class__ = Prince
print(f.speak(), type(f).__name__, f.name, isinstance(f, Prince), isinstance(f, Frog))

# state machine via __class__ swapping
class Closed:
    def open(self):
        self.__class__ = Opened
        return "opening"
    def close(self):
        return "already closed"
class Opened:
    def open(self):
        return "already open"
    def close(self):
        self.__class__ = Closed
        return "closing"
door = Closed()
print([door.open(), door.open(), door.close(), door.close(), door.open()], type(door).__name__)

# refused assignments
try:
    f.__class__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    f.__class__ = int
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1).__class__ = bool
except TypeError as e:
    print(type(e).__name__, e)
class Slotted:
    __slots__ = ("a",)
class OtherSlotted:
    __slots__ = ("b",)
s = Slotted()
try:
    s.__class__ = OtherSlotted
except TypeError as e:
    print(type(e).__name__, e)
try:
    f.__class__ = Slotted
except TypeError as e:
    print(type(e).__name__, e)
