# Ends with an uncaught exception raised three calls deep (after some normal output).
class Inventory:
    def __init__(self):
        self.items = {"apple": 3, "pear": 0, "fig": 7}

    def ratio(self, a, b):
        return self.items[a] / self.items[b]

def compute(inv, pairs):
    results = []
    for a, b in pairs:
        results.append(round(check(inv, a, b), 3))
    return results

def check(inv, a, b):
    value = inv.ratio(a, b)
    print(f"  {a}/{b} = {value:.3f}")
    return value

def report(inv, pairs):
    print("report for", len(pairs), "pairs")
    totals = compute(inv, pairs)
    print("totals", totals)
    return totals

inv = Inventory()
report(inv, [("apple", "fig"), ("fig", "apple")])
report(inv, [("fig", "fig"), ("apple", "fig")])
print("now dividing by a zero count")
report(inv, [("apple", "fig"), ("fig", "pear"), ("apple", "apple")])
print("never printed")
