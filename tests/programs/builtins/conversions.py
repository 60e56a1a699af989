# Constructors as conversions: int, float, str, repr, bool, list, tuple, dict, set, frozenset.
print(int("12"), int(12.9), int(-12.9), int(True), float("3.5"), float(2), str(12), str(1.0), repr("x"), repr(1.0))
print(bool(0), bool(""), bool("0"), bool([]), bool([[]]), bool(None), bool(0.0), bool(-1), bool())
print(list("abc"), list((1, 2)), list({"a": 1}), list(range(3)), tuple([1, 2]), tuple("ab"), tuple({1: 2}))
print(dict([(1, 2)]), dict(a=1), dict({"b": 2}, c=3), set([3, 1, 3]), sorted(set("aba")), frozenset([1, 1]))
print(int(), float(), str(), list(), tuple(), dict(), set(), frozenset(), bool())
print(str(b"bytes"), str([1, "a"]), repr([1, "a"]), str({"k": (1, 2.0)}), repr(None), str(True))
print(int("  -0012  "), float("  -1.50  "), int(float("1e3")), float(int("7")), list(str(123)), int("".join(["4", "2"])))
