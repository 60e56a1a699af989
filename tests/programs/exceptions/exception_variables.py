# The "as" name is deleted after the handler; exceptions can be stored and inspected later.
try:
    1 / 0
except ZeroDivisionError as err:
    saved = err
try:
    print(err)
except NameError as e:
    print("NameError:", e)
print(type(saved).__name__, saved.args)
errors = []
for text in ["1", "x", "2", "", "3.5"]:
    try:
        errors.append(int(text))
    except ValueError as e:
        errors.append(str(e))
print(errors)
e = "unrelated"
try:
    raise KeyError("k")
except KeyError as e:
    pass
print("e" in dir())
