# A realistic script mixing dataclasses, collections, json, operator, itertools and functools.
import json
from dataclasses import dataclass, asdict
from collections import defaultdict, Counter
from operator import attrgetter
from itertools import groupby
from functools import reduce

RAW = """[
  {"sku": "K-100", "name": "keyboard", "category": "input", "price": 49.9, "stock": 12, "sold": [3, 5, 2]},
  {"sku": "M-200", "name": "mouse", "category": "input", "price": 19.5, "stock": 0, "sold": [10, 7]},
  {"sku": "S-300", "name": "monitor", "category": "display", "price": 189.0, "stock": 4, "sold": [1]},
  {"sku": "C-400", "name": "cable", "category": "misc", "price": 4.25, "stock": 140, "sold": [20, 30, 25, 40]},
  {"sku": "P-500", "name": "projector", "category": "display", "price": 420.0, "stock": 1, "sold": []},
  {"sku": "H-600", "name": "headset", "category": "audio", "price": 59.0, "stock": 7, "sold": [4, 4]}
]"""

@dataclass
class Product:
    sku: str
    name: str
    category: str
    price: float
    stock: int
    sold: list

    @property
    def revenue(self):
        return round(self.price * sum(self.sold), 2)

products = [Product(**d) for d in json.loads(RAW)]
print("loaded:", len(products), [p.sku for p in products])

by_cat = defaultdict(list)
for p in products:
    by_cat[p.category].append(p.name)
print("by category:", dict(sorted(by_cat.items())))

ordered = sorted(products, key=attrgetter("category", "name"))
for cat, group in groupby(ordered, key=attrgetter("category")):
    group = list(group)
    print(f"{cat:<8} items={len(group)} revenue={sum(p.revenue for p in group):9.2f} stock={sum(p.stock for p in group)}")

top = sorted(products, key=attrgetter("revenue"), reverse=True)[:3]
print("top revenue:", [(p.name, p.revenue) for p in top])
out_of_stock = [p.name for p in products if p.stock == 0]
low = [p.name for p in products if 0 < p.stock < 5]
print("out of stock:", out_of_stock, "low stock:", low)

units = Counter({p.name: sum(p.sold) for p in products})
print("units most common:", units.most_common(3))
print("total units:", reduce(lambda a, b: a + b, units.values()), "never sold:", [n for n, u in units.items() if u == 0])

report = {
    "summary": {"products": len(products), "revenue": round(sum(p.revenue for p in products), 2)},
    "categories": {cat: len(names) for cat, names in sorted(by_cat.items())},
    "restock": sorted(out_of_stock + low),
    "top": [asdict(p) | {"revenue": p.revenue} for p in top[:1]],
}
print(json.dumps(report, indent=2, sort_keys=True))
