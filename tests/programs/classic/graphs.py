"""Graph algorithms: BFS, DFS, Dijkstra, topological sort, connected components, MST (Kruskal)."""
import heapq
from collections import defaultdict, deque


class Graph:
    def __init__(self, directed=False):
        self.directed = directed
        self.edges = defaultdict(list)
        self.nodes = set()

    def add(self, a, b, weight=1):
        self.nodes.update((a, b))
        self.edges[a].append((b, weight))
        if not self.directed:
            self.edges[b].append((a, weight))

    def neighbours(self, node):
        return sorted(self.edges[node])

    def bfs(self, start):
        seen = {start}
        order = []
        queue = deque([start])
        while queue:
            node = queue.popleft()
            order.append(node)
            for nxt, _ in self.neighbours(node):
                if nxt not in seen:
                    seen.add(nxt)
                    queue.append(nxt)
        return order

    def dfs(self, start, seen=None):
        seen = set() if seen is None else seen
        seen.add(start)
        order = [start]
        for nxt, _ in self.neighbours(start):
            if nxt not in seen:
                order.extend(self.dfs(nxt, seen))
        return order

    def dijkstra(self, start):
        dist = {start: 0}
        previous = {}
        heap = [(0, start)]
        while heap:
            d, node = heapq.heappop(heap)
            if d > dist.get(node, float("inf")):
                continue
            for nxt, w in self.neighbours(node):
                nd = d + w
                if nd < dist.get(nxt, float("inf")):
                    dist[nxt] = nd
                    previous[nxt] = node
                    heapq.heappush(heap, (nd, nxt))
        return dist, previous

    def path(self, start, goal):
        dist, previous = self.dijkstra(start)
        if goal not in dist:
            return None, float("inf")
        path = [goal]
        while path[-1] != start:
            path.append(previous[path[-1]])
        return path[::-1], dist[goal]

    def topological(self):
        indegree = {n: 0 for n in self.nodes}
        for node in self.nodes:
            for nxt, _ in self.edges[node]:
                indegree[nxt] += 1
        ready = sorted(n for n, d in indegree.items() if d == 0)
        order = []
        while ready:
            node = ready.pop(0)
            order.append(node)
            for nxt, _ in self.neighbours(node):
                indegree[nxt] -= 1
                if indegree[nxt] == 0:
                    ready.append(nxt)
                    ready.sort()
        if len(order) != len(self.nodes):
            raise ValueError("graph has a cycle")
        return order

    def components(self):
        seen = set()
        result = []
        for node in sorted(self.nodes):
            if node not in seen:
                part = self.dfs(node, seen)
                result.append(sorted(part))
        return result

    def kruskal(self):
        parent = {n: n for n in self.nodes}

        def find(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        edges = sorted((w, a, b) for a in self.nodes for b, w in self.edges[a] if a < b)
        tree = []
        for w, a, b in edges:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[ra] = rb
                tree.append((a, b, w))
        return tree, sum(w for _, _, w in tree)


roads = Graph()
for a, b, w in [("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10), ("C", "E", 3), ("E", "D", 4), ("D", "F", 11), ("G", "H", 1)]:
    roads.add(a, b, w)
print("bfs", roads.bfs("A"))
print("dfs", roads.dfs("A"))
for goal in ["D", "F", "H"]:
    print("path A ->", goal, *roads.path("A", goal))
print("components", roads.components())
print("mst", *roads.kruskal())

tasks = Graph(directed=True)
for a, b in [("wake", "shower"), ("wake", "coffee"), ("coffee", "breakfast"), ("shower", "dress"), ("dress", "leave"), ("breakfast", "leave")]:
    tasks.add(a, b)
print("topological", tasks.topological())
tasks.add("leave", "wake")
try:
    tasks.topological()
except ValueError as e:
    print("error:", e)
