# The walrus operator (:=) in while loops, comprehensions, conditions and its scoping rules.
import re

data = iter([3, 1, 4, 1, 5, 9, 0, 2, 6])
collected = []
while (n := next(data)) != 0:
    collected.append(n)
print(collected, "stopped at", n, "remaining", list(data))

lines = ["key=value", "# comment", "name = jit", "bad line", "x=1"]
pairs = {}
for line in lines:
    if (m := re.match(r"\s*(\w+)\s*=\s*(\w+)", line)) is not None:
        pairs[m.group(1)] = m.group(2)
print(pairs)

def slow_square(x):
    calls.append(x)
    return x * x

calls = []
values = [y for x in range(6) if (y := slow_square(x)) % 2 == 0]
print(values, calls, "y leaked:", y)

# the target binds in the enclosing function scope, not the comprehension
def running_totals(nums):
    total = 0
    sums = [total := total + v for v in nums]
    return sums, total
print(running_totals([1, 2, 3, 4]))

# nested comprehension with walrus
grid = [[(cell := r * c), cell + 1] for r in range(1, 3) for c in range(1, 3)]
print(grid, cell)

# in any()/all() to capture the witness
words = ["apple", "kiwi", "banana", "fig"]
if any(len(witness := w) > 5 for w in words):
    print("first long word:", witness)
if not all((failing := w).islower() for w in words + ["Pear"]):
    print("first not lowercase:", failing)

# in chained conditions and while with complex state
buffer = "abcdefghij"
pos = 0
chunks = []
while (chunk := buffer[pos:pos + 3]):
    chunks.append(chunk)
    pos += 3
print(chunks)

print((x := 5) + x, x)
print([(a := i, a * 2) for i in range(3)], a)
if (length := len(words)) > 3:
    print("many words:", length)

# walrus in a lambda body and as function argument
f = lambda v: (w := v * 3) + w
print(f(2), print(z := "side"), z)

# invalid uses are syntax errors
for src in ["[i := 0 for i in range(3)]", "x := 5", "[j for j in range(3) if (j := 1)]", "(q := 1)"]:
    try:
        compile(src, "<walrus>", "exec")
        print(f"{src!r}: ok")
    except SyntaxError as e:
        print(f"{src!r}: SyntaxError: {e.msg}")
