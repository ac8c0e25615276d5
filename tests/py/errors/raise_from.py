# uncaught exception raised from another: the last line is the outer exception
def load(d):
    try:
        return d["k"]
    except KeyError as e:
        raise LookupError("config key missing") from e
print("loading")
load({})
