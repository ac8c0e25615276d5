# expected: python3.13 (3.14 traceback format, which 3.13 shares for these cases; checked against notes/cpython-errors-and-cli.md §1-3)
# An exception class whose __module__ is not __main__ prints module-qualified; __str__ is used.
class ConfigError(Exception):
    __module__ = "myapp.config"

    def __init__(self, key, problem):
        super().__init__(key, problem)
        self.key = key
        self.problem = problem

    def __str__(self):
        return f"{self.key}: {self.problem}"

def load(settings):
    if "port" not in settings:
        raise ConfigError("port", "required setting is missing")
    return settings["port"]

print(load({"port": 80}))
load({})
