from typing import List, Mapping, Sequence, Iterable, Dict
print(isinstance([], List), isinstance({}, Mapping), issubclass(list, Sequence), isinstance(3, Iterable))
print(isinstance({}, Dict), issubclass(dict, Mapping), isinstance((1,), Sequence))
try: isinstance([], List[int])
except TypeError as e: print(e)
