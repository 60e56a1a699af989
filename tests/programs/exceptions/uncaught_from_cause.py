# Uncaught exception with an explicit cause (raise ... from ...).
def load(key):
    data = {"x": 1}
    try:
        return data[key]
    except KeyError as e:
        raise LookupError("no setting named " + key) from e

print(load("x"))
load("y")
