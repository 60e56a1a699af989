# operator: the function forms of arithmetic, comparison, logic and container operators.
import operator as op
from functools import reduce

a, b = 17, 5
arith = ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and_", "or_", "xor"]
for name in arith:
    print(f"{name:<9} {getattr(op, name)(a, b)!r}")
print("unary:", op.neg(a), op.pos(-a), op.abs(-a), op.invert(a), op.not_(0), op.truth([]), op.index(7))
print("compare:", [f(a, b) for f in (op.lt, op.le, op.eq, op.ne, op.ge, op.gt)])
print("is/is_not:", op.is_(None, None), op.is_not(a, None))
print("contains:", op.contains([1, 2, 3], 2), op.contains("abc", "d"), op.countOf([1, 2, 1, 1], 1), op.indexOf("hello", "l"))
print("concat:", op.concat([1], [2]), op.concat("ab", "cd"))
print("matmul exists:", hasattr(op, "matmul"))

data = [1, 2, 3]
op.setitem(data, 1, 20)
print("setitem:", data, "getitem:", op.getitem(data, 2), op.getitem("abcdef", slice(1, 4)))
op.delitem(data, 0)
print("delitem:", data)

x = [1, 2]
y = op.iadd(x, [3])
print("iadd mutates list:", x, y is x)
s = "ab"
t = op.iadd(s, "c")
print("iadd on str:", s, t)
n = op.imul(3, 4)
print("imul:", n, "ipow:", op.ipow(2, 8), "ior:", op.ior({1}, {2}))

calc = {"+": op.add, "-": op.sub, "*": op.mul, "/": op.truediv, "^": op.pow}
def rpn(expr):
    stack = []
    for tok in expr.split():
        if tok in calc:
            rhs, lhs = stack.pop(), stack.pop()
            stack.append(calc[tok](lhs, rhs))
        else:
            stack.append(float(tok) if "." in tok else int(tok))
    return stack[0]
for e in ["3 4 + 2 *", "5 1 2 + 4 * + 3 -", "2 3 ^ 1.5 /", "10 4 /"]:
    print(f"rpn {e!r} = {rpn(e)!r}")

print("reduce mul:", reduce(op.mul, range(1, 8)), "reduce or:", reduce(op.or_, [1, 2, 4, 8]))
print("map add:", list(map(op.add, [1, 2, 3], [10, 20, 30])), list(map(op.mul, "abc", [1, 2, 3])))
print("sorted by neg:", sorted([3, -1, 2], key=op.neg))
print("length_hint:", op.length_hint([1, 2, 3]), op.length_hint(iter(range(10))), op.length_hint(x for x in []))
try:
    op.truediv(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    op.add(1, "a")
except TypeError as e:
    print("TypeError:", e)
print("dunder aliases:", op.__add__(2, 3), op.__mul__("x", 3))
