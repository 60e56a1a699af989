# Tuples as records: sorting, grouping, returning several values.
def stats(xs):
    n = len(xs)
    mean = sum(xs) / n
    var = sum((x - mean) ** 2 for x in xs) / n
    return min(xs), max(xs), mean, var

lo, hi, mean, var = stats([2, 4, 4, 4, 5, 5, 7, 9])
print(lo, hi, mean, var)
records = [("2024-01-03", "coffee", 3.5), ("2024-01-01", "book", 12.0), ("2024-01-03", "bread", 2.25),
           ("2024-01-02", "coffee", 3.5), ("2024-01-01", "coffee", 3.75)]
for rec in sorted(records):
    print(rec)
by_item = {}
for date, item, price in records:
    total, count = by_item.get(item, (0.0, 0))
    by_item[item] = (total + price, count + 1)
for item in sorted(by_item):
    total, count = by_item[item]
    print(f"{item}: {count} purchases, {total:.2f} total")
points = [(1, 2), (3, 1), (0, 0), (2, 2), (1, -1)]
print(sorted(points, key=lambda p: p[0] ** 2 + p[1] ** 2))
print(max(points), min(points), sorted(points, key=lambda p: (p[1], -p[0])))
print(divmod(17, 5), tuple(divmod(x, 3) for x in range(5)))
