# functools.reduce and functools.partial in a small data-processing pipeline.
from functools import reduce, partial
import operator

nums = [3, 1, 4, 1, 5, 9, 2, 6]
print("sum:", reduce(operator.add, nums), "product:", reduce(operator.mul, nums))
print("max:", reduce(lambda a, b: a if a > b else b, nums))
print("initial:", reduce(operator.add, [], 0), reduce(operator.add, [5], 10))
print("string concat:", reduce(lambda acc, s: acc + s.upper(), ["a", "b", "c"], ">"))
print("flatten:", reduce(operator.concat, [[1, 2], [3], [4, 5]]))
print("digits to int:", reduce(lambda acc, d: acc * 10 + d, [4, 0, 9, 6]))
print("compose:", reduce(lambda f, g: lambda x: g(f(x)), [str.strip, str.lower, str.title])("  hELLO wORLD "))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)

nested = {"a": {"b": {"c": 42}}}
print("deep get:", reduce(operator.getitem, ["a", "b", "c"], nested))

def power(base, exponent, modulus=None):
    return pow(base, exponent, modulus)

square = partial(power, exponent=2)
cube = partial(power, exponent=3)
mod_pow = partial(power, modulus=1000)
print("square/cube:", [square(n) for n in range(6)], [cube(n) for n in range(4)])
print("mod_pow:", mod_pow(2, 20), mod_pow(7, 100))
print("partial attrs:", square.func.__name__, square.args, square.keywords)

base2 = partial(int, base=2)
print("int base 2:", base2("1011"), base2("11111111"))
print("override keyword:", base2("777", base=8))

def greet(greeting, name, punctuation="!"):
    return f"{greeting}, {name}{punctuation}"
hello = partial(greet, "Hello")
print(hello("Ada"), hello("Bob", punctuation="?"))
nested_partial = partial(hello, punctuation="...")
print(nested_partial("Cy"), nested_partial.func is greet, nested_partial.args)

print_csv = partial(print, sep=",", end=";\n")
print_csv("a", "b", "c")

sort_desc = partial(sorted, reverse=True)
print("sorted desc:", sort_desc(nums), sort_desc("hello"))
by_len = partial(sorted, key=len)
print("by len:", by_len(["ccc", "a", "bb", "dddd"]))

pipeline = [partial(map, lambda n: n * 3), partial(filter, lambda n: n % 2), list]
print("pipeline:", reduce(lambda data, step: step(data), pipeline, range(10)))
counts = reduce(lambda d, w: {**d, w: d.get(w, 0) + 1}, "the cat and the hat and the bat".split(), {})
print("word counts:", counts)
