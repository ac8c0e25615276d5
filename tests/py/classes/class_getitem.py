# expected: python3.13 (class semantics; output identical in 3.13 and 3.14)
# __class_getitem__ and generic aliases of built-in types.
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(Box[int], Box["x"], Box[1, 2])
print(type(Box.__dict__["__class_getitem__"]).__name__)

class Sub(Box):
    pass
print(Sub[str])

class Plain:
    pass
try:
    Plain[int]
except TypeError as e:
    print(type(e).__name__, e)

# __getitem__ on the metaclass wins over __class_getitem__
class Meta(type):
    def __getitem__(cls, item):
        return ("meta", item)
class WithMeta(metaclass=Meta):
    def __class_getitem__(cls, item):
        return ("class_getitem", item)
print(WithMeta[1])

# built-in generic aliases
print(list[int], dict[str, list[int]], tuple[int, ...], type[int])
alias = list[int]
print(alias.__origin__ is list, alias.__args__, alias([1, 2]), isinstance([], list))
try:
    isinstance([], list[int])
except TypeError as e:
    print(type(e).__name__, e)
