from enum import Enum
class Color(Enum):
    RED = 1
    GREEN = 2
try: Color.RED = 3
except AttributeError as e: print(e)
try: del Color.RED
except AttributeError as e: print(e)
try:
    class Dup(Enum):
        A = 1
        A = 2
except TypeError as e: print(e)
try: Color.RED.name = 'x'
except AttributeError as e: print(e)
Color.helper = 5
print(Color.helper, list(Color))
