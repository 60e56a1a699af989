"""Union-find with path compression and union by rank: dynamic connectivity over named items,
Kruskal's minimum spanning tree, counting islands in a grid, and equation satisfiability."""


class DisjointSet:
    def __init__(self, items=()):
        self.parent, self.rank, self.size = {}, {}, {}
        self.finds = 0
        for x in items:
            self.make(x)

    def make(self, x):
        if x not in self.parent:
            self.parent[x], self.rank[x], self.size[x] = x, 0, 1

    def find(self, x):
        self.finds += 1
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.size[ra] += self.size[rb]
        if self.rank[ra] == self.rank[rb]:
            self.rank[ra] += 1
        return True

    def connected(self, a, b):
        return self.find(a) == self.find(b)

    def groups(self):
        out = {}
        for x in self.parent:
            out.setdefault(self.find(x), []).append(x)
        return sorted(sorted(g) for g in out.values())


people = DisjointSet("ann bob cat dan eve fay gus hal".split())
for a, b in [("ann", "bob"), ("cat", "dan"), ("bob", "dan"), ("eve", "fay"), ("ann", "cat"), ("gus", "gus")]:
    print(f"union {a}-{b}: {'merged' if people.union(a, b) else 'already joined'}")
print("groups:", people.groups())
print("ann~dan", people.connected("ann", "dan"), "ann~eve", people.connected("ann", "eve"),
      "size of ann's group", people.size[people.find("ann")], "finds", people.finds)

edges = [(7, "A", "B"), (5, "A", "D"), (8, "B", "C"), (9, "B", "D"), (7, "B", "E"), (5, "C", "E"),
         (15, "D", "E"), (6, "D", "F"), (8, "E", "F"), (9, "E", "G"), (11, "F", "G")]
mst_set = DisjointSet("ABCDEFG")
mst = [(a, b, w) for w, a, b in sorted(edges) if mst_set.union(a, b)]
print("mst:", mst, "weight:", sum(w for *_, w in mst))

GRID = """\
11000110
11000100
00100001
00011011
10000011"""
cells = {(r, c) for r, line in enumerate(GRID.splitlines()) for c, ch in enumerate(line) if ch == "1"}
islands = DisjointSet(cells)
for r, c in sorted(cells):
    for dr, dc in ((0, 1), (1, 0)):
        if (r + dr, c + dc) in cells:
            islands.union((r, c), (r + dr, c + dc))
sizes = sorted((len(g) for g in islands.groups()), reverse=True)
print("islands:", len(sizes), "sizes:", sizes)


def satisfiable(equations):
    ds = DisjointSet()
    for eq in equations:
        ds.make(eq[0])
        ds.make(eq[3])
        if eq[1:3] == "==":
            ds.union(eq[0], eq[3])
    for eq in equations:
        if eq[1:3] == "!=" and ds.connected(eq[0], eq[3]):
            return False, eq
    return True, None


for eqs in (["a==b", "b!=a"], ["a==b", "b==c", "a!=d"], ["a==b", "c==d", "b==c", "d!=a"], ["x!=x"]):
    print(eqs, "->", satisfiable(eqs))
chain = DisjointSet(range(1000))
for i in range(999):
    chain.union(i, i + 1)
print("chain:", len(chain.groups()), "root rank", max(chain.rank.values()), chain.connected(0, 999))
