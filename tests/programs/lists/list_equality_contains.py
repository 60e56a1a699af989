# Equality and membership use ==, so 1 == 1.0 == True; nested lists compare element by element.
xs = [1, 2.0, "3", [4], (5,), None, True]
print(1 in xs, 2 in xs, 3 in xs, "3" in xs, [4] in xs, (5,) in xs, None in xs, 1.0 in xs)
print(xs.count(1), xs.index(True), xs.index(2), [1, [2, [3]]] == [1, [2, [3]]], [1, [2, [3]]] == [1, [2, [4]]])
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 3], [[1], [2]] < [[1], [3]], [] < [0], ["a"] < ["b"])
nan = float("nan")
lst = [nan]
print(nan in lst, lst == lst, [nan] == [nan], lst.count(nan))
