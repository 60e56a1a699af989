# match: literal patterns (numbers, strings, None, True/False), captures and wildcards.
def describe(value):
    match value:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 2j:
            return "imaginary"
        case "":
            return "empty string"
        case "yes" | "y":
            return "affirmative"
        case b"raw":
            return "bytes literal"
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
        case str() as s if s.isdigit():
            return f"digit string {s}"
        case other:
            return f"other: {other!r}"

for v in [0, 1, 3, 3.0, -1, 1.5, 2j, "", "y", "yes", b"raw", None, True, False, "42", "no", [1], 0.0, 1 + 0j]:
    print(f"{v!r:>8} -> {describe(v)}")

# True matches True only by identity; 1 does not match the True pattern
def truthy(v):
    match v:
        case True:
            return "is True"
        case 1:
            return "equals 1"
        case _:
            return "something else"
print(truthy(True), "|", truthy(1), "|", truthy(1.0), "|", truthy("x"))

# a capture pattern binds even on the last case; the wildcard does not bind
match "captured":
    case word:
        pass
print(word)
match 99:
    case _:
        print("wildcard hit", "_" in dir())

# string literal concatenation and negative numbers
def code(s):
    match s:
        case "ab" "cd":
            return 1
        case -5:
            return 2
        case -2.5:
            return 3
        case 3 + 4j:
            return 4
    return None
print([code(x) for x in ["abcd", -5, -2.5, 3 + 4j, "ab"]])

# the subject is evaluated once
calls = []
def subject():
    calls.append("called")
    return 7
match subject():
    case 1: pass
    case 2: pass
    case 7: print("seven")
print(calls)
