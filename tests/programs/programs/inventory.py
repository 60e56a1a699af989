# Inventory processing: parse records, validate, aggregate by category, reorder report.
RAW = """sku,name,category,qty,unit_price,reorder_at
A100,Hex bolt M6,fasteners,1200,0.05,500
A101,Hex nut M6,fasteners,300,0.03,500
B200,Wood glue 250ml,adhesives,14,4.75,10
B201,Epoxy kit,adhesives,3,12.90,5
C300,Claw hammer,tools,8,18.00,4
C301,Tape measure 5m,tools,0,9.40,3
C302,Utility knife,tools,25,6.20,10
D400,Safety glasses,safety,40,3.10,20
D401,Ear plugs (pair),safety,-2,0.40,50
E500,Sandpaper P120,abrasives,x,0.35,100
"""

def parse(text):
    lines = text.strip().split("\n")
    header = lines[0].split(",")
    records = []
    problems = []
    for lineno, line in enumerate(lines[1:], 2):
        fields = dict(zip(header, line.split(",")))
        try:
            fields["qty"] = int(fields["qty"])
            fields["unit_price"] = float(fields["unit_price"])
            fields["reorder_at"] = int(fields["reorder_at"])
            if fields["qty"] < 0:
                raise ValueError(f"negative quantity {fields['qty']}")
        except ValueError as e:
            problems.append((lineno, fields["sku"], str(e)))
            continue
        records.append(fields)
    return records, problems

records, problems = parse(RAW)
print(len(records), "valid records,", len(problems), "problems")
for lineno, sku, msg in problems:
    print(f"  line {lineno} ({sku}): {msg}")
by_cat = {}
for r in records:
    cat = by_cat.setdefault(r["category"], {"items": 0, "units": 0, "value": 0.0})
    cat["items"] += 1
    cat["units"] += r["qty"]
    cat["value"] += r["qty"] * r["unit_price"]
print(f"{'category':<12}{'items':>6}{'units':>8}{'value':>10}")
for name in sorted(by_cat, key=lambda c: -by_cat[c]["value"]):
    c = by_cat[name]
    print(f"{name:<12}{c['items']:>6}{c['units']:>8}{c['value']:>10.2f}")
total_value = sum(c["value"] for c in by_cat.values())
print(f"{'total':<12}{'':>6}{'':>8}{total_value:>10.2f}")
reorder = [r for r in records if r["qty"] <= r["reorder_at"]]
print("reorder:")
for r in sorted(reorder, key=lambda r: (r["qty"] - r["reorder_at"], r["sku"])):
    need = r["reorder_at"] * 2 - r["qty"]
    print(f"  {r['sku']} {r['name']:<16} have {r['qty']:>4}, order {need:>4} (cost {need * r['unit_price']:.2f})")
most = max(records, key=lambda r: r["qty"] * r["unit_price"])
print("most valuable line:", most["sku"], most["name"], round(most["qty"] * most["unit_price"], 2))
