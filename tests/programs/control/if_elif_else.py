# if/elif/else chains, nested conditions, truthiness of many values.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"

print([classify(n) for n in [-5, 0, 3, 42, 1000]])
for v in [0, 1, -1, 0.0, 0.1, "", "a", [], [0], (), (0,), {}, {0: 0}, set(), None, True, False, range(0), range(1)]:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
x = 15
if x > 10:
    if x % 2:
        print("big odd")
    else:
        print("big even")
if not x == 15:
    print("unreachable")
elif x is not None and x != 0:
    print("nonzero")
grade = 87
letter = "A" if grade >= 90 else "B" if grade >= 80 else "C" if grade >= 70 else "F"
print(letter)
