# A tiny spreadsheet: cells with numbers or formulas (=A1+B2*2, =SUM(A1:A3)), dependency order, cycles.
CELLS = {
    "A1": "10", "A2": "20", "A3": "=A1+A2", "B1": "=SUM(A1:A3)", "B2": "=B1/4", "B3": "=A3*B2-A1",
    "C1": "=MAX(A1:B3)", "C2": "=C1-C3", "C3": "=C2+1", "D1": "=A1*", "D2": "=Z9+1",
}

def refs_in_range(a, b):
    cols = [chr(c) for c in range(ord(a[0]), ord(b[0]) + 1)]
    rows = range(int(a[1:]), int(b[1:]) + 1)
    return [c + str(r) for c in cols for r in rows]

def tokenize(formula):
    tokens = []
    i = 0
    while i < len(formula):
        ch = formula[i]
        if ch.isalpha():
            j = i
            while j < len(formula) and formula[j].isalnum():
                j += 1
            tokens.append(formula[i:j])
            i = j
        elif ch.isdigit():
            j = i
            while j < len(formula) and (formula[j].isdigit() or formula[j] == "."):
                j += 1
            tokens.append(float(formula[i:j]))
            i = j
        else:
            tokens.append(ch)
            i += 1
    return tokens

def evaluate(name, values, visiting):
    if name in values:
        return values[name]
    if name in visiting:
        raise ValueError("cycle through " + " -> ".join(visiting + [name]))
    raw = CELLS.get(name)
    if raw is None:
        raise KeyError(name)
    if not raw.startswith("="):
        values[name] = float(raw)
        return values[name]
    tokens = tokenize(raw[1:])
    pos = [0]

    def peek():
        return tokens[pos[0]] if pos[0] < len(tokens) else None

    def take():
        pos[0] += 1
        return tokens[pos[0] - 1]

    def expr():
        v = term()
        while peek() in ("+", "-"):
            v = v + term() if take() == "+" else v - term()
        return v

    def term():
        v = atom()
        while peek() in ("*", "/"):
            v = v * atom() if take() == "*" else v / atom()
        return v

    def atom():
        t = take() if peek() is not None else None
        if t is None:
            raise ValueError("unexpected end of formula in " + name)
        if isinstance(t, float):
            return t
        if t in ("SUM", "MAX"):
            take()
            a = take()
            take()
            b = take()
            take()
            vals = [evaluate(r, values, visiting + [name]) for r in refs_in_range(a, b) if r in CELLS]
            return sum(vals) if t == "SUM" else max(vals)
        if t == "(":
            v = expr()
            take()
            return v
        return evaluate(t, values, visiting + [name])

    values[name] = expr()
    return values[name]

values = {}
for cell in sorted(CELLS):
    try:
        print(cell, CELLS[cell].ljust(12), "=", evaluate(cell, values, []))
    except ValueError as e:
        print(cell, CELLS[cell].ljust(12), "error:", e)
    except KeyError as e:
        print(cell, CELLS[cell].ljust(12), "error: unknown cell", e)
print(sorted(values.items()))
