"""Graph algorithms for a small route/build planner: Dijkstra with path reconstruction,
BFS hop counts, Kahn and DFS topological sorts, cycle detection, and connected components."""
import heapq
from collections import defaultdict, deque

ROADS = """
Amsterdam Utrecht 45
Amsterdam Haarlem 20
Haarlem Leiden 30
Leiden DenHaag 20
Utrecht DenHaag 60
DenHaag Rotterdam 25
Utrecht Arnhem 65
Rotterdam Breda 50
Breda Eindhoven 60
Arnhem Eindhoven 80
Utrecht Rotterdam 55
Groningen Assen 30
"""


class Graph:
    def __init__(self):
        self.adj = defaultdict(dict)

    def add(self, a, b, w, directed=False):
        self.adj[a][b] = w
        if not directed:
            self.adj[b][a] = w
        else:
            self.adj[b]

    def dijkstra(self, source):
        dist, prev = {source: 0}, {}
        heap, done = [(0, source)], set()
        while heap:
            d, node = heapq.heappop(heap)
            if node in done:
                continue
            done.add(node)
            for nxt, w in sorted(self.adj[node].items()):
                nd = d + w
                if nd < dist.get(nxt, float("inf")):
                    dist[nxt], prev[nxt] = nd, node
                    heapq.heappush(heap, (nd, nxt))
        return dist, prev

    def path(self, a, b):
        dist, prev = self.dijkstra(a)
        if b not in dist:
            raise LookupError(f"no route from {a} to {b}")
        route = [b]
        while route[-1] != a:
            route.append(prev[route[-1]])
        return dist[b], route[::-1]

    def hops(self, source):
        seen, queue = {source: 0}, deque([source])
        while queue:
            node = queue.popleft()
            for nxt in sorted(self.adj[node]):
                if nxt not in seen:
                    seen[nxt] = seen[node] + 1
                    queue.append(nxt)
        return seen

    def components(self):
        seen, comps = set(), []
        for start in sorted(self.adj):
            if start not in seen:
                comp = set(self.hops(start))
                seen |= comp
                comps.append(sorted(comp))
        return comps


def kahn(deps):
    indeg = {n: 0 for n in deps}
    users = defaultdict(list)
    for node, reqs in deps.items():
        for r in reqs:
            indeg.setdefault(r, 0)
            indeg[node] += 1
            users[r].append(node)
    ready = sorted(n for n, d in indeg.items() if d == 0)
    order = []
    while ready:
        node = ready.pop(0)
        order.append(node)
        for u in sorted(users[node]):
            indeg[u] -= 1
            if indeg[u] == 0:
                ready.append(u)
        ready.sort()
    if len(order) != len(indeg):
        raise ValueError(f"cycle among {sorted(n for n, d in indeg.items() if d > 0)}")
    return order


def dfs_order(deps):
    state, order = {}, []

    def visit(node, trail):
        if state.get(node) == "done":
            return
        if state.get(node) == "active":
            raise ValueError("cycle: " + " -> ".join(trail[trail.index(node):] + [node]))
        state[node] = "active"
        for r in sorted(deps.get(node, ())):
            visit(r, trail + [node])
        state[node] = "done"
        order.append(node)

    for node in sorted(deps):
        visit(node, [])
    return order


g = Graph()
for line in ROADS.strip().splitlines():
    a, b, w = line.split()
    g.add(a, b, int(w))
for a, b in [("Amsterdam", "Eindhoven"), ("Haarlem", "Arnhem"), ("Breda", "Breda"), ("Amsterdam", "Assen")]:
    try:
        km, route = g.path(a, b)
        print(f"{a} -> {b}: {km} km via {' > '.join(route)}")
    except LookupError as exc:
        print("error:", exc)
print("hops from Leiden:", dict(sorted(g.hops("Leiden").items(), key=lambda kv: (kv[1], kv[0]))))
print("components:", g.components())
dist, _ = g.dijkstra("Rotterdam")
print("farthest from Rotterdam:", max(dist.items(), key=lambda kv: kv[1]))
build = {"app": ["lib", "ui"], "ui": ["lib", "assets"], "lib": ["core"], "tests": ["app"], "core": [], "docs": []}
print("kahn:", kahn(build))
print("dfs: ", dfs_order(build))
build["core"] = ["tests"]
for sorter in (kahn, dfs_order):
    try:
        sorter(build)
    except ValueError as exc:
        print(sorter.__name__, "->", exc)
