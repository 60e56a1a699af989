# Align a table of mixed values with format(), computing column widths from the data.
rows = [("Name", "Qty", "Ratio"), ("alpha", 5, 0.5), ("beta-long-name", 1234, 0.33333), ("g", -7, 12.0)]
cells = [[str(c) if i == 0 else (format(c, ",") if isinstance(c, int) else format(c, ".3f") if isinstance(c, float) else c)
          for i, c in enumerate(r)] for r in rows]
widths = [max(len(r[i]) for r in cells) for i in range(3)]
for n, r in enumerate(cells):
    line = " | ".join(format(c, ("<" if i == 0 else ">") + str(widths[i])) for i, c in enumerate(r))
    print(line)
    if n == 0:
        print("-+-".join("-" * w for w in widths))
