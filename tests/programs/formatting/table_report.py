# A formatted report: column alignment, totals, percentages.
rows = [
    ("Widgets", 120, 2.5),
    ("Gadgets", 7, 149.99),
    ("Doohickeys", 1530, 0.35),
    ("Thingamajigs", 42, 12.0),
    ("Whatchamacallits", 3, 1999.5),
]
total = sum(q * p for _, q, p in rows)
print(f"{'Item':<18}{'Qty':>6}{'Price':>10}{'Amount':>12}{'Share':>8}")
print("-" * 54)
for name, qty, price in rows:
    amount = qty * price
    print(f"{name:<18}{qty:>6,d}{price:>10.2f}{amount:>12,.2f}{amount / total:>8.1%}")
print("-" * 54)
print(f"{'Total':<18}{sum(q for _, q, _ in rows):>6,d}{'':>10}{total:>12,.2f}{1:>8.1%}")
print("%-18s%6d%10s%12.2f" % ("Total (again)", sum(r[1] for r in rows), "", total))
print("{:=^54}".format(" END "))
