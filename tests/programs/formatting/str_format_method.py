# str.format: positional, numbered, keyword, attribute and index fields, conversions, nesting.
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0} {2}".format("a", "b", "c"))
print("{name} is {age}".format(name="Bo", age=9), "{0[0]} {0[1]} {1[k]}".format(["x", "y"], {"k": "v"}))
print("{!r} {!s} {!a}".format("q", "q", "ü"), "{0!r:>8}".format("r"))
print("{:>{w}} {:.{p}f}".format("right", 3.14159, w=8, p=2))
print("{{}} {{{}}}".format("in braces"))
print("{0.real},{0.imag}".format(5), "{n.real:>4}".format(n=7))
print("{:,} {:_} {:08.3f} {:+} {:^9} {:#o}".format(10 ** 9, 10 ** 6, -3.14159, 5, "mid", 64))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print("KeyError:", e)
try:
    "{".format(1)
except ValueError as e:
    print("ValueError:", e)
try:
    "}".format(1)
except ValueError as e:
    print("ValueError:", e)
print("{:s}".format("s"), "{:5}|".format("ab"), "{:5}|".format(12), "{}".format([1, {"a": (2,)}]))
print(format(3, ""), format("abc"), format(0.1), format([1]), "".format(), "static".format(1, 2))
