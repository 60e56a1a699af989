# format() and f-strings with containers and objects fall back to str() when the spec is empty.
print(format([1, 2]), format((1,)), format({"a": 1}), format(None), format(True), format(1.5), format("s"))
print(f"{[1, 'a']}", f"{(None, True)}", f"{ {'k': [1.5]} }", f"{set()}", f"{frozenset()}", f"{range(3)}")
try:
    format([1, 2], ">10")
except TypeError as e:
    print("TypeError:", e)
try:
    f"{(1, 2):^10}"
except TypeError as e:
    print("TypeError:", e)
