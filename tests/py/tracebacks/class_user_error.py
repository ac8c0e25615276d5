# expected: python3.13 (3.14 traceback format, which 3.13 shares for these cases; checked against notes/cpython-errors-and-cli.md §1-3)
# An uncaught user exception class prints as __main__.Name with its message.
class ValidationError(Exception):
    pass

class Form:
    def __init__(self, fields):
        self.fields = fields

    def validate(self):
        for name, value in self.fields.items():
            if not value:
                raise ValidationError(f"field {name!r} is empty")
        return True

print(Form({"a": 1}).validate())
Form({"a": 1, "b": ""}).validate()
