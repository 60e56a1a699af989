# assert passes silently; a failing assert raises AssertionError with or without a message.
assert True
assert 1 + 1 == 2, "math is broken"
try:
    assert 1 > 2
except AssertionError as e:
    print("AssertionError:", repr(e), e.args)
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print("AssertionError:", e)
try:
    x = 5
    assert x < 3, f"x was {x}"
except AssertionError as e:
    print("AssertionError:", e)
def check(v):
    assert isinstance(v, int), ("bad type", type(v).__name__)
    return v * 2
print(check(4))
try:
    check("s")
except AssertionError as e:
    print("AssertionError:", e.args[0])
