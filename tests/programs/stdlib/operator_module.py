# operator: itemgetter, attrgetter (dotted), methodcaller and the operator functions.
import operator
from collections import namedtuple
rows = [("b", 2, 9.5), ("a", 3, 1.0), ("c", 1, 4.2)]
print(sorted(rows, key=operator.itemgetter(1)), operator.itemgetter(0, 2)(rows[0]))
Emp = namedtuple("Emp", "name dept")
Dept = namedtuple("Dept", "title")
emps = [Emp("x", Dept("ops")), Emp("y", Dept("dev"))]
print(sorted(emps, key=operator.attrgetter("dept.title"))[0].name, operator.attrgetter("name", "dept.title")(emps[0]))
print(operator.methodcaller("split", ",")("a,b,c"), operator.methodcaller("replace", "a", "o")("banana"))
print(operator.add(2, 3), operator.mul("ab", 2), operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(7, 3), operator.neg(4), operator.pow(2, 5))
print(operator.eq(1, 1.0), operator.lt("a", "b"), operator.not_(0), operator.truth([]), operator.contains([1, 2], 2), operator.getitem({"k": 1}, "k"))
print(operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.lshift(1, 4), operator.invert(5), operator.index(7), operator.abs(-2))
d = {}
operator.setitem(d, "a", 1)
print(d, operator.concat([1], [2]), operator.is_(None, None), operator.is_not(1, None))
from functools import reduce
print(reduce(operator.mul, range(1, 6)), list(map(operator.sub, [10, 20], [1, 2])))
x = [1]
print(operator.iadd(x, [2]), x)
