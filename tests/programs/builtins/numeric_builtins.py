# abs, divmod, pow, round, min, max, sum over mixed numeric inputs.
values = [-7, 7, -7.5, 7.5, 0, -0.0, True, 2 ** 65]
print([abs(v) for v in values])
print([divmod(v, 3) for v in values])
print([round(v) for v in values], [round(v, 1) for v in [-7.25, 7.35, 0.05, 2.675]])
print(pow(-2, 3), pow(2, -2), pow(2.5, 2), pow(10, 20, 7), pow(-7, 2, 5), pow(True, 5))
print(min(values), max(values), sum(values), sum(values, 0.5))
print(min(3, 3.0), max(3.0, 3), min([[], [0]]), max("a", "bb", key=len), max(["x", "yy", "zz"], key=len))
