# assert statements with and without messages; message evaluated lazily; AssertionError args.
def check(value):
    try:
        assert value > 0, f"value must be positive, got {value}"
        return "ok"
    except AssertionError as e:
        return f"AssertionError: {e} | args={e.args}"

print(check(5))
print(check(-2))

try:
    assert 1 == 2
except AssertionError as e:
    print(repr(e), e.args, str(e) == "")

evaluated = []
def message():
    evaluated.append("called")
    return "expensive message"

assert True, message()
print("message evaluated for a passing assert:", evaluated)
try:
    assert [], message()
except AssertionError as e:
    print("failing assert:", e, evaluated)

# the message can be any object
for msg in [42, ("tuple", 1), None, ["list"], {"k": "v"}]:
    try:
        assert False, msg
    except AssertionError as e:
        print(type(e.args[0]).__name__, e.args, str(e))

# assert of a tuple is always true (and CPython warns at compile time), so it is avoided here;
# truthiness rules apply to the condition
for cond in [0, 0.0, "", [], {}, None, 1, "x", [0], object.__class__]:
    try:
        assert cond
        print(repr(cond) if not isinstance(cond, type) else cond.__name__, "passes")
    except AssertionError:
        print(repr(cond), "fails")

class Falsy:
    def __bool__(self):
        print("  __bool__ called")
        return False
try:
    assert Falsy(), "falsy object"
except AssertionError as e:
    print(e)

def invariant(items):
    for i, (a, b) in enumerate(zip(items, items[1:])):
        assert a <= b, f"not sorted at {i}: {a} > {b}"
    return "sorted"

for items in [[1, 2, 3], [1, 3, 2], [], ["a", "b", "a"]]:
    try:
        print(invariant(items))
    except AssertionError as e:
        print("invariant failed:", e)

print(issubclass(AssertionError, Exception), AssertionError.__mro__[1].__name__)
print(__debug__)
