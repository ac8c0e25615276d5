# expected: python3.13 (class semantics; output identical in 3.13 and 3.14)
# Class and method docstrings (3.13+ strips common indentation), __doc__ inheritance.
class Documented:
    """First line.

    Indented detail line.
        More indented.
    """
    def method(self):
        """Method doc.

        With detail.
        """
    def nodoc(self):
        pass
print(repr(Documented.__doc__))
print(repr(Documented.method.__doc__))
print(Documented.nodoc.__doc__, Documented().method.__doc__ == Documented.method.__doc__)
class Child(Documented):
    pass
print(Child.__doc__)
class NotDoc:
    x = 1
    "not a docstring"
print(NotDoc.__doc__)
class Single:
    "single quoted"
print(Single.__doc__, Single().__doc__)
