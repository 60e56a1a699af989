"""Sales report from an embedded CSV-like text: parsing, grouping, totals and a formatted table."""
from collections import defaultdict

DATA = """\
date,region,rep,product,units,unit_price
2023-01-04,North,Alice,Widget,12,2.50
2023-01-05,South,Bob,Gadget,3,19.99
2023-01-05,North,Carol,Widget,7,2.50
2023-01-09,East,Dave,Gizmo,1,149.00
2023-02-11,South,Bob,Widget,40,2.25
2023-02-12,West,Erin,Gadget,5,18.50
# a comment line that should be skipped
2023-02-14,North,Alice,Gizmo,2,145.00
2023-02-20,East,Dave,Widget,,2.50
2023-03-01,West,Erin,Gizmo,3,140.00
2023-03-03,South,"Bob, Jr.",Gadget,8,19.99
2023-03-15,North,Carol,Gadget,4,21.00
bad line without enough fields
"""


def split_fields(line):
    fields, cur, quoted = [], [], False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif ch == "," and not quoted:
            fields.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    fields.append("".join(cur))
    return fields


def parse(text):
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    header = split_fields(lines[0])
    rows, errors = [], []
    for number, line in enumerate(lines[1:], start=2):
        fields = split_fields(line)
        if len(fields) != len(header):
            errors.append(f"line {number}: expected {len(header)} fields, got {len(fields)}")
            continue
        row = dict(zip(header, fields))
        try:
            row["units"] = int(row["units"])
        except ValueError:
            errors.append(f"line {number}: bad units {row['units']!r}")
            continue
        row["unit_price"] = float(row["unit_price"])
        row["total"] = round(row["units"] * row["unit_price"], 2)
        row["month"] = row["date"][:7]
        rows.append(row)
    return rows, errors


def group_sum(rows, key):
    sums = defaultdict(float)
    for r in rows:
        sums[r[key]] += r["total"]
    return dict(sorted(sums.items(), key=lambda kv: (-kv[1], kv[0])))


def table(title, mapping, total):
    width = max(len(k) for k in mapping) + 2
    print(f"{title:=^{width + 24}}")
    for k, v in mapping.items():
        share = v / total * 100
        bar = "#" * int(share // 5)
        print(f"{k:<{width}}{v:>10,.2f} {share:5.1f}% {bar}")
    print(f"{'TOTAL':<{width}}{total:>10,.2f}")


rows, errors = parse(DATA)
total = sum(r["total"] for r in rows)
print(f"{len(rows)} rows parsed, {len(errors)} errors")
for e in errors:
    print("  !", e)
table(" by region ", group_sum(rows, "region"), total)
table(" by product ", group_sum(rows, "product"), total)
table(" by month ", dict(sorted(group_sum(rows, "month").items())), total)
best = max(rows, key=lambda r: r["total"])
print("largest sale:", best["rep"], best["product"], f"{best['total']:.2f}")
reps = sorted({r["rep"] for r in rows}, key=str.lower)
print("reps:", ", ".join(reps))
units = defaultdict(int)
for r in rows:
    units[r["product"]] += r["units"]
print("units:", sorted(units.items()))
print("average price per unit:", {p: round(sum(r["total"] for r in rows if r["product"] == p) / n, 3)
                                 for p, n in sorted(units.items())})
