# assert with and without messages; the message expression only evaluated on failure.
def check(x):
    assert x > 0, f"x must be positive, got {x}"
    return x

print(check(5))
try:
    check(-1)
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert 1 == 2
except AssertionError as e:
    print("AssertionError:", repr(e), e.args)
calls = []
def msg():
    calls.append(1)
    return "message"
assert True, msg()
print(calls)
try:
    assert [], msg()
except AssertionError as e:
    print(e, calls)
try:
    assert None, ("tuple", 1)
except AssertionError as e:
    print(e.args)
